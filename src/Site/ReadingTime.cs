using System.Text;
using Explainer.Seeds;

namespace Explainer.Site;

/// <summary>
/// How long the article's own text takes to read: Chinese characters and Latin words are counted apart,
/// each at its own rate, since a mixed zh-Hant story has both. The rates are the means of the
/// International Reading Speed Texts (IReST; Trauzettel-Klosinski and Dietz, Investigative
/// Ophthalmology &amp; Visual Science 53(9), 2012) for silent reading by adults: Chinese 255 characters
/// a minute, English 228 words a minute. Notes, cards and charts are not counted.
/// </summary>
public static class ReadingTime
{
    public const int CharactersPerMinute = 255;

    public const int WordsPerMinute = 228;

    /// <summary>Ideographs, kana and hangul (not punctuation), and runs of Latin letters or digits.</summary>
    public static (int Characters, int Words) Count(string text)
    {
        var characters = 0;
        var words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var latin = rune.IsBmp && (CjkText.IsLatinLetter((char)rune.Value) || CjkText.IsAsciiDigit((char)rune.Value));
            if (latin && !inWord)
            {
                words++;
            }
            inWord = latin;
            if (!latin && CjkText.IsCjk(rune) && Rune.IsLetter(rune))
            {
                characters++;
            }
        }
        return (characters, words);
    }

    /// <summary>Whole minutes, rounded up; at least one.</summary>
    public static int Minutes(int characters, int words) =>
        Math.Max(1, (int)Math.Ceiling(characters / (double)CharactersPerMinute + words / (double)WordsPerMinute));

    /// <summary>The minutes for a seed's headline, subtitle, headings and paragraphs.</summary>
    public static (int Minutes, int Characters, int Words) Of(ParsedSeed seed)
    {
        var text = new StringBuilder(seed.Headline).Append('\n').Append(seed.Subtitle);
        foreach (var section in seed.Sections)
        {
            text.Append('\n').Append(section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                text.Append('\n').Append(paragraph.Text);
            }
        }
        var (characters, words) = Count(text.ToString());
        return (Minutes(characters, words), characters, words);
    }
}
