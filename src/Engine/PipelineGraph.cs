using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>Pipelines checked and ordered: names unique, dependencies known, no cycles.</summary>
public sealed class PipelineGraph
{
    public ImmutableArray<Pipeline> Ordered { get; }

    /// <summary>For each pipeline, every pipeline it depends on directly or through others.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> Ancestors { get; }

    public PipelineGraph(IEnumerable<Pipeline> pipelines)
    {
        var declared = pipelines.ToImmutableArray();
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in declared)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new ArgumentException($"Two pipelines are named '{pipeline.Name}'.", nameof(pipelines));
            }
        }
        foreach (var pipeline in declared)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                throw new ArgumentException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.", nameof(pipelines));
            }
        }
        Ordered = Sort(declared, byName);
        var ancestors = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var pipeline in Ordered)
        {
            // Ordered puts dependencies first, so their ancestor sets are already complete.
            ancestors[pipeline.Name] = pipeline.Dependencies
                .Aggregate(ImmutableHashSet.Create<string>(StringComparer.Ordinal), (set, d) => set.Add(d).Union(ancestors[d]));
        }
        Ancestors = ancestors.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Depth-first topological sort in declaration order, so the order is stable and readable.</summary>
    private static ImmutableArray<Pipeline> Sort(ImmutableArray<Pipeline> declared, Dictionary<string, Pipeline> byName)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var result = ImmutableArray.CreateBuilder<Pipeline>();

        void Visit(Pipeline pipeline)
        {
            if (done.Contains(pipeline.Name))
            {
                return;
            }
            var index = path.IndexOf(pipeline.Name);
            if (index >= 0)
            {
                var cycle = string.Join(" -> ", path.Skip(index).Append(pipeline.Name));
                throw new ArgumentException($"Pipelines depend on each other in a cycle: {cycle}.");
            }
            path.Add(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                Visit(byName[dependency]);
            }
            path.RemoveAt(path.Count - 1);
            done.Add(pipeline.Name);
            result.Add(pipeline);
        }

        foreach (var pipeline in declared)
        {
            Visit(pipeline);
        }
        return result.ToImmutable();
    }
}
