using System.Collections.Frozen;
using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Seeds;

namespace Explainer.Site.Annotations;

/// <summary>
/// Finds profiles' aliases in seed text: the longest alias first, never inside a longer Latin word
/// ("Wang" is not found in "Wangs"). CJK has no spaces to tell words apart, so there the longest
/// alias is all that decides ("Meta 超級智能實驗室" wins over "Meta").
/// </summary>
public sealed class AliasMatcher(IEnumerable<Profile> profiles)
{
    /// <summary>
    /// The aliases by their first character, each list longest first (then in ordinal order): at a
    /// position only the aliases starting with its character can match, and the first that does wins.
    /// </summary>
    private readonly FrozenDictionary<char, (string Alias, string ProfileId)[]> _byFirst = profiles
        .SelectMany(p => p.Aliases.Where(a => a.Length > 0).Select(a => (Alias: a, ProfileId: p.Id)))
        .OrderByDescending(a => a.Alias.Length).ThenBy(a => a.Alias, StringComparer.Ordinal)
        .GroupBy(a => a.Alias[0])
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    public ImmutableArray<Mention> Find(string text)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var i = 0;
        while (i < text.Length)
        {
            string? profileId = null;
            var length = _byFirst.TryGetValue(text[i], out var candidates) ? Match(text, i, candidates, out profileId) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }
            mentions.Add(new Mention(profileId!, i, length));
            i += length;
        }
        return mentions.ToImmutable();
    }

    private static int Match(string text, int at, (string Alias, string ProfileId)[] candidates, out string? profileId)
    {
        foreach (var (alias, id) in candidates)
        {
            if (Matches(text, at, alias))
            {
                profileId = id;
                return alias.Length;
            }
        }
        profileId = null;
        return 0;
    }

    private static bool Matches(string text, int at, string alias) =>
        string.CompareOrdinal(text, at, alias, 0, alias.Length) == 0
        && !(IsWordChar(alias[0]) && at > 0 && IsWordChar(text[at - 1]))
        && !(IsWordChar(alias[^1]) && at + alias.Length < text.Length && IsWordChar(text[at + alias.Length]));

    private static bool IsWordChar(char c) => CjkText.IsLatinLetter(c) || CjkText.IsAsciiDigit(c);
}
