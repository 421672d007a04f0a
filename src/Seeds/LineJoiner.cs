namespace Explainer.Seeds;

/// <summary>
/// Joins a hard-wrapped line to the next the way a CJK typesetter would: nothing between CJK
/// characters or between digits (<c>600</c> + <c>0億</c> is <c>6000億</c>), one space only where two
/// Latin words meet.
/// </summary>
public static class LineJoiner
{
    public static string Join(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left + right;
        }
        return NeedsSpace(left, right[0]) ? left + " " + right : left + right;
    }

    private static bool NeedsSpace(string left, char next)
    {
        var last = left[^1];
        var nextIsWord = CjkText.IsLatinLetter(next) || CjkText.IsAsciiDigit(next);
        if (!nextIsWord)
        {
            return false;
        }
        if (CjkText.IsLatinLetter(last))
        {
            return true;
        }
        if (CjkText.IsAsciiDigit(last))
        {
            return CjkText.IsLatinLetter(next); // "20" + "billion", but never "600" + "0"
        }
        // English punctuation after an English word ends a word too: "Hello," + "world".
        return last is ',' or '.' or ';' or ':' or '!' or '?' or ')'
            && left.Length > 1
            && CjkText.IsLatinLetter(left[^2]);
    }
}
