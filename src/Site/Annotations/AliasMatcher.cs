using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Seeds;

namespace Explainer.Site.Annotations;

/// <summary>A profile named in a paragraph, at raw positions of the seed's text.</summary>
public sealed record Mention(string ProfileId, int Start, int Length);

/// <summary>
/// Finds profiles' aliases in seed text: the longest alias first, never inside a longer Latin word
/// ("Wang" is not found in "Wangs"). CJK has no spaces to tell words apart, so there the longest
/// alias is all that decides ("Meta 超級智能實驗室" wins over "Meta").
/// </summary>
public sealed class AliasMatcher(IEnumerable<Profile> profiles)
{
    private readonly ImmutableArray<(string Alias, string ProfileId)> _aliases =
        [.. profiles.SelectMany(p => p.Aliases.Select(a => (a, p.Id))).OrderByDescending(a => a.a.Length).ThenBy(a => a.a, StringComparer.Ordinal)];

    public ImmutableArray<Mention> Find(string text)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var i = 0;
        while (i < text.Length)
        {
            var match = _aliases.FirstOrDefault(a => Matches(text, i, a.Alias));
            if (match.Alias is null)
            {
                i++;
                continue;
            }
            mentions.Add(new Mention(match.ProfileId, i, match.Alias.Length));
            i += match.Alias.Length;
        }
        return mentions.ToImmutable();
    }

    private static bool Matches(string text, int at, string alias) =>
        string.CompareOrdinal(text, at, alias, 0, alias.Length) == 0
        && !(IsWordChar(alias[0]) && at > 0 && IsWordChar(text[at - 1]))
        && !(IsWordChar(alias[^1]) && at + alias.Length < text.Length && IsWordChar(text[at + alias.Length]));

    private static bool IsWordChar(char c) => CjkText.IsLatinLetter(c) || CjkText.IsAsciiDigit(c);
}
