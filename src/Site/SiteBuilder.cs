using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Theme;

namespace Explainer.Site;

/// <summary>
/// Builds one site again and again (the preview's builder). Nothing is written unless the build
/// passed (the engine stops before Output on an error, or on a warning under --strict). Later runs
/// re-do only what a change affects (see <see cref="Engine.Engine"/> and <see cref="WorkCache"/>):
/// the output folder is written in place, only files whose bytes changed are replaced (each by a
/// rename), and files the site no longer has are deleted, so it always equals a clean build.
/// </summary>
public sealed class SiteBuilder : IDisposable
{
    private readonly BuildOptions _options;
    private readonly string _output;
    private readonly string? _staging;
    private readonly Engine.Engine _engine;
    private readonly ConcurrentQueue<string> _written = new();
    private ImmutableHashSet<string>? _published;

    /// <summary>Writes into the output folder in place, changing only the files that differ.</summary>
    public SiteBuilder(BuildOptions options)
        : this(options, staging: null)
    {
    }

    /// <param name="staging">Null to write in place; else a folder to build into and swap in whole (a clean build).</param>
    internal SiteBuilder(BuildOptions options, string? staging)
    {
        Automatic.WarmUp.Start();
        _output = Path.GetFullPath(options.OutputPath);
        _options = options with { OutputPath = _output };
        _staging = staging;
        _engine = new Engine.Engine(ExplainerPipelines.Create(_options, _staging ?? _output, _written.Enqueue, freshFolder: _staging is not null))
        {
            FailOnWarnings = options.Strict,
            RunsOnce = _staging is not null, // a clean build: nothing to keep for a next run
        };
    }

    public BuildOptions Options => _options;

    /// <summary>Runs are consecutive: call again only when the previous run is done.</summary>
    public async Task<BuildResult> RunAsync(CancellationToken cancellationToken)
    {
        if (Refusal(_options) is { } refused)
        {
            return new BuildResult(false, [refused], "", 0);
        }
        using var outputLock = OutputLock.TryAcquire(_output, out var lockProblem);
        if (outputLock is null)
        {
            return Failed(lockProblem!); // TryAcquire gives a reason whenever it gives no lock
        }
        try
        {
            OutputFolder.RecoverSwap(_output);
            if (_staging is not null)
            {
                OutputFolder.Delete(_staging);
                Directory.CreateDirectory(_staging);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot write the build's working folder {ThemeTemplates.DisplayPath(_staging ?? _output)} ({e.Message}); choose an --output in a folder you can write. Nothing was written.");
        }
        _written.Clear();
        // Forgotten until this run succeeds: a run that stops half-way makes the next one sweep the folder.
        var previous = _published;
        _published = null;
        try
        {
            EngineResult result;
            try
            {
                result = await _engine.ExecuteAsync(cancellationToken);
            }
            catch (Exception e) when (_staging is null && e is IOException or UnauthorizedAccessException)
            {
                return Failed($"cannot write the site into the output folder ({e.Message})");
            }
            var table = result.Timings.ToTable(_engine.PipelineOrder);
            if (!result.Succeeded)
            {
                _published = previous; // the engine stopped before Output: nothing was written
                return new BuildResult(false, result.Diagnostics, table, 0) { Work = result.Work };
            }
            var site = result.Outputs.Values
                .SelectMany(documents => documents)
                .Select(d => d.Destination)
                .OfType<string>()
                .ToImmutableHashSet(StringComparer.Ordinal);
            ImmutableArray<string> changed;
            try
            {
                if (_staging is not null)
                {
                    changed = OutputFolder.Swap(_staging, _output, site); // a fresh staging folder holds exactly the site's files
                }
                else
                {
                    var deleted = previous is null ? OutputFolder.DeleteAllBut(_output, site) : OutputFolder.DeleteFiles(_output, previous.Except(site));
                    changed = [.. _written.Concat(deleted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new BuildResult(false, result.Diagnostics.Add(OutputError($"cannot write the site into the output folder ({e.Message})")), table, 0) { Work = result.Work };
            }
            _published = site;
            return new BuildResult(true, result.Diagnostics, table, site.Count)
            {
                RenderReport = () => BuildReport.Render(result),
                ChangedFiles = changed,
                Work = result.Work,
            };
        }
        finally
        {
            if (_staging is not null)
            {
                OutputFolder.Delete(_staging);
            }
        }
    }

    public void Dispose()
    {
        if (_staging is not null)
        {
            OutputFolder.Delete(_staging);
        }
    }

    /// <summary>
    /// Problems that stop a build before it starts: nothing is read and nothing is written. Every build
    /// asks; the preview asks before it starts serving, too.
    /// </summary>
    public static Diagnostic? Refusal(BuildOptions options)
    {
        if (!Directory.Exists(options.SeedsPath))
        {
            return Diagnostic.Error(ThemeTemplates.DisplayPath(options.SeedsPath), 0, 0,
                "the seeds folder does not exist (give another with --seeds). Nothing was written.");
        }
        var output = Path.GetFullPath(options.OutputPath);
        if (File.Exists(output))
        {
            return OutputError(output, "the output path is a file, not a folder: choose another --output. The file was left as it was.");
        }
        return null;
    }

    private Diagnostic OutputError(string message) => OutputError(_output, message);

    private static Diagnostic OutputError(string output, string message) => Diagnostic.Error(ThemeTemplates.DisplayPath(output), 0, 0, message);

    private BuildResult Failed(string message) => new(false, [OutputError(message)], "", 0);
}
