namespace Explainer.Site;

/// <summary>
/// One build at a time per output folder: an exclusive lock on <c>&lt;output&gt;.lock</c> beside it (never
/// inside it). The lock is the operating system's (FileShare.None is flock on Unix), so it goes with the
/// process: a build killed with -9 leaves a lock file but no lock, and the next build proceeds.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static string PathFor(string output) => Path.TrimEndingDirectorySeparator(output) + ".lock";

    /// <summary>The lock, or null with the reason when another build holds it or it cannot be made.</summary>
    public static OutputLock? TryAcquire(string output, out string? problem)
    {
        var path = PathFor(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // an output folder's path has a parent
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            problem = null;
            return new OutputLock(stream);
        }
        catch (IOException) when (File.Exists(path))
        {
            problem = "another build is writing to this output folder right now (it holds "
                + Path.GetFileName(path) + "); wait for it to finish or build into another --output. Nothing was written.";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot write beside the output folder to lock it ({e.Message}); choose an --output in a folder you can write. Nothing was written.";
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
