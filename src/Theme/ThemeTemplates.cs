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
    private readonly ThemeTemplateLoader _loader;

    private ThemeTemplates(string root, ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, string> sources)
    {
        _root = root;
        _templates = templates;
        _loader = new ThemeTemplateLoader(root, sources);
    }

    /// <param name="sources">Template text by path relative to the theme folder ('/' separated).</param>
    public static ThemeTemplates Parse(string themeRoot, IEnumerable<KeyValuePair<string, string>> sources, DiagnosticBag diagnostics)
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
        return new ThemeTemplates(root, templates.ToImmutable(), texts.ToImmutable());
    }

    /// <summary>Renders a template (path relative to the theme) with a model; runtime errors become diagnostics.</summary>
    public string Render(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!_templates.TryGetValue(full, out var template))
        {
            diagnostics.Add(Diagnostic.Error(DisplayPath(full), 0, 0, "the theme has no such template"));
            return "";
        }
        if (template.HasErrors)
        {
            return ""; // already reported when parsed
        }
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = _loader,
            MemberRenamer = member => ScriptModel.SnakeCase(member.Name),
            LoopLimit = 100_000,
            // Scriban cuts any string or output past 1 MiB and appends "..." by default: a profile page
            // listing every paragraph of a thousand explainers is longer than that, and was cut mid-link.
            LimitToString = 0,
            OutputLimit = 0,
        };
        foreach (var (path, parsed) in _templates)
        {
            context.CachedTemplates[path] = parsed;
        }
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(ToDiagnostic(Severity.Error, e.Span, e.OriginalMessage));
            return "";
        }
    }

    private static Diagnostic ToDiagnostic(Severity severity, SourceSpan span, string message) =>
        new(severity, span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1, message);

    /// <summary>Relative to the working folder when inside it, as compilers print paths.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative.Replace('\\', '/');
    }
}
