using Markdig.Helpers;
using Markdig.Parsers;

namespace Explainer.Markup.Corrections;

/// <summary>
/// Parses <c>{~~original~>corrected~~}</c>. Both parts may hold backslash escapes (seed text is
/// escaped when written), so an escaped <c>\~</c> never ends a part. Anything malformed is left to
/// the other parsers as plain text.
/// </summary>
public sealed class CorrectionInlineParser : InlineParser
{
    private const string Open = "{~~";
    private const string Middle = "~>";
    private const string Close = "~~}";

    public CorrectionInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (string.CompareOrdinal(text, start, Open, 0, Open.Length) != 0)
        {
            return false;
        }
        var middle = FindUnescaped(text, start + Open.Length, slice.End, Middle);
        var close = middle < 0 ? -1 : FindUnescaped(text, middle + Middle.Length, slice.End, Close);
        if (close < 0)
        {
            return false;
        }
        var original = MarkdownEscaper.Unescape(text[(start + Open.Length)..middle]);
        var corrected = MarkdownEscaper.Unescape(text[(middle + Middle.Length)..close]);
        var end = close + Close.Length;
        processor.Inline = new CorrectionInline
        {
            Original = original,
            Corrected = corrected,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    private static int FindUnescaped(string text, int from, int last, string token)
    {
        for (var i = from; i + token.Length - 1 <= last; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }
            if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
