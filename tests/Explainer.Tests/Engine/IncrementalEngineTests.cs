using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>An engine run again re-runs only the phases whose inputs changed.</summary>
public class IncrementalEngineTests
{
    private static ImmutableArray<string> Ran(EngineResult result, Phase phase) =>
        [.. result.Timings.Entries.Where(t => t.Phase == phase && !t.Reused).Select(t => t.Pipeline).Order(StringComparer.Ordinal)];

    private static ImmutableArray<string> Reused(EngineResult result, Phase phase) =>
        [.. result.Timings.Entries.Where(t => t.Phase == phase && t.Reused).Select(t => t.Pipeline).Order(StringComparer.Ordinal)];

    /// <summary>Three pipelines: Left and Right read a value each; Both depends on Left; Gather checks everything.</summary>
    private static (Explainer.Engine.Engine Engine, Dictionary<string, string> Values, Dictionary<string, int> Runs) Fixture(bool runsOnce = false)
    {
        var values = new Dictionary<string, string> { ["Left"] = "l", ["Right"] = "r" };
        var runs = new Dictionary<string, int>();
        Transform Read(string name) => new((docs, _) => [new Document(name, null, values[name])]);
        Transform Count(string name) => new((docs, _) =>
        {
            runs[name] = runs.GetValueOrDefault(name) + 1;
            return [.. docs.Select(d => d.Clone(content: d.Content + "!"))];
        });
        var engine = new Explainer.Engine.Engine(
        [
            new Pipeline("Left") { Input = [Read("Left")], Process = [Count("Left")] },
            new Pipeline("Right") { Input = [Read("Right")], Process = [Count("Right")] },
            new Pipeline("Both") { Dependencies = ["Left"], Process = [new Transform((_, ctx) => ctx.OutputsOf("Left")), Count("Both")], PostProcess = [Count("Gather")] },
        ])
        { RunsOnce = runsOnce };
        return (engine, values, runs);
    }

    [Fact]
    public async Task An_engine_that_runs_once_keeps_nothing_so_running_it_again_is_a_clean_build()
    {
        var (engine, _, runs) = Fixture(runsOnce: true);
        await engine.ExecuteAsync(CancellationToken.None);

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Empty(Reused(second, Phase.Process));
        Assert.Empty(Reused(second, Phase.PostProcess));
        Assert.Equal((2, 2, 2, 2), (runs["Left"], runs["Right"], runs["Both"], runs["Gather"]));
        Assert.Equal("l!!!", Assert.Single(second.Outputs["Both"]).Content);
    }

    [Fact]
    public async Task Unchanged_inputs_reuse_every_process_and_postprocess_phase_with_the_same_documents()
    {
        var (engine, _, runs) = Fixture();
        var first = await engine.ExecuteAsync(CancellationToken.None);

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["Both", "Left", "Right"], Reused(second, Phase.Process));
        Assert.Equal(["Both"], Reused(second, Phase.PostProcess));
        Assert.Equal(1, runs["Both"]);
        Assert.Equal(first.Outputs["Both"].Select(d => d.Content), second.Outputs["Both"].Select(d => d.Content));
    }

    [Fact]
    public async Task A_changed_input_reruns_its_pipeline_and_its_dependents_and_reuses_the_rest()
    {
        var (engine, values, runs) = Fixture();
        await engine.ExecuteAsync(CancellationToken.None);
        values["Left"] = "L";

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["Both", "Left"], Ran(second, Phase.Process));
        Assert.Equal(["Right"], Reused(second, Phase.Process));
        Assert.Equal(["Both"], Ran(second, Phase.PostProcess)); // PostProcess sees every pipeline
        Assert.Equal("L!!!", Assert.Single(second.Outputs["Both"]).Content);
        Assert.Equal((2, 1), (runs["Left"], runs["Right"]));
    }

    [Fact]
    public async Task Changing_an_input_back_reruns_it_again()
    {
        var (engine, values, _) = Fixture();
        await engine.ExecuteAsync(CancellationToken.None);
        values["Right"] = "R";
        await engine.ExecuteAsync(CancellationToken.None);
        values["Right"] = "r";

        var third = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["Right"], Ran(third, Phase.Process));
        Assert.Equal("r!", Assert.Single(third.Outputs["Right"]).Content);
    }

    [Fact]
    public async Task A_reused_phase_reports_its_warnings_again()
    {
        var warn = new Transform((docs, ctx) => { ctx.Diagnostics.Add(Diagnostic.Warning("w.txt", 1, 1, "careful")); return docs; });
        var engine = new Explainer.Engine.Engine([new Pipeline("A") { Input = [new Emit("a")], Process = [warn] }]);
        await engine.ExecuteAsync(CancellationToken.None);

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["A"], Reused(second, Phase.Process));
        Assert.Equal("w.txt(1,1): warning: careful", Assert.Single(second.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_phase_that_reported_an_error_runs_again_next_time()
    {
        var runs = 0;
        var fail = new Transform((docs, ctx) => { runs++; ctx.Diagnostics.Add(Diagnostic.Error("f.txt", 1, 1, "bad")); return docs; });
        var engine = new Explainer.Engine.Engine([new Pipeline("A") { Input = [new Emit("a")], Process = [fail] }]);
        await engine.ExecuteAsync(CancellationToken.None);

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.False(second.Succeeded);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Inputs_whose_metadata_cannot_be_compared_always_run()
    {
        var runs = 0;
        var read = new Transform((docs, _) => [new Document("x", null, "x", [new("Live", new object())])]);
        var count = new Transform((docs, _) => { runs++; return docs; });
        var engine = new Explainer.Engine.Engine([new Pipeline("A") { Input = [read], Process = [count] }]);
        await engine.ExecuteAsync(CancellationToken.None);

        await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Output_always_runs()
    {
        var writes = 0;
        var write = new Transform((docs, _) => { writes++; return docs; });
        var engine = new Explainer.Engine.Engine([new Pipeline("A") { Input = [new Emit("a")], Process = [new Emit()], Output = [write] }]);
        await engine.ExecuteAsync(CancellationToken.None);

        await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(2, writes);
    }

    [Fact]
    public async Task A_new_engine_is_a_clean_build()
    {
        var (first, _, _) = Fixture();
        await first.ExecuteAsync(CancellationToken.None);
        var (second, _, runs) = Fixture();

        var result = await second.ExecuteAsync(CancellationToken.None);

        Assert.Empty(Reused(result, Phase.Process));
        Assert.Equal(1, runs["Left"]);
    }
}
