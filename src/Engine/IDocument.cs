using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// A unit of content flowing through a pipeline. Immutable: modules change a document by cloning it.
/// </summary>
public interface IDocument
{
    /// <summary>Where the document came from (a path relative to its input folder), if anywhere.</summary>
    string? Source { get; }

    /// <summary>Where the document goes (a path relative to the output folder), if anywhere.</summary>
    string? Destination { get; }

    string Content { get; }

    ImmutableSortedDictionary<string, object> Metadata { get; }

    /// <summary>A copy with other values; metadata given here is merged over the current metadata.</summary>
    IDocument Clone(
        string? destination = null,
        string? content = null,
        IEnumerable<KeyValuePair<string, object>>? metadata = null);
}
