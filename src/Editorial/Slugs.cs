using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Editorial;

/// <summary>URL path segments: lower-case ASCII letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>A slug from Latin text ("Meta's AI chief" → "metas-ai-chief"); empty when there is none.</summary>
    public static string FromText(string text, int maxWords = 8)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                word.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue; // "Meta's" is one word; "é" keeps its "e"
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return string.Join("-", words.Take(maxWords));
    }

    internal static string? Check(YamlFile file, YamlMappingNode map, string key)
    {
        var slug = file.String(map, key);
        if (slug is not null && !IsValid(slug))
        {
            file.Error(map.Get(key)!, $"'{slug}' is not a valid slug: use lower-case letters, digits and hyphens");
            return null;
        }
        return slug;
    }
}
