namespace Explainer.Engine;

public static class DocumentExtensions
{
    public static bool TryGet<T>(this IDocument document, string key, out T value)
    {
        if (document.Metadata.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default!; // callers must check the result before using the value
        return false;
    }

    /// <summary>Metadata a module relies on; its absence is a bug in the pipeline, so it throws.</summary>
    public static T Get<T>(this IDocument document, string key) =>
        document.TryGet<T>(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Document '{document.Source ?? document.Destination}' has no metadata '{key}' of type {typeof(T).Name}.");
}
