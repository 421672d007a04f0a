using Explainer.Seeds;

namespace Explainer.Site.Automatic;

/// <summary>
/// Maps a place in a paragraph's joined text back to the seed file's own line and column, so that what
/// the build finds is reported where an editor would look for it. The parser trims each line and joins
/// hard-wrapped lines (with a space only between Latin words), so each trimmed line is found again in
/// the joined text in order.
/// </summary>
public static class SeedPositions
{
    public static (int Line, int Column) Of(ParsedSeed seed, SeedParagraph paragraph, int offset)
    {
        var cursor = 0;
        for (var number = paragraph.FirstLine; number <= paragraph.LastLine && number <= seed.Lines.Length; number++)
        {
            var raw = seed.Lines[number - 1];
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            var at = paragraph.Text.IndexOf(trimmed, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            if (offset < at + trimmed.Length || number == paragraph.LastLine)
            {
                var lead = raw.Length - raw.TrimStart().Length;
                return (number, Math.Max(offset - at, 0) + lead + 1);
            }
            cursor = at + trimmed.Length;
        }
        return (paragraph.FirstLine, 1);
    }

    /// <summary>A place in a one-line text (the headline, a heading): its column on that line.</summary>
    public static (int Line, int Column) OfLine(ParsedSeed seed, int line, int offset)
    {
        var raw = line >= 1 && line <= seed.Lines.Length ? seed.Lines[line - 1] : "";
        return (line, raw.Length - raw.TrimStart().Length + offset + 1);
    }
}
