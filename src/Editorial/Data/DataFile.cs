using System.Collections.Immutable;
using System.Globalization;

namespace Explainer.Editorial.Data;

/// <summary>Reads input/&lt;seed name&gt;/data.yml, keeping the position of every quote for later complaints.</summary>
public static class DataFile
{
    public static ExplainerData Read(YamlFile file)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "published", "published_source", "chart", "figures", "compute", "claims", "timeline", "events", "exclude");
        var published = file.Date(map, "published");
        var publishedSource = file.Mapping(map, "published_source") is { } sourceMap
            ? Sources.Read(file, new YamlMappingNode { { "sources", new YamlSequenceNode(sourceMap) } }).FirstOrDefault()
            : null;
        var chart = Placement(file, map, "chart", "source");
        return new ExplainerData(
            [.. file.Items(map, "figures").OfType<YamlMappingNode>().Select(f => Figure(file, f))],
            chart,
            file.Mapping(map, "chart") is { } chartMap ? file.String(chartMap, "source") ?? "" : "",
            [.. file.Items(map, "claims").OfType<YamlMappingNode>().Select(c => Claim(file, c))],
            Placement(file, map, "compute"),
            [.. file.Items(map, "events").OfType<YamlMappingNode>().Select(e => Event(file, e))],
            Placement(file, map, "timeline"),
            published,
            publishedSource,
            file.Path)
        {
            Exclude = [.. file.Items(map, "exclude").Select(node => Excluded(file, node)).OfType<SeedQuote>()],
        };
    }

    /// <summary>An entry of <c>exclude:</c>: the seed's words of an automatic figure or event.</summary>
    private static SeedQuote? Excluded(YamlFile file, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return new SeedQuote(text, "", "", file.Path, file.LineOf(node), (int)node.Start.Column);
        }
        file.Error(node, "each 'exclude' entry is the seed's words of an automatic figure or event, such as 20億美元");
        return null;
    }

    private static Placement? Placement(YamlFile file, YamlMappingNode map, string key, params string[] extraKeys)
    {
        var node = file.Mapping(map, key);
        if (node is null)
        {
            return null;
        }
        file.CheckKeys(node, ["title", "summary", "note", "after", "after_prefix", "after_suffix", .. extraKeys]);
        return new Placement(file.RequiredString(node, "title"), file.String(node, "summary") ?? "", file.String(node, "note") ?? "",
            Quote(file, node, "after"));
    }

    private static Figure Figure(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "id", "label", "label_en", "value", "value_max", "unit", "unit_en", "currency", "kind", "approximate", "group", "note", "quote", "prefix", "suffix");
        var kind = file.String(map, "kind") switch
        {
            "range" => FigureKind.Range,
            "point" or null => FigureKind.Point,
            var other => Fail(other),
        };
        var value = Decimal(file, map, "value") ?? 0;
        var max = kind == FigureKind.Range ? Decimal(file, map, "value_max") ?? value : value;
        return new Figure(
            file.RequiredString(map, "id"),
            file.RequiredString(map, "label"),
            file.String(map, "label_en") ?? "",
            value,
            max,
            file.RequiredString(map, "unit"),
            file.String(map, "unit_en") ?? "",
            file.String(map, "currency") ?? "",
            kind,
            file.Bool(map, "approximate") ?? false,
            file.String(map, "group") ?? "money",
            file.String(map, "note") ?? "",
            Quote(file, map, "quote"));

        FigureKind Fail(string other)
        {
            file.Error(map, $"kind '{other}' is neither 'point' nor 'range'");
            return FigureKind.Point;
        }
    }

    private static Claim Claim(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "who", "wants", "quote", "prefix", "suffix");
        return new Claim(file.RequiredString(map, "who"), file.RequiredString(map, "wants"), Quote(file, map, "quote"));
    }

    private static TimelineEvent Event(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "when", "label", "quote", "prefix", "suffix");
        var quote = Quote(file, map, "quote");
        return new TimelineEvent(file.String(map, "when") ?? quote.Text, file.RequiredString(map, "label"), quote);
    }

    /// <summary>A quote key with its optional prefix and suffix keys (named after it for placements).</summary>
    private static SeedQuote Quote(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.RequiredString(map, key);
        var node = map.Get(key) ?? map;
        var (prefixKey, suffixKey) = key == "quote" ? ("prefix", "suffix") : ($"{key}_prefix", $"{key}_suffix");
        return new SeedQuote(text, file.String(map, prefixKey) ?? "", file.String(map, suffixKey) ?? "", file.Path, file.LineOf(node), (int)node.Start.Column);
    }

    private static decimal? Decimal(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.String(map, key);
        if (text is null)
        {
            file.Error(map, $"'{key}' is required");
            return null;
        }
        if (decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        file.Error(map, $"'{key}' must be a number, not '{text}'");
        return null;
    }
}
