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
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(p.Full, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Unreadable(p.Full, e, context);
                return null;
            }
            var text = new UTF8Encoding(false, false).GetString(bytes);
            return (IDocument)new Document(p.Relative, null, text, [new(FullPathKey, p.Full), new(BytesKey, bytes)]);
        }));
        return [.. inputs, .. documents.OfType<IDocument>()];
    }

    /// <summary>
    /// A file listed but not readable is an error naming it, except one deleted between the listing and
    /// the read (a seed removed while the preview rebuilds): it is simply no longer part of the site.
    /// </summary>
    private static void Unreadable(string path, Exception e, IExecutionContext context)
    {
        var display = Path.GetRelativePath(Environment.CurrentDirectory, path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? relative.Replace('\\', '/')
            : path;
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
        {
            context.Diagnostics.Add(Diagnostic.Error(display, 0, 0, $"cannot read the file: it is a link to '{target}', which does not exist or cannot be read"));
        }
        else if (e is FileNotFoundException or DirectoryNotFoundException && !info.Exists)
        {
            // deleted after it was listed; the watcher that saw the deletion starts another build anyway
        }
        else
        {
            var reason = e is UnauthorizedAccessException ? "permission denied (check the file's owner and mode)" : e.Message;
            context.Diagnostics.Add(Diagnostic.Error(display, 0, 0, $"cannot read the file: {reason}"));
        }
    }
}
