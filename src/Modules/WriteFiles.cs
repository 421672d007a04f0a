using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>
/// Writes every document that has a destination under the output folder, as UTF-8 without BOM.
/// </summary>
/// <remarks>
/// Run again by the same engine, it writes only the documents whose content changed since it last
/// wrote them, or whose file someone else changed since (its length or time differs); a file that
/// already holds the bytes is left alone, times and all. Each file is written beside its target and
/// renamed into place, so a reader of the folder sees its old bytes or its new ones.
/// </remarks>
/// <param name="written">Told each destination whose file this run created or changed.</param>
/// <param name="freshFolder">
/// The folder is new and empty at the start of every run (a clean build's staging folder, which
/// nobody reads until it is swapped in whole): every file is simply created, with no comparison,
/// no rename and no record for a next run.
/// </param>
public sealed class WriteFiles(string outputRoot, Action<string>? written = null, bool freshFolder = false) : IModule
{
    private const string ContentKey = "content";
    private const string FileKey = "file";
    private static readonly UTF8Encoding Utf8 = new(false);

    public Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(outputRoot);
        if (freshFolder)
        {
            return Task.FromResult(Create(inputs, root, cancellationToken));
        }
        // Synchronous writes on both cores: the files are small, and async file I/O only adds hops.
        Parallel.ForEach(inputs.Where(d => d.Destination is not null), new ParallelOptions { CancellationToken = cancellationToken }, document =>
        {
            var destination = document.Destination!; // filtered to non-null above
            var path = PathOf(root, destination);
            var content = Fingerprint.OfText(document.Content);
            context.Work.GetOrCompute(
                destination,
                key => key switch
                {
                    ContentKey => content,
                    FileKey => Stamp(path),
                    _ => null,
                },
                recorder =>
                {
                    recorder.Use(ContentKey, content);
                    var bytes = Utf8.GetBytes(document.Content);
                    if (!HasBytes(path, bytes))
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a file path under root always has a directory
                        var temporary = path + ".explainer-new";
                        File.WriteAllBytes(temporary, bytes);
                        File.Move(temporary, path, overwrite: true);
                        written?.Invoke(destination);
                    }
                    recorder.Use(FileKey, Stamp(path) ?? "");
                    return destination;
                });
        });
        return Task.FromResult(inputs);
    }

    /// <summary>A clean build's files, created on both cores; each folder is made once.</summary>
    private ImmutableArray<IDocument> Create(ImmutableArray<IDocument> inputs, string root, CancellationToken cancellationToken)
    {
        var folder = new FreshFolder(root);
        Parallel.ForEach(inputs.Where(d => d.Destination is not null), new ParallelOptions { CancellationToken = cancellationToken }, document =>
        {
            var destination = document.Destination!; // filtered to non-null above
            // A page written as soon as it was made (Document.Written) is already there.
            if (document is not Document { WrittenTo: { } file } || file != PathOf(folder.Root, destination))
            {
                folder.Create(destination, document.Content);
            }
            written?.Invoke(destination);
        });
        return inputs;
    }

    /// <summary>
    /// A folder that is new and empty (a clean build's staging folder): files are created in it, never
    /// replaced, and each of its folders is made once. Safe on every core; one per run.
    /// </summary>
    public sealed class FreshFolder(string root)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

        public string Root { get; } = Path.GetFullPath(root);

        /// <summary>Creates the file <paramref name="destination"/> (relative to the root) as UTF-8 without BOM; returns its full path.</summary>
        public string Create(string destination, ReadOnlySpan<char> content)
        {
            var path = PathOf(Root, destination);
            var parent = Path.GetDirectoryName(path)!; // a file path under root always has a directory
            if (parent.Length != Root.Length)
            {
                _folders.GetOrAdd(parent, static folder => Directory.CreateDirectory(folder).Exists);
            }
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            // Encoded into a pooled buffer: a build writes hundreds of megabytes, and a new array for
            // each page was as many megabytes more for the collector.
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
            try
            {
                var length = Utf8.GetBytes(content, buffer);
                RandomAccess.Write(file, buffer.AsSpan(0, length), 0);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
            return path;
        }
    }

    private static string PathOf(string root, string destination)
    {
        var path = Path.GetFullPath(Path.Combine(root, destination));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Destination '{destination}' leaves the output folder.");
        }
        return path;
    }

    /// <summary>Length and time of a file, to notice that it changed without reading it; null when it is missing.</summary>
    private static string? Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists
            ? file.Length.ToString(CultureInfo.InvariantCulture) + ":" + file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static bool HasBytes(string path, byte[] bytes)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
