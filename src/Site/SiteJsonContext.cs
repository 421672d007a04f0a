using System.Text.Json.Serialization;

namespace Explainer.Site;

/// <summary>The JSON files' shapes; property names come from the naming policy, in declaration order.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Modules.SiteIndexFile))]
[JsonSerializable(typeof(Modules.OEmbedFile))]
[JsonSerializable(typeof(Modules.FigureDataFile))]
[JsonSerializable(typeof(Modules.JsonFeedFile))]
public sealed partial class SiteJsonContext : JsonSerializerContext;
