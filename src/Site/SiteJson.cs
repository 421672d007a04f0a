using System.Text.Encodings.Web;
using System.Text.Json;

namespace Explainer.Site;

/// <summary>How the site writes JSON files: indented, snake_case, CJK left readable.</summary>
public static class SiteJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // the files are JSON, never inlined into HTML
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";
}
