using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site;

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
