using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Explainer.Engine;

/// <summary>Per-pipeline, per-phase elapsed times (or "reused"), printed as a table after a run.</summary>
public sealed class Timings
{
    private readonly ConcurrentDictionary<(string, Phase), PhaseTiming> _entries = new();

    internal void Record(PhaseTiming timing) => _entries[(timing.Pipeline, timing.Phase)] = timing;

    public ImmutableArray<PhaseTiming> Entries => [.. _entries.Values];

    public TimeSpan Total { get; internal set; }

    /// <summary>The pieces of work modules did or reused (see <see cref="WorkCache"/>), counted under the table.</summary>
    public ImmutableArray<WorkItem> Work { get; internal set; } = [];

    public string ToTable(IEnumerable<string> pipelineOrder)
    {
        var phases = Enum.GetValues<Phase>();
        var names = pipelineOrder.ToList();
        var width = Math.Max("Pipeline".Length, names.DefaultIfEmpty("").Max(n => n.Length));
        var builder = new StringBuilder();
        builder.Append("Pipeline".PadRight(width));
        foreach (var phase in phases)
        {
            builder.Append(" | ").Append(phase.ToString().PadLeft(11));
        }
        builder.Append(" |  Documents").AppendLine();
        builder.Append(new string('-', width)).Append(string.Concat(phases.Select(_ => "-|-" + new string('-', 11)))).AppendLine("-|-----------");
        foreach (var name in names)
        {
            builder.Append(name.PadRight(width));
            var documents = 0;
            foreach (var phase in phases)
            {
                var cell = _entries.TryGetValue((name, phase), out var timing) ? (timing.Reused ? "reused" : Milliseconds(timing.Elapsed)) : "-";
                documents = timing?.Documents ?? documents;
                builder.Append(" | ").Append(cell.PadLeft(11));
            }
            builder.Append(" | ").Append(documents.ToString(CultureInfo.InvariantCulture).PadLeft(10)).AppendLine();
        }
        foreach (var pipeline in Work.GroupBy(w => w.Pipeline, StringComparer.Ordinal).OrderBy(g => names.IndexOf(g.Key)))
        {
            foreach (var phase in pipeline.GroupBy(w => w.Phase).OrderBy(g => g.Key))
            {
                var redone = phase.Count(w => !w.Reused);
                builder.Append(CultureInfo.InvariantCulture, $"{pipeline.Key} {phase.Key}: {redone} of {phase.Count()} work item(s) computed, {phase.Count() - redone} reused").AppendLine();
            }
        }
        builder.Append("Total: ").Append(Milliseconds(Total));
        // What the process allocated and collected so far: what to watch when a build gets slower.
        builder.Append(CultureInfo.InvariantCulture,
            $" ({GC.GetTotalAllocatedBytes() / (1 << 20):N0} MB allocated; collections: {GC.CollectionCount(0)} gen 0, {GC.CollectionCount(1)} gen 1, {GC.CollectionCount(2)} gen 2; {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms paused)");
        return builder.ToString();
    }

    private static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
