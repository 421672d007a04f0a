using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Explainer.Analysis;

/// <summary>
/// Finds the people and organisations one paragraph names, where the text itself says what they are.
/// Latin script: a run of capitalised words is an organisation when it ends like one (Labs, Ventures,
/// Times …) or follows an organisation word (風投公司 Theory Ventures); a person when a person title comes
/// before it (發言人 Dave Arnold) or, for two words or more, a speech verb after it (Susan Li 表示).
/// Chinese script: <see cref="ChineseNameRule"/> after a title (輝達執行長黃仁勳) or before a speech verb.
/// Anything else (Meta, Wang, AI, CEO) is left out: a wrong name on a page is worse than a missing one.
/// </summary>
public static partial class NameFinder
{
    /// <summary>Capitalised words separated by single spaces; not inside a longer Latin token (A.I, e.g).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.\-'’])[A-Z][A-Za-z]*(?:[\-'’][A-Za-z]+)*(?: [A-Z][A-Za-z]*(?:[\-'’][A-Za-z]+)*){0,4}(?![A-Za-z0-9])")]
    private static partial Regex LatinWords();

    /// <summary>An organisation word right before a name: 風投公司, 研究機構, 投資銀行 (up to two characters before it).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{0,2}(?:公司|機構|集團|基金|銀行|媒體|智庫|大學|報社)\s?$", RegexOptions.RightToLeft)]
    private static partial Regex OrganisationWordAtEnd();

    private static readonly FrozenSet<string> OrganisationEndings = FrozenSet.ToFrozenSet(
        ["Labs", "Lab", "Ventures", "Capital", "Inc", "Corp", "Corporation", "Group", "Partners", "Times", "Holdings",
         "Technologies", "Bank", "University", "Institute", "Foundation", "Fund", "Journal", "Post", "News", "Media",
         "Systems", "Motors", "Securities", "Research", "Company", "Associates", "Management", "Investments"], StringComparer.Ordinal);

    public static ImmutableArray<FoundName> Find(string paragraph)
    {
        var found = new List<FoundName>();
        for (var match = LatinWords().Match(paragraph); match.Success; match = match.NextMatch())
        {
            if (Latin(paragraph, match.Index, match.Value) is { } name)
            {
                found.Add(name);
            }
        }
        for (var keyword = PersonTitle.Keywords.Match(paragraph); keyword.Success; keyword = keyword.NextMatch())
        {
            var start = keyword.Index + keyword.Length;
            start += start < paragraph.Length && PersonTitle.IsSpace(paragraph[start]) ? 1 : 0;
            if (ChineseNameRule.NameAt(paragraph, start, titled: true) is var length and > 0)
            {
                var (titleIndex, title) = PersonTitle.Extend(paragraph, keyword.Index, start);
                found.Add(new FoundName(start, length, paragraph.Substring(start, length), NameKind.Person, titleIndex, title));
            }
        }
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (Han.Is(paragraph[i]) && ChineseNameRule.NameAt(paragraph, i, titled: false) is var length and > 0
                && !found.Exists(n => n.Index <= i && i < n.Index + n.Length))
            {
                found.Add(new FoundName(i, length, paragraph.Substring(i, length), NameKind.Person, -1, ""));
            }
        }
        return [.. found.OrderBy(n => n.Index)];
    }

    private static FoundName? Latin(string paragraph, int index, string name)
    {
        var words = name.Split(' ');
        if (words.All(IsAcronym))
        {
            return null;
        }
        if (OrganisationEndings.Contains(words[^1]) && words.Length > 1)
        {
            return Organisation(paragraph, index, name);
        }
        if (OrganisationWordAtEnd().IsMatch(paragraph.AsSpan(0, index)))
        {
            return Organisation(paragraph, index, name);
        }
        if (PersonTitle.Before(paragraph, index) is { } title && !IsAcronym(words[0]))
        {
            return new FoundName(index, name.Length, name, NameKind.Person, title.Index, title.Text);
        }
        var after = index + name.Length;
        after += after < paragraph.Length && paragraph[after] == ' ' ? 1 : 0;
        return words.Length > 1 && !IsAcronym(words[0]) && ChineseNameRule.StartsWithSpeechVerb(paragraph, after)
            ? new FoundName(index, name.Length, name, NameKind.Person, -1, "")
            : null;
    }

    private static FoundName Organisation(string paragraph, int index, string name)
    {
        var word = OrganisationWordAtEnd().Match(paragraph, 0, index);
        return word.Success
            ? new FoundName(index, name.Length, name, NameKind.Organisation, word.Index, word.Value.TrimEnd())
            : new FoundName(index, name.Length, name, NameKind.Organisation, -1, "");
    }

    /// <summary>AI, VR, CEO, TBD: an all-capital word, a name only inside a longer one (TBD Lab).</summary>
    private static bool IsAcronym(string word) => word.Length <= 1 || word.All(c => !char.IsAsciiLetterLower(c)) || word is "App" or "The";
}
