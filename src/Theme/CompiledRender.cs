using System.Collections;
using System.Net;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// One page being rendered from compiled templates: its output, its model and the theme's globals, and
/// the loops it is in. Names resolve as in Scriban: the innermost loop's variables (and its
/// <c>for</c>) first, then the page's model, the theme's globals, Scriban's built-in functions; an
/// assignment or a capture sets a name in the model.
/// </summary>
internal sealed class CompiledRender(
    ScriptObject model, ScriptObject globals, ScriptObject builtins, Func<string, CompiledTemplate?> include) : IDisposable
{
    private const int IncludeDepthLimit = 100; // Scriban's RecursiveLimit

    private readonly List<(string Name, object? Value, LoopState State)> _loops = [];
    private readonly List<(string Name, bool Had, object? Value)> _assigned = [];
    private readonly object? _html = builtins.TryGetValue("html", out var html) ? html : null;
    private readonly object? _include = builtins.TryGetValue("include", out var function) ? function : null;

    // Whether the model or the globals could hide the built-in html and include (a theme may name its own):
    // while neither does, and no loop's variable is so named, the names need not be looked up.
    private bool _htmlMaybeHidden = model.ContainsKey("html") || globals.ContainsKey("html");
    private bool _includeMaybeHidden = model.ContainsKey("include") || globals.ContainsKey("include");
    private int _depth;

    /// <summary>
    /// Buffers kept from one page to the next, for whichever core renders it. A page is written through
    /// its layout (captured, then written into the layout): with new string builders, growing in chunks
    /// of 8,000 characters, a large build allocated gigabytes of chunks. A kept buffer has grown to the
    /// largest page it has held, so the next page usually fits in it.
    /// </summary>
    private static readonly Stack<TextBuffer> Spare = new(); // locked

    private const int KeptCapacity = 1 << 22; // characters; a larger buffer is left to the collector

    private readonly List<TextBuffer> _rented = [];

    public TextBuffer Output { get; private set; } = Rent(null);

    private static TextBuffer Rent(List<TextBuffer>? rented)
    {
        TextBuffer? buffer;
        lock (Spare)
        {
            Spare.TryPop(out buffer);
        }
        buffer ??= new TextBuffer(1 << 14);
        rented?.Add(buffer);
        return buffer;
    }

    /// <summary>Gives this render's buffers back, once its page has been made into a string.</summary>
    public void Dispose()
    {
        _rented.Add(Output);
        lock (Spare)
        {
            foreach (var buffer in _rented)
            {
                if (buffer.Capacity <= KeptCapacity && Spare.Count < 64)
                {
                    buffer.Clear();
                    Spare.Push(buffer);
                }
            }
        }
        _rented.Clear();
    }

    public object? Variable(string name) =>
        !TryLookup(name, out var found) ? throw new NotCompiled() // strict variables: Scriban reports it
        : CompiledOperators.IsFunction(found) ? throw new NotCompiled()
        : found;

    /// <summary>A name as Scriban resolves it: loops (innermost first, each with its <c>for</c>), then the model, the globals, the built-ins.</summary>
    private bool TryLookup(string name, out object? value)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var (loopName, item, state) = _loops[i];
            if (loopName == name || name == "for")
            {
                value = loopName == name ? item : state;
                return true;
            }
        }
        return model.TryGetValue(name, out value) || globals.TryGetValue(name, out value) || builtins.TryGetValue(name, out value);
    }

    public void Assign(string name, object? value)
    {
        if (!model.CanWrite(name))
        {
            throw new NotCompiled();
        }
        _assigned.Add((name, model.TryGetValue(name, out var old), old));
        model.SetValue(name, value, false);
        _htmlMaybeHidden |= name == "html";
        _includeMaybeHidden |= name == "include";
    }

    /// <summary>Puts the model back as it was before this render assigned anything, for Scriban to render it.</summary>
    public void Undo()
    {
        for (var i = _assigned.Count - 1; i >= 0; i--)
        {
            var (name, had, old) = _assigned[i];
            if (had)
            {
                model.SetValue(name, old, false);
            }
            else
            {
                model.Remove(name);
            }
        }
        _assigned.Clear();
    }

    /// <summary>What a <c>capture</c> wrote, kept as written: a page's content goes into its layout without a copy of its own.</summary>
    public Captured Capture(Action<CompiledRender> body)
    {
        var outer = Output;
        Output = Rent(_rented);
        try
        {
            body(this);
            return new Captured(Output);
        }
        finally
        {
            Output = outer;
        }
    }

    public void Loop(string name, IList items, Action<CompiledRender> body)
    {
        var state = new LoopState(items.Count);
        _loops.Add((name, null, state));
        var at = _loops.Count - 1;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                state.Index = i;
                _loops[at] = (name, items[i], state);
                body(this);
            }
        }
        finally
        {
            _loops.RemoveAt(at);
        }
    }

    public void Include(object? name)
    {
        if ((_includeMaybeHidden || LoopNamed("include")) && !ReferenceEquals(VariableOrNull("include"), _include)) // a theme's own 'include': Scriban decides
        {
            throw new NotCompiled();
        }
        if (name is not string { Length: > 0 } path || include(path) is not { } template || _depth >= IncludeDepthLimit)
        {
            throw new NotCompiled();
        }
        _depth++;
        try
        {
            template.Render(this);
        }
        finally
        {
            _depth--;
        }
    }

    public object? HtmlEscape(object? value)
    {
        if ((_htmlMaybeHidden || LoopNamed("html")) && !ReferenceEquals(VariableOrNull("html"), _html))
        {
            throw new NotCompiled();
        }
        return value switch
        {
            null => null,
            string text => string.IsNullOrEmpty(text) ? text : WebUtility.HtmlEncode(text),
            Captured captured => WebUtility.HtmlEncode(captured.ToString()),
            _ => throw new NotCompiled(),
        };
    }

    private object? VariableOrNull(string name) => TryLookup(name, out var found) ? found : null;

    private bool LoopNamed(string name)
    {
        foreach (var (loopName, _, _) in _loops)
        {
            if (loopName == name)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What <c>{{ value }}</c> writes: Scriban's conversion for the types a model holds.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                Output.Append(text);
                return;
            case Captured captured:
                Output.Append(captured.Text);
                return;
            default:
                Output.Append(CompiledOperators.ToText(value) ?? "");
                return;
        }
    }
}
