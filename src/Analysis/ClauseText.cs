namespace Explainer.Analysis;

/// <summary>
/// The clause around a span of a paragraph: cut at Chinese clause punctuation (，。；：！？、), their half-width
/// forms where they punctuate (not 2,000 or 1.5 or A.I), quotation marks and a bracket the span is inside;
/// a bracketed aside within the clause stays in it ("Reality Labs (VR 和AR 部門)明年預算砍掉20億美元").
/// </summary>
internal static class ClauseText
{
    /// <summary>
    /// The clause of a date: a date that is a clause of its own ("10月,Meta 裁員600人") takes the next
    /// clause with it, since that says what happened.
    /// </summary>
    public static (int Index, string Text) OfEvent(string text, int index, int length)
    {
        var (start, clause) = Around(text, index, length);
        var after = start + clause.Length;
        if (clause.Length != length || after + 1 >= text.Length || text[after] is '。' or '.' or '！' or '？' or '!' or '?' or '\n')
        {
            return (start, clause);
        }
        var next = after + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        var (_, following) = Around(text, next, 0);
        return following.Length == 0 ? (start, clause) : (start, text[start..(next + following.Length)]);
    }

    public static (int Index, string Text) Around(string text, int index, int length)
    {
        var start = index;
        var depth = 0;
        while (start > 0)
        {
            var c = text[start - 1];
            if (IsClose(c))
            {
                depth++;
            }
            else if (IsOpen(c))
            {
                if (depth == 0)
                {
                    break;
                }
                depth--;
            }
            else if (depth == 0 && IsCut(text, start - 1))
            {
                break;
            }
            start--;
        }
        var end = index + length;
        depth = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsOpen(c))
            {
                depth++;
            }
            else if (IsClose(c))
            {
                if (depth == 0)
                {
                    break;
                }
                depth--;
            }
            else if (depth == 0 && IsCut(text, end))
            {
                break;
            }
            end++;
        }
        // An aside left open at the end (a cut inside it) would misquote: end before it.
        if (depth > 0)
        {
            end = Math.Max(index + length, text.LastIndexOfAny(['(', '（'], end - 1, end - (index + length)) is var open and >= 0 ? open : end);
        }
        while (start < index && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > index + length && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, text[start..end]);
    }

    private static bool IsOpen(char c) => c is '(' or '（';

    private static bool IsClose(char c) => c is ')' or '）';

    private static bool IsCut(string text, int i)
    {
        var c = text[i];
        if (c is '，' or '。' or '；' or '：' or '！' or '？' or '、' or '“' or '”' or '「' or '」' or '『' or '』' or '"' or '\n' or '…')
        {
            return true;
        }
        if (c is ',' or '.' or ':' or ';' or '!' or '?')
        {
            // 2,000 and 1.5 and 10:30 and A.I are words, not punctuation.
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            return !(char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after));
        }
        return false;
    }
}
