namespace Explainer.Site.Automatic;

/// <summary>
/// The label of an automatic figure or event: the clause that states it, as the seed words it. Seeds
/// copied from the web mix half-width punctuation into Chinese sentences (<c>今年,紮克伯格…</c>), so a
/// clause is also cut at a half-width , ; : ! ? — but not at a comma between digits (1,000).
/// </summary>
public static class Clauses
{
    public static string Around(string clause, int clauseIndex, int at)
    {
        var position = Math.Clamp(at - clauseIndex, 0, clause.Length);
        var start = 0;
        var end = clause.Length;
        for (var i = 0; i < clause.Length; i++)
        {
            if (!IsBreak(clause, i))
            {
                continue;
            }
            if (i < position)
            {
                start = i + 1;
            }
            else
            {
                end = i;
                break;
            }
        }
        var label = clause[start..end].Trim();
        return label.Length == 0 ? clause : label;
    }

    private static bool IsBreak(string text, int i) => text[i] switch
    {
        ',' => !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])),
        ';' or '!' or '?' => true,
        ':' => !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])),
        _ => false,
    };
}
