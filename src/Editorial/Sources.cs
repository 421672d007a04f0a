using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Explainer.Editorial;

/// <summary>Reading sources and checking the <c>[n]</c> citations that point at them.</summary>
public static partial class Sources
{
    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    public static ImmutableArray<Source> Read(YamlFile file, YamlMappingNode map)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        foreach (var item in file.Items(map, "sources"))
        {
            if (item is not YamlMappingNode source)
            {
                file.Error(item, "each source must be a mapping with 'publication', 'title', 'date' and 'url'");
                continue;
            }
            file.CheckKeys(source, "publication", "title", "date", "url");
            var url = file.RequiredString(source, "url");
            if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out var parsed) | parsed?.Scheme is not ("https" or "http"))
            {
                file.Error(source, $"source url '{url}' is not an absolute http(s) URL");
            }
            sources.Add(new Source(file.RequiredString(source, "publication"), file.String(source, "title") ?? "", file.RequiredString(source, "date"), url));
        }
        return sources.ToImmutable();
    }

    /// <summary>Every [n] must name a source; every source should be cited somewhere.</summary>
    public static void CheckCitations(YamlFile file, YamlNode at, ImmutableArray<Source> sources, IEnumerable<string> texts)
    {
        var cited = new HashSet<int>();
        foreach (Match match in texts.SelectMany(t => Citation().Matches(t)))
        {
            if (!int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n < 1 || n > sources.Length)
            {
                file.Error(at, $"citation [{match.Groups[1].Value}] has no source (there are {sources.Length})");
                continue;
            }
            cited.Add(n);
        }
        for (var n = 1; n <= sources.Length; n++)
        {
            if (!cited.Contains(n))
            {
                file.Warning(at, $"source [{n}] ({sources[n - 1].Publication}) is never cited");
            }
        }
    }
}
