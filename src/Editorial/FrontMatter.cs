namespace Explainer.Editorial;

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body that follows it.</summary>
public static class FrontMatter
{
    public static (string Yaml, string Body) Split(string text)
    {
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return ("", normalized);
        }
        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < normalized.Length && normalized[end + 4] != '\n')
        {
            end = normalized.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }
        if (end < 0)
        {
            return (normalized[4..], "");
        }
        var bodyStart = Math.Min(normalized.Length, end + 5);
        return (normalized[4..(end + 1)], normalized[bodyStart..]);
    }
}
