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

    public Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            return Task.FromResult(inputs);
        }
        var recursive = pattern.StartsWith("**/", StringComparison.Ordinal);
        var filePattern = recursive ? pattern[3..] : pattern;
        var paths = Directory
            .EnumerateFiles(root, filePattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();
        // Read on every core, synchronously: for thousands of small files (seeds, editorial files), an
        // asynchronous read's task and thread-pool hop cost more than the read itself.
        var documents = new IDocument?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (full, relative) = paths[i];
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Unreadable(full, e, context);
                return;
            }
            documents[i] = new Document(relative, null, Utf8.GetString(bytes), [new(FullPathKey, full), new(BytesKey, bytes)]);
        });
        return Task.FromResult<ImmutableArray<IDocument>>([.. inputs, .. documents.OfType<IDocument>()]);
    }

    /// <summary>UTF-8 without a BOM, invalid bytes replaced (the modules that read a file report where they are).</summary>
    private static readonly UTF8Encoding Utf8 = new(false, false);

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
