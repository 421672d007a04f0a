using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site;

public sealed record BuildOptions(string SeedsPath, string InputPath, string ThemePath, string OutputPath)
{
    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    /// <summary>A note whose quote is missing or ambiguous is a warning (and left out), not an error.</summary>
    public bool Lenient { get; init; }
}

/// <param name="ReportHtml">
/// The build report page (warnings, notes left out under --lenient). Never written to the output: only
/// the preview server shows it, at <see cref="BuildReport.Path"/>.
/// </param>
public sealed record BuildResult(bool Succeeded, ImmutableArray<Diagnostic> Diagnostics, string TimingTable, int FilesWritten)
{
    private Lazy<string> _report = new("");

    /// <summary>Rendered when first asked for: only the preview shows it, and a rebuild should not wait for it.</summary>
    public string ReportHtml
    {
        get => _report.Value;
        init => _report = new Lazy<string>(value);
    }

    internal Func<string> RenderReport
    {
        init => _report = new Lazy<string>(value, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Output files ('/'-separated) this build created, changed or deleted: all of them on a first build.</summary>
    public ImmutableArray<string> ChangedFiles { get; init; } = [];

    /// <summary>Which pieces of work (pages rendered, pages checked) ran again and which were reused.</summary>
    public ImmutableArray<WorkItem> Work { get; init; } = [];
}

/// <summary>One clean build: the command line's <c>build</c>.</summary>
public static class SiteBuild
{
    /// <summary>
    /// Stages beside the output and swaps the whole folder in with two renames, so readers see the old
    /// site or the new one, never half of each.
    /// </summary>
    public static async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        using var builder = new SiteBuilder(options, Path.GetFullPath(options.OutputPath) + ".staging", OutputFolder.Swap);
        return await builder.RunAsync(cancellationToken);
    }
}

/// <summary>
/// Builds one site again and again (the preview's builder): the pipelines run into a staging folder,
/// and only a build that passed reaches the output. Later runs reuse every phase whose inputs did not
/// change (see <see cref="Engine.Engine"/>) and only the files that differ are rewritten, so the
/// output always equals what a clean build would write.
/// </summary>
public sealed class SiteBuilder : IDisposable
{
    private readonly BuildOptions _options;
    private readonly string _output;
    private readonly string _staging;
    private readonly Func<string, string, ImmutableArray<string>> _publish;
    private readonly Engine.Engine _engine;

    /// <summary>Stages in a scratch folder and mirrors the changed files into the output.</summary>
    public SiteBuilder(BuildOptions options)
        : this(options, ScratchFolder(), OutputFolder.Mirror)
    {
    }

    internal SiteBuilder(BuildOptions options, string staging, Func<string, string, ImmutableArray<string>> publish)
    {
        _output = Path.GetFullPath(options.OutputPath);
        _options = options with { OutputPath = _output };
        _staging = staging;
        _publish = publish;
        _engine = new Engine.Engine(ExplainerPipelines.Create(_options, _staging));
    }

    public BuildOptions Options => _options;

    /// <summary>Runs are consecutive: call again only when the previous run is done.</summary>
    public async Task<BuildResult> RunAsync(CancellationToken cancellationToken)
    {
        OutputFolder.Delete(_staging);
        Directory.CreateDirectory(_staging);
        try
        {
            var result = await _engine.ExecuteAsync(cancellationToken);
            var table = result.Timings.ToTable(_engine.PipelineOrder);
            var failed = !result.Succeeded || (_options.Strict && result.Diagnostics.Any(d => d.Severity == Severity.Warning));
            if (failed)
            {
                return new BuildResult(false, result.Diagnostics, table, 0) { Work = result.Work };
            }
            var files = Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).Count();
            var changed = _publish(_staging, _output);
            return new BuildResult(true, result.Diagnostics, table, files)
            {
                RenderReport = () => BuildReport.Render(result),
                ChangedFiles = changed,
                Work = result.Work,
            };
        }
        finally
        {
            OutputFolder.Delete(_staging);
        }
    }

    public void Dispose() => OutputFolder.Delete(_staging);

    /// <summary>
    /// RAM-backed where the system has one (/dev/shm on Linux): every build writes every file to
    /// staging just to compare it, and on a disk that costs more than the build itself.
    /// </summary>
    private static string ScratchFolder()
    {
        var name = "explainer-staging-" + Guid.NewGuid().ToString("N");
        return Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), name);
    }
}
