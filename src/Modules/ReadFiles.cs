using System.Collections.Immutable;
using System.Text;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Reads the files under a folder that match a pattern (<c>*.txt</c>, or <c>**/*.sbn</c> for every
/// sub-folder) as UTF-8 text, in ordinal path order. A missing folder yields nothing: inputs are optional.
/// Each document's source is its path relative to the folder, with '/' separators. The documents
/// follow those already in the phase, so several ReadFiles can gather different patterns.
/// </summary>
public sealed class ReadFiles(string root, string pattern) : IModule
{
    public const string FullPathKey = "FullPath";
    public const string BytesKey = "Bytes";

    public async Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            return inputs;
        }
        var recursive = pattern.StartsWith("**/", StringComparison.Ordinal);
        var filePattern = recursive ? pattern[3..] : pattern;
        var paths = Directory
            .EnumerateFiles(root, filePattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();
        var documents = await Task.WhenAll(paths.Select(async p =>
        {
            var bytes = await File.ReadAllBytesAsync(p.Full, cancellationToken);
            var text = new UTF8Encoding(false, false).GetString(bytes);
            return (IDocument)new Document(p.Relative, null, text, [new(FullPathKey, p.Full), new(BytesKey, bytes)]);
        }));
        return [.. inputs, .. documents];
    }
}
