using System.Collections.Immutable;
using Explainer.Chinese;
using Explainer.Editorial;

namespace Explainer.Site.Automatic;

/// <summary>
/// Runs the conversion checker over a seed's headline, headings and paragraphs, and keeps what the editor
/// has not dealt with yet: a suspect that a correction or a declined suggestion in corrections.yml
/// already covers (its original overlaps the suspect where it stands) is not suggested again.
/// </summary>
public static class SuggestionFinder
{
    public static ImmutableArray<Suggestion> Find(ExplainerModel explainer, string seedPath)
    {
        var seed = explainer.Seed;
        var reviewed = explainer.Corrections.Items.Select(c => c.Original)
            .Concat(explainer.Corrections.Declined.Select(d => d.Original))
            .Where(o => o.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var found = ImmutableArray.CreateBuilder<Suggestion>();

        void Check(string text, Func<int, (int Line, int Column)> position)
        {
            foreach (var suspect in ConversionChecker.Find(text))
            {
                if (Covered(text, suspect, reviewed))
                {
                    continue;
                }
                var (line, column) = position(suspect.Index);
                found.Add(new Suggestion(seedPath, line, column, suspect.Original, suspect.Suggested, suspect.Kind, suspect.Reason, Context(text, suspect)));
            }
        }

        Check(seed.Headline, offset => SeedPositions.OfLine(seed, seed.HeadlineLine, offset));
        foreach (var section in seed.Sections)
        {
            if (section.Heading is { } heading)
            {
                Check(heading, offset => SeedPositions.OfLine(seed, section.HeadingLine, offset));
            }
            foreach (var paragraph in section.Paragraphs)
            {
                Check(paragraph.Text, offset => SeedPositions.Of(seed, paragraph, offset));
            }
        }
        return found.ToImmutable();
    }

    /// <summary>Whether a reviewed original stands in the text over any character of the suspect.</summary>
    private static bool Covered(string text, ConversionSuspect suspect, string[] reviewed)
    {
        foreach (var original in reviewed)
        {
            var from = Math.Max(0, suspect.Index - original.Length + 1);
            for (var at = text.IndexOf(original, from, StringComparison.Ordinal); at >= 0 && at < suspect.Index + suspect.Length; at = text.IndexOf(original, at + 1, StringComparison.Ordinal))
            {
                if (at + original.Length > suspect.Index)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A few characters either side, so a reviewer sees the words in their sentence.</summary>
    private static string Context(string text, ConversionSuspect suspect)
    {
        var start = Math.Max(0, suspect.Index - 8);
        var end = Math.Min(text.Length, suspect.Index + suspect.Length + 8);
        return text[start..end];
    }
}
