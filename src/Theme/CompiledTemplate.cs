using System.Collections;
using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Expression = System.Func<Explainer.Theme.CompiledRender, object?>;
using Statement = System.Action<Explainer.Theme.CompiledRender>;

namespace Explainer.Theme;

/// <summary>
/// A theme template turned, once, from Scriban's syntax tree into a tree of delegates that writes a page
/// straight into a string builder. Scriban parses every template and stays the language; this renders
/// the part of it a theme uses (text, <c>{{ value }}</c>, <c>| html.escape</c>, members, <c>[ ]</c>,
/// <c>if</c>/<c>else</c>, <c>for</c> with <c>for.first</c>/<c>last</c>/<c>index</c>, <c>capture</c>,
/// assignments, comparisons, <c>&amp;&amp;</c>/<c>||</c>/<c>!</c>, string <c>+</c> and
/// <c>include</c>) with Scriban's own rules for each, without interpreting the tree node by node.
/// </summary>
/// <remarks>
/// <para>Anything else makes a template not compiled (<see cref="TryCompile"/> says why), and its pages
/// are rendered by Scriban. Anything unusual at run time (a missing variable or field, a value of a type
/// these rules do not cover, an include of a template not compiled) throws
/// <see cref="NotCompiled"/>: the page is then rendered again by Scriban from the start, which gives
/// the same page or the error, with its file, line and column, that Scriban gives.</para>
/// <para>Scriban's interpreter was a third of a large build's CPU: it looks up every name through its
/// stacks of scopes, converts every value to write it, and makes an argument list for every
/// function call. ThemeTemplatesTests and the site tests render every page both ways and compare.</para>
/// </remarks>
internal sealed class CompiledTemplate
{
    private readonly Statement _body;

    private CompiledTemplate(Statement body) => _body = body;

    /// <summary>The template compiled, or null with the construct that kept it from being compiled.</summary>
    public static CompiledTemplate? TryCompile(Template template, out string? whyNot)
    {
        whyNot = null;
        if (template.HasErrors || template.Page is not { } page || page.FrontMatter is not null || page.Body is null)
        {
            whyNot = "the template has errors or front matter";
            return null;
        }
        try
        {
            return new CompiledTemplate(Compiler.Block(page.Body));
        }
        catch (CannotCompile e)
        {
            whyNot = e.Message;
            return null;
        }
    }

    public void Render(CompiledRender render) => _body(render);

    private sealed class CannotCompile(ScriptNode node, string what)
        : Exception($"{what} at {node.Span.FileName}({node.Span.Start.Line + 1},{node.Span.Start.Column + 1})");

    private static class Compiler
    {
        public static Statement Block(ScriptBlockStatement block)
        {
            var statements = new List<Statement>(block.Statements.Count);
            foreach (var statement in block.Statements)
            {
                if (statement.CanSkipEvaluation)
                {
                    continue;
                }
                if (Compile(statement) is { } compiled)
                {
                    statements.Add(compiled);
                }
            }
            var all = statements.ToArray();
            return all.Length switch
            {
                0 => static _ => { },
                1 => all[0],
                _ => render =>
                {
                    foreach (var statement in all)
                    {
                        statement(render);
                    }
                },
            };
        }

        private static Statement? Compile(ScriptStatement statement)
        {
            switch (statement)
            {
                case ScriptRawStatement raw:
                    if (raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText))
                    {
                        return null;
                    }
                    var text = raw.Text.ToString();
                    return render => render.Output.Append(text);
                case ScriptNopStatement:
                    return null;
                case ScriptExpressionStatement { Expression: ScriptAssignExpression assign }:
                    return Assign(assign);
                case ScriptExpressionStatement { Expression: ScriptFunctionCall call } when IsInclude(call):
                    return Include(call);
                case ScriptExpressionStatement { Expression: { } expression }:
                    var value = Compile(expression);
                    return render => render.Write(value(render));
                case ScriptIfStatement condition:
                    return If(condition);
                case ScriptForStatement loop:
                    return For(loop);
                case ScriptCaptureStatement { Target: ScriptVariableGlobal target, Body: { } body }:
                    var captured = Block(body);
                    var name = target.Name;
                    return render => render.Assign(name, render.Capture(captured));
                default:
                    throw new CannotCompile(statement, $"a {statement.GetType().Name}");
            }
        }

        private static Statement Assign(ScriptAssignExpression assign)
        {
            if (assign.Target is not ScriptVariableGlobal target || assign.Value is null || assign.EqualToken.TokenType != TokenType.Equal)
            {
                throw new CannotCompile(assign, "an assignment other than 'name = value'");
            }
            var value = Compile(assign.Value);
            var name = target.Name;
            return render => render.Assign(name, value(render));
        }

        private static bool IsInclude(ScriptFunctionCall call) =>
            call.Target is ScriptVariableGlobal { Name: "include" };

        private static Statement Include(ScriptFunctionCall call)
        {
            if (call.Arguments.Count != 1 || call.Arguments[0] is ScriptNamedArgument)
            {
                throw new CannotCompile(call, "an include with arguments");
            }
            var name = Compile(call.Arguments[0]);
            return render => render.Include(name(render));
        }

        private static Statement If(ScriptIfStatement statement)
        {
            if (statement.Condition is null)
            {
                throw new CannotCompile(statement, "an if without a condition");
            }
            var condition = Compile(statement.Condition);
            var then = statement.Then is null ? static _ => { } : Block(statement.Then);
            Statement otherwise = statement.Else switch
            {
                null => static _ => { },
                ScriptIfStatement elseIf => If(elseIf),
                ScriptElseStatement { Body: { } body } => Block(body),
                ScriptElseStatement => static _ => { },
                var other => throw new CannotCompile(other, $"a {other.GetType().Name}"),
            };
            return render =>
            {
                if (CompiledRender.ToBool(condition(render)))
                {
                    then(render);
                }
                else
                {
                    otherwise(render);
                }
            };
        }

        private static Statement For(ScriptForStatement loop)
        {
            if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is null || loop.Body is null
                || loop.NamedArguments is { Count: > 0 } || loop.SetContinue)
            {
                throw new CannotCompile(loop, "a for loop other than 'for x in list'");
            }
            var name = variable.Name;
            var items = Compile(loop.Iterator);
            var body = Block(loop.Body);
            Statement? otherwise = loop.Else switch
            {
                null => null,
                { Body: { } elseBody } => Block(elseBody),
                _ => null,
            };
            return render =>
            {
                switch (items(render))
                {
                    case null:
                        return; // Scriban: no loop, and no else either
                    case IList list:
                        if (list.Count == 0)
                        {
                            otherwise?.Invoke(render);
                            return;
                        }
                        render.Loop(name, list, body);
                        return;
                    default:
                        throw new NotCompiled();
                }
            };
        }

        private static Expression Compile(ScriptExpression expression)
        {
            switch (expression)
            {
                case ScriptLiteral literal:
                    var constant = literal.Value;
                    return constant is null or string or bool or int
                        ? _ => constant
                        : throw new CannotCompile(literal, $"a literal of type {constant.GetType().Name}");
                case ScriptVariableGlobal variable:
                    var name = variable.Name;
                    return render => render.Variable(name);
                case ScriptMemberExpression { Target: { } target, Member: ScriptVariable member }:
                    var of = Compile(target);
                    var memberName = member.Name;
                    return render => CompiledRender.Member(of(render), memberName);
                case ScriptIndexerExpression { Target: { } target, Index: ScriptLiteral { Value: string key } }:
                    var from = Compile(target);
                    return render => CompiledRender.Member(from(render), key);
                case ScriptNestedExpression { Expression: { } inner }:
                    return Compile(inner);
                case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right }:
                    var operand = Compile(right);
                    return render => !CompiledRender.ToBool(operand(render));
                case ScriptBinaryExpression binary:
                    return Binary(binary);
                case ScriptPipeCall { From: { } input, To: { } to } when IsHtmlEscape(to):
                    var escaped = Compile(input);
                    return render => render.HtmlEscape(escaped(render));
                default:
                    throw new CannotCompile(expression, $"a {expression.GetType().Name}");
            }
        }

        /// <summary><c>html.escape</c>, as the function a value is piped to (<c>value | html.escape</c>).</summary>
        private static bool IsHtmlEscape(ScriptExpression to) => to switch
        {
            ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "html" }, Member.Name: "escape" } => true,
            ScriptFunctionCall { Arguments.Count: 0, Target: { } target } => IsHtmlEscape(target),
            _ => throw new CannotCompile(to, $"a pipe into a {to.GetType().Name} ({to})"),
        };

        private static Expression Binary(ScriptBinaryExpression binary)
        {
            if (binary.Left is null || binary.Right is null)
            {
                throw new CannotCompile(binary, "a binary expression without its operands");
            }
            var left = Compile(binary.Left);
            var right = Compile(binary.Right);
            var op = binary.Operator;
            return op switch
            {
                ScriptBinaryOperator.And => render => CompiledRender.ToBool(left(render)) && CompiledRender.ToBool(right(render)),
                ScriptBinaryOperator.Or => render => CompiledRender.ToBool(left(render)) || CompiledRender.ToBool(right(render)),
                ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
                    or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
                    or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual
                    or ScriptBinaryOperator.Add => render => CompiledRender.Binary(op, left(render), right(render)),
                _ => throw new CannotCompile(binary, $"the operator {op}"),
            };
        }
    }
}

/// <summary>Thrown while rendering a compiled template when Scriban must render the page instead.</summary>
internal sealed class NotCompiled : Exception;

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
    private int _depth;

    /// <summary>
    /// Buffers kept from one page to the next, for whichever thread renders it. A page is written through its layout
    /// (captured, then written into the layout): with new string builders, growing in chunks of 8,000
    /// characters, a large build allocated gigabytes of chunks. A kept buffer has grown to the
    /// largest page its thread has made, so the next page fits in it.
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
                if (buffer.Capacity <= KeptCapacity && Spare.Count < 16)
                {
                    buffer.Clear();
                    Spare.Push(buffer);
                }
            }
        }
        _rented.Clear();
    }

    public object? Variable(string name)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var (loopName, value, state) = _loops[i];
            if (loopName == name)
            {
                return value;
            }
            if (name == "for")
            {
                return state;
            }
        }
        if (model.TryGetValue(name, out var found) || globals.TryGetValue(name, out found) || builtins.TryGetValue(name, out found))
        {
            return found is IScriptCustomFunction ? throw new NotCompiled() : found;
        }
        throw new NotCompiled(); // strict variables: Scriban reports it
    }

    public void Assign(string name, object? value)
    {
        if (!model.CanWrite(name))
        {
            throw new NotCompiled();
        }
        _assigned.Add((name, model.TryGetValue(name, out var old), old));
        model.SetValue(name, value, false);
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
        if (!ReferenceEquals(VariableOrNull("include"), _include)) // a theme's own 'include': Scriban decides
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
        if (!ReferenceEquals(VariableOrNull("html"), _html))
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

    private object? VariableOrNull(string name)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].Name == name)
            {
                return _loops[i].Value;
            }
        }
        return model.TryGetValue(name, out var found) || globals.TryGetValue(name, out found) || builtins.TryGetValue(name, out found) ? found : null;
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
                Output.Append(ToText(value) ?? "");
                return;
        }
    }

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        Captured captured => captured.ToString(),
        _ => throw new NotCompiled(),
    };

    /// <summary>Scriban's truth: null and false are false, everything else (0 and "" too) is true.</summary>
    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        _ => value != EmptyScriptObject.Default,
    };

    public static object? Member(object? target, string name)
    {
        object? value;
        switch (target)
        {
            case ScriptObject map:
                if (!map.TryGetValue(name, out value))
                {
                    throw new NotCompiled();
                }
                break;
            case ScriptArray array when name == "size":
                return array.Count;
            case LoopState loop:
                return loop.Member(name);
            default:
                throw new NotCompiled();
        }
        return value is IScriptCustomFunction ? throw new NotCompiled() : value;
    }

    /// <summary>Scriban's binary operators on strings (as text) and on whole numbers.</summary>
    public static object Binary(ScriptBinaryOperator op, object? left, object? right)
    {
        if (left is string || right is string)
        {
            var l = ToText(left);
            var r = ToText(right);
            return op switch
            {
                ScriptBinaryOperator.Add => (l ?? "") + (r ?? ""),
                ScriptBinaryOperator.CompareEqual => l == r,
                ScriptBinaryOperator.CompareNotEqual => l != r,
                ScriptBinaryOperator.CompareGreater => string.Compare(l, r, StringComparison.Ordinal) > 0,
                ScriptBinaryOperator.CompareLess => string.Compare(l, r, StringComparison.Ordinal) < 0,
                ScriptBinaryOperator.CompareGreaterOrEqual => string.Compare(l, r, StringComparison.Ordinal) >= 0,
                ScriptBinaryOperator.CompareLessOrEqual => string.Compare(l, r, StringComparison.Ordinal) <= 0,
                _ => throw new NotCompiled(),
            };
        }
        if (left is int a && right is int b)
        {
            return op switch
            {
                ScriptBinaryOperator.CompareEqual => a == b,
                ScriptBinaryOperator.CompareNotEqual => a != b,
                ScriptBinaryOperator.CompareGreater => a > b,
                ScriptBinaryOperator.CompareLess => a < b,
                ScriptBinaryOperator.CompareGreaterOrEqual => a >= b,
                ScriptBinaryOperator.CompareLessOrEqual => a <= b,
                _ => throw new NotCompiled(), // sums: Scriban widens on overflow
            };
        }
        throw new NotCompiled();
    }

    /// <summary>A captured text: Scriban keeps the output it captured too, and writes it as its text.</summary>
    public sealed class Captured(TextBuffer text)
    {
        public TextBuffer Text { get; } = text;

        public override string ToString() => Text.ToString();
    }

    /// <summary>A growing array of characters: appending copies once, and clearing keeps its size.</summary>
    public sealed class TextBuffer(int capacity)
    {
        private char[] _chars = new char[capacity];
        private int _length;

        public int Capacity => _chars.Length;

        public void Append(string text) => Append(text.AsSpan());

        public void Append(TextBuffer other) => Append(other._chars.AsSpan(0, other._length));

        private void Append(ReadOnlySpan<char> text)
        {
            if (text.Length > _chars.Length - _length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
            }
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        public void Clear() => _length = 0;

        public override string ToString() => new(_chars, 0, _length);
    }

    /// <summary>A loop's <c>for</c>: the members of Scriban's that themes use.</summary>
    public sealed class LoopState(int count)
    {
        public int Index { get; set; }

        public object Member(string name) => name switch
        {
            "index" => Index,
            "first" => Index == 0,
            "last" => Index == count - 1,
            _ => throw new NotCompiled(),
        };
    }
}
