using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Resolves <c>include 'partials/x.sbn'</c> inside the theme folder only, from templates already read
/// and parsed, so rendering does no I/O and a template can never read a file outside the theme.
/// Scriban asks for the path of every include, even of templates it already holds parsed, so
/// <paramref name="resolved"/> learns every template a render uses.
/// </summary>
internal sealed class ThemeTemplateLoader(string themeRoot, IReadOnlyDictionary<string, string> sources, Action<string>? resolved = null) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(themeRoot, templateName));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(themeRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is outside the theme folder");
        }
        resolved?.Invoke(full);
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        sources.TryGetValue(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"no template '{Path.GetRelativePath(themeRoot, templatePath)}' in the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
