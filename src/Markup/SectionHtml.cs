using System.Collections.Immutable;

namespace Explainer.Markup;

/// <summary>
/// A Markdown section rendered: its heading's inline HTML apart, so a layout can choose h1 or h2, and
/// its blocks one by one, so a layout can set margin notes beside each paragraph.
/// </summary>
public sealed record SectionHtml(string HeadingHtml, ImmutableArray<BlockHtml> Blocks)
{
    public string BodyHtml => string.Concat(Blocks.Select(b => b.Html));

    /// <summary>
    /// The HTML as it stands on a page <paramref name="root"/> below the site's root ("../../" two
    /// folders down, "" at the root): every link and source from the root (<c>href="/x"</c>, not
    /// <c>href="//host"</c>) made relative, so a page also reads from <c>file://</c>. Only the Markdown's
    /// own links can look like that: text has its quotes escaped.
    /// </summary>
    public SectionHtml Relocated(string root) =>
        new(Relocate(HeadingHtml, root), [.. Blocks.Select(b => b with { Html = Relocate(b.Html, root) })]);

    private static string Relocate(string html, string root)
    {
        if (!html.Contains("=\"/", StringComparison.Ordinal))
        {
            return html;
        }
        var output = new System.Text.StringBuilder(html.Length + 64);
        var copied = 0;
        for (var at = html.IndexOf("=\"/", StringComparison.Ordinal); at >= 0; at = html.IndexOf("=\"/", at + 1, StringComparison.Ordinal))
        {
            var attribute = html.AsSpan(0, at);
            var slash = at + 2;
            if (!(attribute.EndsWith(" href", StringComparison.Ordinal) || attribute.EndsWith(" src", StringComparison.Ordinal))
                || (slash + 1 < html.Length && html[slash + 1] == '/'))
            {
                continue;
            }
            output.Append(html, copied, slash - copied);
            // "/" itself from the root page is "./": an empty href would be the page, not the folder.
            output.Append(root.Length == 0 && slash + 1 < html.Length && html[slash + 1] == '"' ? "./" : root);
            copied = slash + 1;
        }
        return output.Append(html, copied, html.Length - copied).ToString();
    }
}
