using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>The engine's one document type; metadata keys are sorted so iteration is deterministic.</summary>
public sealed class Document : IDocument
{
    public static readonly ImmutableSortedDictionary<string, object> NoMetadata =
        ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);

    public Document(string? source, string? destination, string content, IEnumerable<KeyValuePair<string, object>>? metadata = null)
    {
        Source = source;
        Destination = destination;
        Content = content;
        Metadata = NoMetadata.SetItems(metadata ?? []);
    }

    public string? Source { get; }

    public string? Destination { get; }

    public string Content { get; }

    public ImmutableSortedDictionary<string, object> Metadata { get; }

    public IDocument Clone(
        string? destination = null,
        string? content = null,
        IEnumerable<KeyValuePair<string, object>>? metadata = null) =>
        new Document(
            Source,
            destination ?? Destination,
            content ?? Content,
            metadata is null ? Metadata : Metadata.SetItems(metadata));

    public override string ToString() => Source ?? Destination ?? "(document)";
}
