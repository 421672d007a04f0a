namespace Explainer.Bench;

/// <summary>
/// Reports when a file under a folder first contains a text: watched with FileSystemWatcher (no
/// polling that would steal a core from the tool being measured), checked once more on each event.
/// </summary>
public sealed class FileArrival : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _path;
    private readonly Lock _gate = new();
    private (string Text, TaskCompletionSource<long> Seen)? _waiting;

    public FileArrival(string folder, string relativePath)
    {
        _path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(folder);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += (_, _) => Check();
        _watcher.Created += (_, _) => Check();
        _watcher.Renamed += (_, _) => Check();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>A task that completes with the Stopwatch timestamp at which the file had the text.</summary>
    public Task<long> WaitForAsync(string text)
    {
        var seen = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting = (text, seen);
        }
        Check();
        return seen.Task;
    }

    private void Check()
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        (string Text, TaskCompletionSource<long> Seen)? waiting;
        lock (_gate)
        {
            waiting = _waiting;
        }
        if (waiting is not { } w)
        {
            return;
        }
        try
        {
            if (File.Exists(_path) && File.ReadAllText(_path).Contains(w.Text, StringComparison.Ordinal))
            {
                w.Seen.TrySetResult(now);
            }
        }
        catch (IOException)
        {
            // Mid-write: the next event checks again.
        }
    }

    public void Dispose() => _watcher.Dispose();
}
