using System.Text;

namespace Explainer.Markup;

/// <summary>
/// Seed text is text: every character CommonMark (or an enabled extension) could read as syntax is
/// backslash-escaped, so nothing in a seed becomes emphasis, a link, HTML, an attribute or a correction.
/// </summary>
public static class MarkdownEscaper
{
    private const string Special = "\\`*_{}[]<>()#+-.!|~&=^:\"'$%@";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Escape"/> (and of any CommonMark backslash escape).</summary>
    public static string Unescape(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                i++;
            }
            builder.Append(markdown[i]);
        }
        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
