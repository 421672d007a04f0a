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
    public sealed class FreshFolder
    {
        /// <summary>A folder holding this many folders becomes a top of hierarchies (see <see cref="FolderPlacement"/>).</summary>
        public const int TopAfter = 16;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Folder> _folders = new(StringComparer.Ordinal);
        private readonly bool _spread;
        private readonly Func<string, Folder> _make;
        private readonly Folder _root = new();

        public FreshFolder(string root)
        {
            Root = Path.GetFullPath(root);
            _make = Make;
            // The root, and any folder once it holds many folders (embed/ and oembed/ hold one per
            // explainer), are tops of hierarchies: the file system spreads the folders made in them over
            // the disk (see FolderPlacement). Where the root takes no mark, no folder is tried.
            _spread = FolderPlacement.TryMarkTop(Root);
            _root.Children = TopAfter; // marked already
        }

        public string Root { get; }

        /// <summary>Creates the file <paramref name="destination"/> (relative to the root) as UTF-8 without BOM; returns its full path.</summary>
        public string Create(string destination, ReadOnlySpan<char> content)
        {
            var path = PathOf(Root, destination);
            var parent = Path.GetDirectoryName(path)!; // a file path under root always has a directory
            MakeFolder(parent);
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

        /// <summary>
        /// Makes a folder under the root, its parents first, and marks a folder as it gets its
        /// <see cref="TopAfter"/>th folder, before making that one. Added only once made, so no core
        /// writes into a folder another is still making.
        /// </summary>
        private Folder MakeFolder(string folder) => folder.Length == Root.Length ? _root : _folders.GetOrAdd(folder, _make);

        private Folder Make(string folder)
        {
            var parentPath = Path.GetDirectoryName(folder)!; // a folder under the root has a parent
            var parent = MakeFolder(parentPath);
            if (_spread && Interlocked.Increment(ref parent.Children) == TopAfter)
            {
                FolderPlacement.TryMarkTop(parentPath);
            }
            Directory.CreateDirectory(folder);
            return new Folder();
        }

        private sealed class Folder
        {
            public int Children;
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
