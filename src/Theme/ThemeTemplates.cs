using System.Collections.Immutable;
using Explainer.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Every Scriban template of the theme, parsed once. Parse errors are collected for all files (even
/// partials no page uses yet) and reported as <c>theme/x.sbn(line,col): error: …</c>.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly string _root;
    private readonly ImmutableDictionary<string, Template> _templates;
    private readonly ImmutableDictionary<string, string> _sources;
    private readonly ImmutableDictionary<string, string> _hashes;
    private readonly ImmutableDictionary<string, CompiledTemplate> _compiled;
    private readonly ImmutableDictionary<string, string> _notCompiled;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Relative, CompiledTemplate? Template)> _includes = new(StringComparer.Ordinal);
    private readonly ScriptObject _globals;

    private ThemeTemplates(string root, ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, string> sources, IReadOnlyDictionary<string, string> assets)
    {
        _root = root;
        _templates = templates;
        _sources = sources;
        _hashes = sources.ToImmutableDictionary(s => s.Key, s => Fingerprint.OfText(s.Value), StringComparer.Ordinal);
        var compiled = ImmutableDictionary.CreateBuilder<string, CompiledTemplate>(StringComparer.Ordinal);
        var notCompiled = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (path, template) in templates)
        {
            if (CompiledTemplate.TryCompile(template, out var whyNot) is { } done)
            {
                compiled[path] = done;
            }
            else
            {
                notCompiled[RelativeName(path)] = whyNot ?? "";
            }
        }
        _compiled = compiled.ToImmutable();
        _notCompiled = notCompiled.ToImmutable();
        var map = new ScriptObject();
        foreach (var (name, path) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            map[name] = path;
        }
        _globals = new ScriptObject { ["assets"] = map };
        _globals.IsReadOnly = true;
        AssetsHash = Fingerprint.OfText(string.Join("\n", assets.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)));
    }

    /// <summary>
    /// The templates Scriban renders itself, each with what kept it from being compiled (see
    /// <see cref="CompiledTemplate"/>): their pages render correctly, only more slowly.
    /// </summary>
    public IReadOnlyDictionary<string, string> NotCompiled => _notCompiled;

    /// <summary>
    /// For the tests: every render is done both compiled and by Scriban, and a difference throws.
    /// The test assembly turns it on for all its builds.
    /// </summary>
    internal static bool CheckCompiled { get; set; }

    /// <summary>The hash of what every render sees besides its model: the assets' published names.</summary>
    public string AssetsHash { get; }

    /// <summary>The hash of a template's text (path relative to the theme), or null when the theme has no such file.</summary>
    public string? HashOf(string name) => _hashes.GetValueOrDefault(FullPath(name));

    /// <param name="sources">Template text by path relative to the theme folder ('/' separated).</param>
    /// <param name="assets">The published path of each theme asset by its name in theme/assets
    /// (<c>site.css</c> → <c>assets/site.3f9a1c0b2e.css</c>), which templates read as <c>assets["site.css"]</c>.</param>
    public static ThemeTemplates Parse(string themeRoot, IEnumerable<KeyValuePair<string, string>> sources, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? assets = null)
    {
        var root = Path.GetFullPath(themeRoot);
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var texts = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (relative, text) in sources)
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            var template = Template.Parse(text, DisplayPath(full));
            foreach (var message in template.Messages)
            {
                diagnostics.Add(ToDiagnostic(message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, message.Span, message.Message));
            }
            templates[full] = template;
            texts[full] = text;
        }
        return new ThemeTemplates(root, templates.ToImmutable(), texts.ToImmutable(), assets ?? ImmutableDictionary<string, string>.Empty);
    }

    /// <summary>Renders a template (path relative to the theme) with a model; runtime errors become diagnostics.</summary>
    /// <param name="used">Told the name (relative to the theme) of the template and of every template it includes.</param>
    public string Render(string name, ScriptObject model, DiagnosticBag diagnostics, Action<string>? used = null) =>
        RenderOrWrite(name, model, diagnostics, used, null)!;

    /// <summary>
    /// Renders a page and hands its text to <paramref name="write"/> while it is in the render's buffer,
    /// with no string made of it (the text is gone once <paramref name="write"/> returns).
    /// </summary>
    public void Render(string name, ScriptObject model, DiagnosticBag diagnostics, Action<string>? used, TextAction write)
    {
        if (RenderOrWrite(name, model, diagnostics, used, write) is { } page)
        {
            write(page);
        }
    }

    /// <summary>The page as a string; null when <paramref name="write"/> was given the compiled render's text instead.</summary>
    private string? RenderOrWrite(string name, ScriptObject model, DiagnosticBag diagnostics, Action<string>? used, TextAction? write)
    {
        var full = FullPath(name);
        used?.Invoke(name);
        if (!_templates.TryGetValue(full, out var template))
        {
            diagnostics.Add(Diagnostic.Error(DisplayPath(full), 0, 0, $"the theme has no {name}, which the site needs to render its pages: restore it"));
            return "";
        }
        if (template.HasErrors)
        {
            return ""; // already reported when parsed
        }
        if (_compiled.TryGetValue(full, out var compiled))
        {
            // In the tests' check, the templates each way reports using are compared too: the preview
            // renders a page again when one of them changes.
            var compiledUsed = CheckCompiled ? new SortedSet<string>(StringComparer.Ordinal) : null;
            var record = compiledUsed is null ? used : include => { compiledUsed.Add(include); used?.Invoke(include); };
            using var render = new CompiledRender(model, _globals, Builtins, include => Include(include, record));
            string? page = null;
            try
            {
                compiled.Render(render);
                if (write is not null && !CheckCompiled)
                {
                    write(render.Output.Span);
                    return null;
                }
                page = render.Output.ToString();
            }
            catch (NotCompiled)
            {
                // Scriban renders the page instead, below
            }
            if (page is not null && !CheckCompiled)
            {
                return page;
            }
            render.Undo(); // Scriban renders the page from the start, with the model as it was given
            if (page is not null)
            {
                var interpretedUsed = new SortedSet<string>(StringComparer.Ordinal);
                var interpreted = Interpret(template, model, diagnostics, include => { interpretedUsed.Add(include); used?.Invoke(include); });
                return Checked(name, page, interpreted, compiledUsed!, interpretedUsed);
            }
        }
        return Interpret(template, model, diagnostics, used);
    }

    private static string Checked(string name, string page, string interpreted, SortedSet<string> compiledUsed, SortedSet<string> interpretedUsed)
    {
        if (!compiledUsed.SetEquals(interpretedUsed))
        {
            throw new InvalidOperationException(
                $"{name}: the compiled template used [{string.Join(", ", compiledUsed)}], Scriban [{string.Join(", ", interpretedUsed)}]");
        }
        if (page == interpreted)
        {
            return page;
        }
        var at = 0;
        while (at < page.Length && at < interpreted.Length && page[at] == interpreted[at])
        {
            at++;
        }
        var start = Math.Max(0, at - 80);
        string Around(string text) => text.Substring(Math.Min(start, text.Length), Math.Min(text.Length - Math.Min(start, text.Length), 160));
        throw new InvalidOperationException(
            $"{name}: the compiled template rendered differently from Scriban from character {at}:\ncompiled:    {Around(page)}\ninterpreted: {Around(interpreted)}");
    }

    /// <summary>An included template's compiled form, resolved as <see cref="ThemeTemplateLoader"/> does; null when Scriban must render it.</summary>
    private CompiledTemplate? Include(string name, Action<string>? used)
    {
        if (!_includes.TryGetValue(name, out var resolved))
        {
            var full = Path.GetFullPath(Path.Combine(_root, name));
            resolved = _includes[name] = full.StartsWith(Path.TrimEndingDirectorySeparator(_root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                ? (RelativeName(full), _compiled.GetValueOrDefault(full))
                : (null, null);
        }
        var (relative, template) = resolved;
        if (relative is not null)
        {
            used?.Invoke(relative);
        }
        return template;
    }

    private string Interpret(Template template, ScriptObject model, DiagnosticBag diagnostics, Action<string>? used)
    {
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            AutoIndent = false, // a template's whitespace comes out as written (see ThemeInclude)
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new ThemeTemplateLoader(_root, _sources, used is null ? null : path => used(RelativeName(path))),
            MemberRenamer = member => ScriptModel.SnakeCase(member.Name),
            // Off: Scriban's limits are for untrusted templates. The theme is the site's own code and the
            // seed's size, not the theme, bounds its loops and its output. With the defaults a page
            // over a million characters was silently cut short (a long seed's explainer page came out
            // empty), and any limit reached throws rather than truncates.
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        foreach (var (path, parsed) in _templates)
        {
            context.CachedTemplates[path] = parsed;
        }
        context.PushGlobal(_globals);
        context.PushGlobal(model);
        // The page's own output: Scriban's resets its builder after use, which costs a copy of the page.
        context.PushOutput(new PageOutput());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(ToDiagnostic(Severity.Error, e.Span, Explain(e.OriginalMessage)));
            return "";
        }
    }

    /// <summary>
    /// Scriban's built-in functions (<c>html.escape</c>, <c>string.*</c>, …), made once and shared by every
    /// render on every core, read-only: a page cannot change what the next one sees. Making them for
    /// each page cost more than rendering a small one (about 25 µs and 33 KB a time).
    /// </summary>
    internal static readonly ScriptObject Builtins = ReadOnly(WithThemeInclude(TemplateContext.GetDefaultBuiltinObject()));

    private static ScriptObject WithThemeInclude(ScriptObject builtins)
    {
        builtins.Remove("include");
        builtins.SetValue("include", new ThemeInclude(), readOnly: true);
        return builtins;
    }

    /// <summary>A page's output: a string builder that is turned into a string once, and dropped.</summary>
    private sealed class PageOutput : IScriptOutput
    {
        private readonly System.Text.StringBuilder _builder = new(1 << 14);

        public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => _builder.ToString();
    }

    private static ScriptObject ReadOnly(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject inner)
            {
                ReadOnly(inner);
            }
        }
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Scriban's messages for the mistakes a theme author makes most, in the site's terms.</summary>
    private static string Explain(string message)
    {
        var member = System.Text.RegularExpressions.Regex.Match(message, "^Cannot get member with name (.+)\\.$");
        if (member.Success)
        {
            return $"unknown field '{member.Groups[1].Value}': the page's model has no such field (see src/Site/Pages/PageModels.cs for what templates receive)";
        }
        var variable = System.Text.RegularExpressions.Regex.Match(message, "^The variable or function `(.+)` was not found$");
        if (variable.Success)
        {
            return $"unknown variable '{variable.Groups[1].Value}': the page's model has no such variable and the template does not set it (see src/Site/Modules/RenderPages.cs for what each page receives)";
        }
        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return "a template includes itself, directly or through others, without end: " + message;
        }
        return message;
    }

    private string FullPath(string name) => Path.GetFullPath(Path.Combine(_root, name));

    private string RelativeName(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    private static Diagnostic ToDiagnostic(Severity severity, SourceSpan span, string message) =>
        new(severity, span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1, message);

    /// <summary>Relative to the working folder when inside it, as compilers print paths.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative.Replace('\\', '/');
    }
}
