using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

public class EngineTests
{
    private static Task<EngineResult> RunAsync(params Pipeline[] pipelines) =>
        new Explainer.Engine.Engine(pipelines).ExecuteAsync(CancellationToken.None);

    private static string Contents(ImmutableArray<IDocument> documents) => string.Join(",", documents.Select(d => d.Content));

    [Fact]
    public async Task Each_phase_starts_from_the_previous_phase_of_the_same_pipeline()
    {
        var upper = new Transform((docs, _) => [.. docs.Select(d => d.Clone(content: d.Content.ToUpperInvariant()))]);
        var result = await RunAsync(new Pipeline("A") { Input = [new Emit("a", "b")], Process = [upper], PostProcess = [new Emit("c")] });

        Assert.True(result.Succeeded);
        Assert.Equal("A,B,c", Contents(result.Outputs["A"]));
    }

    [Fact]
    public async Task Process_sees_the_process_output_of_its_dependencies()
    {
        var copy = new Transform((docs, ctx) => ctx.OutputsOf("Source"));
        var result = await RunAsync(
            new Pipeline("Source") { Input = [new Emit("x")], Process = [new Transform((d, _) => [.. d.Select(x => x.Clone(content: x.Content + "!"))])] },
            new Pipeline("Reader") { Dependencies = ["Source"], Process = [copy] });

        Assert.Equal("x!", Contents(result.Outputs["Reader"]));
    }

    [Fact]
    public async Task Process_cannot_see_a_pipeline_it_does_not_depend_on()
    {
        var peek = new Transform((docs, ctx) => ctx.OutputsOf("Other"));
        var run = RunAsync(new Pipeline("Other") { Input = [new Emit("x")] }, new Pipeline("Reader") { Process = [peek] });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Contains("declare it as a dependency", error.Message);
    }

    [Fact]
    public async Task Process_sees_dependencies_of_its_dependencies()
    {
        var peek = new Transform((docs, ctx) => ctx.OutputsOf("First"));
        var result = await RunAsync(
            new Pipeline("First") { Input = [new Emit("1")] },
            new Pipeline("Second") { Dependencies = ["First"] },
            new Pipeline("Third") { Dependencies = ["Second"], Process = [peek] });

        Assert.Equal("1", Contents(result.Outputs["Third"]));
    }

    [Fact]
    public async Task PostProcess_sees_every_pipeline_in_declaration_order()
    {
        var all = new Transform((docs, ctx) => ctx.AllOutputs());
        var result = await RunAsync(
            new Pipeline("A") { Input = [new Emit("a")] },
            new Pipeline("B") { Input = [new Emit("b")] },
            new Pipeline("Gather") { PostProcess = [all] });

        Assert.Equal("a,b", Contents(result.Outputs["Gather"]));
    }

    [Fact]
    public async Task Only_PostProcess_may_ask_for_every_pipeline()
    {
        var all = new Transform((docs, ctx) => ctx.AllOutputs());
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new Pipeline("A") { Process = [all] }));
    }

    [Fact]
    public async Task Output_sees_only_its_own_documents()
    {
        var peek = new Transform((docs, ctx) => ctx.OutputsOf("A"));
        var run = RunAsync(new Pipeline("A") { Input = [new Emit("a")] }, new Pipeline("B") { Dependencies = ["A"], Output = [peek] });

        await Assert.ThrowsAsync<InvalidOperationException>(() => run);
    }

    [Fact]
    public async Task Independent_pipelines_run_concurrently()
    {
        using var both = new CountdownEvent(2);
        var result = await RunAsync(
            new Pipeline("Left") { Process = [new Rendezvous(both)] },
            new Pipeline("Right") { Process = [new Rendezvous(both)] });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_dependent_pipeline_waits_for_its_dependency()
    {
        var order = new List<string>();
        Transform Log(string name) => new((docs, _) => { lock (order) { order.Add(name); } return docs; });
        await RunAsync(
            new Pipeline("Late") { Dependencies = ["Early"], Process = [Log("Late")] },
            new Pipeline("Early") { Process = [Log("Early")] });

        Assert.Equal(["Early", "Late"], order);
    }

    [Fact]
    public void Cycles_are_rejected_naming_the_cycle()
    {
        var error = Assert.Throws<ArgumentException>(() => new Explainer.Engine.Engine(
        [
            new Pipeline("A") { Dependencies = ["B"] },
            new Pipeline("B") { Dependencies = ["C"] },
            new Pipeline("C") { Dependencies = ["A"] },
        ]));

        Assert.Contains("A -> B -> C -> A", error.Message);
    }

    [Fact]
    public void Unknown_dependencies_and_duplicate_names_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Explainer.Engine.Engine([new Pipeline("A") { Dependencies = ["Missing"] }]));
        Assert.Throws<ArgumentException>(() => new Explainer.Engine.Engine([new Pipeline("A"), new Pipeline("A")]));
    }

    [Fact]
    public void Pipelines_are_ordered_dependencies_first()
    {
        var engine = new Explainer.Engine.Engine(
        [
            new Pipeline("Pages") { Dependencies = ["Content", "Theme"] },
            new Pipeline("Content"),
            new Pipeline("Theme"),
        ]);

        Assert.Equal(["Content", "Theme", "Pages"], engine.PipelineOrder);
    }

    [Fact]
    public async Task An_error_in_process_stops_the_run_before_output()
    {
        var outputRan = false;
        var fail = new Transform((docs, ctx) => { ctx.Diagnostics.Add(Diagnostic.Error("f.txt", 3, 4, "bad")); return docs; });
        var write = new Transform((docs, _) => { outputRan = true; return docs; });
        var result = await RunAsync(new Pipeline("A") { Process = [fail], Output = [write] });

        Assert.False(result.Succeeded);
        Assert.False(outputRan);
        Assert.Equal("f.txt(3,4): error: bad", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task Timings_name_each_pipeline_and_phase_that_ran()
    {
        var engine = new Explainer.Engine.Engine([new Pipeline("Reader") { Input = [new Emit("a")], Output = [new Emit()] }]);
        var result = await engine.ExecuteAsync(CancellationToken.None);
        var table = result.Timings.ToTable(engine.PipelineOrder);

        Assert.Contains("Reader", table);
        Assert.Equal([Phase.Input, Phase.Output], result.Timings.Entries.Select(t => t.Phase).Order());
        Assert.Contains("Total:", table);
    }
}
