using System.Threading.Channels;

namespace Explainer.Preview;

/// <summary>
/// Watches folders (recursively) and signals once things have been quiet for a moment: an editor's
/// save is often several writes (truncate, write, rename), and building between them would show a
/// half-written file. Signals that arrive while the caller is busy are kept as one.
/// </summary>
public sealed class FolderWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public FolderWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, _) => Signal(); // events were lost: rebuilding is the safe answer
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            Watched.Add(folder);
        }
    }

    public List<string> Watched { get; } = [];

    public void Signal() => _changes.Writer.TryWrite(true);

    /// <summary>Waits for a change, then until nothing has changed for <paramref name="quiet"/>.</summary>
    public async Task WaitForChangesAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        await _changes.Reader.ReadAsync(cancellationToken);
        while (await ChangedWithinAsync(quiet, cancellationToken))
        {
            _changes.Reader.TryRead(out _);
        }
    }

    private async Task<bool> ChangedWithinAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(quiet);
        try
        {
            return await _changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
