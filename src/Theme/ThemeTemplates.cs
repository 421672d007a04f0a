using System.Collections.Immutable;
using Explainer.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// Every Scriban template of the theme, parsed once. Parse errors are collected for all files (even
/// partials no page uses yet) and reported as <c>theme/x.sbn(line,col): error: …</c>.
/// </summary>
public sealed partial class ThemeTemplates
{
    private readonly string _root;
    private readonly ImmutableDictionary<string, Template> _templates;
    private readonly ImmutableDictionary<string, string> _sources;
    private readonly ImmutableDictionary<string, string> _hashes;
    private readonly ImmutableDictionary<string, CompiledTemplate> _compiled;
    private readonly ImmutableDictionary<string, string> _notCompiled;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Relative, CompiledTemplate? Template)> _includes = new(StringComparer.Ordinal);
    private readonly ScriptObject _globals;

    private ThemeTemplates(string root, ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, string> sources, IReadOnlyDictionary<string, string> assets, bool compile)
    {
        _root = root;
        _templates = templates;
        _sources = sources;
        _hashes = sources.ToImmutableDictionary(s => s.Key, s => Fingerprint.OfText(s.Value), StringComparer.Ordinal);
        var compiled = ImmutableDictionary.CreateBuilder<string, CompiledTemplate>(StringComparer.Ordinal);
        var notCompiled = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (path, template) in compile ? templates : [])
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

    /// <summary>The hash of what every render sees besides its model: the assets' published names.</summary>
    public string AssetsHash { get; }

    /// <summary>The hash of a template's text (path relative to the theme), or null when the theme has no such file.</summary>
    public string? HashOf(string name) => _hashes.GetValueOrDefault(FullPath(name));

    /// <param name="sources">Template text by path relative to the theme folder ('/' separated).</param>
    /// <param name="assets">The published path of each theme asset by its name in theme/assets
    /// (<c>site.css</c> → <c>assets/site.3f9a1c0b2e.css</c>), which templates read as <c>assets["site.css"]</c>.</param>
    /// <param name="compile">False to leave every template to Scriban's interpreter (the differential tests' reference).</param>
    public static ThemeTemplates Parse(string themeRoot, IEnumerable<KeyValuePair<string, string>> sources, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? assets = null, bool compile = true)
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
        return new ThemeTemplates(root, templates.ToImmutable(), texts.ToImmutable(), assets ?? ImmutableDictionary<string, string>.Empty, compile);
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
            using var render = new CompiledRender(model, _globals, Builtins, include => Include(include, used));
            try
            {
                compiled.Render(render);
                if (write is not null)
                {
                    write(render.Output.Span);
                    return null;
                }
                return render.Output.ToString();
            }
            catch (NotCompiled)
            {
                render.Undo(); // Scriban renders the page from the start, with the model as it was given
            }
        }
        return Interpret(template, model, diagnostics, used);
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
