using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>The engine's one document type; metadata keys are sorted so iteration is deterministic.</summary>
public sealed class Document : IDocument
{
    public static readonly ImmutableSortedDictionary<string, object> NoMetadata =
        ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);

    private readonly string? _content;

    public Document(string? source, string? destination, string content, IEnumerable<KeyValuePair<string, object>>? metadata = null)
        : this(source, destination, content, null, NoMetadata.SetItems(metadata ?? []))
    {
    }

    private Document(string? source, string? destination, string? content, string? writtenTo, ImmutableSortedDictionary<string, object> metadata)
    {
        Source = source;
        Destination = destination;
        _content = content;
        WrittenTo = writtenTo;
        Metadata = metadata;
    }

    /// <summary>
    /// A document whose content is already in the file <paramref name="file"/> (a full path), written
    /// as UTF-8: a clean build writes a large page as soon as it is final instead of holding every page
    /// of the site until Output. Its <see cref="Content"/> is read from the file when asked for.
    /// </summary>
    public static Document Written(string? source, string? destination, string file, IEnumerable<KeyValuePair<string, object>>? metadata = null) =>
        new(source, destination, null, file, NoMetadata.SetItems(metadata ?? []));

    public string? Source { get; }

    public string? Destination { get; }

    public string Content => _content ?? File.ReadAllText(WrittenTo!); // one of the two is always set

    /// <summary>The file that already holds the content (see <see cref="Written"/>), or null.</summary>
    public string? WrittenTo { get; }

    public ImmutableSortedDictionary<string, object> Metadata { get; }

    public IDocument Clone(
        string? destination = null,
        string? content = null,
        IEnumerable<KeyValuePair<string, object>>? metadata = null) =>
        new Document(
            Source,
            destination ?? Destination,
            content ?? _content,
            content is null ? WrittenTo : null,
            metadata is null ? Metadata : Metadata.SetItems(metadata));

    public override string ToString() => Source ?? Destination ?? "(document)";
}
