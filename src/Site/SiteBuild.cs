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
    public string ReportHtml { get; init; } = "";
}

/// <summary>
/// One build: run the pipelines into a staging folder beside the output, then swap it in. A failed
/// build deletes its staging folder and leaves the previous output exactly as it was.
/// </summary>
public static class SiteBuild
{
    public static async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(options.OutputPath);
        var staging = output + ".staging";
        DeleteFolder(staging);
        Directory.CreateDirectory(staging);
        try
        {
            var engine = new Engine.Engine(ExplainerPipelines.Create(options with { OutputPath = output }, staging));
            var result = await engine.ExecuteAsync(cancellationToken);
            var table = result.Timings.ToTable(engine.PipelineOrder);
            var failed = !result.Succeeded || (options.Strict && result.Diagnostics.Any(d => d.Severity == Severity.Warning));
            if (failed)
            {
                return new BuildResult(false, result.Diagnostics, table, 0);
            }
            var written = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count();
            Swap(staging, output);
            return new BuildResult(true, result.Diagnostics, table, written) { ReportHtml = BuildReport.Render(result) };
        }
        finally
        {
            DeleteFolder(staging);
        }
    }

    /// <summary>Two renames, so readers of the output folder see the old site or the new one, never half of each.</summary>
    private static void Swap(string staging, string output)
    {
        var previous = output + ".previous";
        DeleteFolder(previous);
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }
        Directory.Move(staging, output);
        DeleteFolder(previous);
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
