using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Explainer.Site;

/// <summary>
/// How the site writes JSON files: indented, snake_case, CJK left readable. Every file's shape is a
/// named type in <see cref="SiteJsonContext"/> (source-generated, so no reflection: Native AOT works).
/// </summary>
public static class SiteJson
{
    /// <summary>The generated metadata with the site's settings (the encoder is not an attribute setting).</summary>
    public static readonly SiteJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // the files are JSON, never inlined into HTML
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    });

    public static string Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";
}
