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
public sealed class WriteFiles(string outputRoot, Action<string>? written = null) : IModule
{
    private const string ContentKey = "content";
    private const string FileKey = "file";
    private static readonly UTF8Encoding Utf8 = new(false);

    public Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(outputRoot);
        // Synchronous writes on both cores: the files are small, and async file I/O only adds hops.
        Parallel.ForEach(inputs.Where(d => d.Destination is not null), new ParallelOptions { CancellationToken = cancellationToken }, document =>
        {
            var destination = document.Destination!; // filtered to non-null above
            var path = Path.GetFullPath(Path.Combine(root, destination));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Destination '{document.Destination}' leaves the output folder.");
            }
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
