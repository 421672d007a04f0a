using System.Collections.Immutable;
using System.Diagnostics;
using Explainer.Engine;
using Explainer.Site;

namespace Explainer.Preview;

/// <summary>
/// The site as the preview serves it: built once, then rebuilt (incrementally) whenever the watched
/// folders change. A failed build changes nothing on disk, so the last good site stays served; open
/// pages are told either way through <see cref="BuildEvents"/>.
/// </summary>
public sealed class LiveSite : IAsyncDisposable
{
    private readonly SiteBuilder _builder;
    private readonly FolderWatcher _watcher;
    private readonly TimeSpan _quiet;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private volatile BuildResult? _lastGood;
    private volatile BuildResult? _last;

    public LiveSite(BuildOptions options, TimeSpan quiet, TextWriter log)
    {
        _builder = new SiteBuilder(options);
        _watcher = new FolderWatcher([options.SeedsPath, options.InputPath, options.ThemePath]);
        _quiet = quiet;
        _log = log;
    }

    public BuildEvents Events { get; } = new();

    /// <summary>Whether a build that passed is logged; a failed one always is.</summary>
    public bool LogPassedBuilds { get; init; } = true;

    public string OutputPath => _builder.Options.OutputPath;

    public IReadOnlyList<string> Watched => _watcher.Watched;

    /// <summary>The report of the last build that passed; empty until one has.</summary>
    public string ReportHtml => _lastGood?.ReportHtml ?? "";

    /// <summary>The last build, passed or failed; null before the first.</summary>
    public BuildResult? Last => _last;

    /// <summary>Builds once (a failed first build is reported, not thrown), then starts watching.</summary>
    public async Task<BuildResult> StartAsync(CancellationToken cancellationToken)
    {
        var first = await BuildAsync(cancellationToken);
        _loop = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
        return first;
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _watcher.WaitForChangesAsync(_quiet, cancellationToken);
                await BuildAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (IOException e)
            {
                // A file was moved or locked mid-read; the watcher will see the next write.
                await _log.WriteLineAsync($"preview: build interrupted ({e.Message}); waiting for the next change");
            }
        }
    }

    private async Task<BuildResult> BuildAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await _builder.RunAsync(cancellationToken);
        _last = result;
        if (result.Succeeded)
        {
            _lastGood = result;
            Events.Reload(result.ChangedFiles.Select(UrlOf));
            var pages = result.Work.Where(w => w.Pipeline == ExplainerPipelines.Pages && w.Phase == Phase.Process).ToList();
            if (LogPassedBuilds)
            {
                await _log.WriteLineAsync($"preview: built in {stopwatch.Elapsed.TotalMilliseconds:0} ms, {pages.Count(p => !p.Reused)} of {pages.Count} page(s) rendered, {result.ChangedFiles.Length} file(s) changed");
            }
        }
        else
        {
            Events.Problems([.. result.Diagnostics.Where(d => d.Severity != Severity.Suggestion)], BuildReport.Path);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToImmutableArray();
            await _log.WriteLineAsync($"preview: build failed with {errors.Length} error(s); still serving the last good site");
            foreach (var error in errors)
            {
                await _log.WriteLineAsync("  " + error);
            }
        }
        return result;
    }

    /// <summary>The URL a changed file is served at: folders' index pages by their folder.</summary>
    public static string UrlOf(string file) =>
        "/" + (file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _watcher.Dispose();
        _builder.Dispose();
        _stopping.Dispose();
    }
}
