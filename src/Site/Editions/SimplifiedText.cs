using System.Text;
using Explainer.Chinese;
using Explainer.Engine;
using Explainer.Site.Modules;

namespace Explainer.Site.Editions;

/// <summary>The Simplified edition's converters for one build: pages (<see cref="Html"/>), Markdown and data files.</summary>
public sealed class SimplifiedText(SimplifiedConversion conversion, string baseUrl)
{
    public SimplifiedHtml Html { get; } = new(conversion, baseUrl);

    public SimplifiedConversion Conversion => conversion;

    /// <summary>The converters for the overrides and base URL the Editorial pipeline read.</summary>
    public static SimplifiedText For(IExecutionContext context) =>
        new(new SimplifiedConversion(EditorialLookup.SimplifiedOverrides(context).Words), EditorialLookup.Site(context).BaseUrl);

    /// <summary>A section's Markdown: text converted, links from the site's root (<c>](/profiles/…)</c>) to the Simplified copies.</summary>
    public string Markdown(string markdown) => RootPaths(Html.ConvertText(markdown), "](/", ')');

    /// <summary>
    /// JSON or XML (oEmbed, feeds): text converted, the language <c>zh-Hans</c>,
    /// and absolute links to this site sent to the Simplified copies.
    /// </summary>
    public string Data(string text) => Html.ConvertText(text).Replace("\"zh-Hant\"", "\"zh-Hans\"", StringComparison.Ordinal);

    /// <summary>Each path after <paramref name="opener"/> (which ends in <c>/</c>) that has a Simplified copy, moved into <c>/zh-hans/</c>.</summary>
    private static string RootPaths(string text, string opener, char close)
    {
        var result = new StringBuilder(text.Length + 256);
        var copied = 0;
        for (var at = text.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = text.IndexOf(opener, at + opener.Length, StringComparison.Ordinal))
        {
            var path = at + opener.Length;
            var end = text.IndexOfAny([close, '#', '?', '\n'], path);
            end = end < 0 ? text.Length : end;
            if (!SimplifiedEdition.IsMirrored(text.AsSpan(path, end - path)))
                continue;
            result.Append(text, copied, path - copied).Append(SimplifiedEdition.Folder);
            copied = path;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }
}
