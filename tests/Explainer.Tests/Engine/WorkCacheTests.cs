using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>A module's pieces of work are done again only when a dependency they recorded changed.</summary>
public class WorkCacheTests
{
    /// <summary>
    /// One pipeline whose Input reads a changing value, and whose Process makes a page per entry of
    /// <c>pages</c> from the inputs that page names, through <see cref="IExecutionContext.Work"/>.
    /// </summary>
    private static (Explainer.Engine.Engine Engine, Dictionary<string, string> Inputs, Dictionary<string, string[]> Pages, List<string> Computed) Fixture(bool runsOnce = false)
    {
        var inputs = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var pages = new Dictionary<string, string[]> { ["ab"] = ["a", "b"], ["bc"] = ["b", "c"], ["c"] = ["c"] };
        var computed = new List<string>();
        var engine = new Explainer.Engine.Engine(
        [
            new Pipeline("Site")
            {
                // The inputs change between runs, so the Process phase always runs; only its pieces may be reused.
                Input = [new Transform((_, _) => [.. inputs.Select(i => (IDocument)new Document(i.Key, null, i.Value))])],
                Process = [new Transform((documents, context) =>
                {
                    var byName = documents.ToDictionary(d => d.Source!, d => d.Content, StringComparer.Ordinal); // Input gave each a source
                    return [.. pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(page => context.Work.GetOrCompute(
                        page.Key,
                        key => byName.TryGetValue(key, out var value) ? Fingerprint.OfText(value) : null,
                        recorder =>
                        {
                            lock (computed)
                            {
                                computed.Add(page.Key);
                            }
                            foreach (var name in page.Value)
                            {
                                recorder.Use(name, Fingerprint.OfText(byName[name]));
                            }
                            if (page.Value.Any(name => byName[name] == "bad"))
                            {
                                recorder.Diagnostics.Add(Diagnostic.Error(page.Key, 1, 1, "bad input"));
                            }
                            if (page.Value.Any(name => byName[name] == "odd"))
                            {
                                recorder.Diagnostics.Add(Diagnostic.Warning(page.Key, 1, 1, "odd input"));
                            }
                            return (IDocument)new Document(null, page.Key, string.Concat(page.Value.Select(name => byName[name])));
                        }))];
                })],
            },
        ])
        { RunsOnce = runsOnce };
        return (engine, inputs, pages, computed);
    }

    [Fact]
    public async Task An_engine_that_runs_once_computes_every_piece_and_still_reports_its_diagnostics()
    {
        var (engine, inputs, _, computed) = Fixture(runsOnce: true);
        inputs["c"] = "odd";
        var first = await engine.ExecuteAsync(CancellationToken.None);
        computed.Clear();

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["ab", "bc", "c"], computed.Order(StringComparer.Ordinal));
        Assert.Empty(Reused(second));
        Assert.Equal(2, second.Diagnostics.Count(d => d.Message == "odd input"));
        Assert.Equal(first.Outputs["Site"].Select(d => d.Content), second.Outputs["Site"].Select(d => d.Content));
    }

    private static ImmutableArray<string> Recomputed(EngineResult result) => [.. result.Work.Where(w => !w.Reused).Select(w => w.Id)];

    private static ImmutableArray<string> Reused(EngineResult result) => [.. result.Work.Where(w => w.Reused).Select(w => w.Id)];

    [Fact]
    public async Task A_changed_input_recomputes_only_the_pieces_that_recorded_it()
    {
        var (engine, inputs, _, computed) = Fixture();
        await engine.ExecuteAsync(CancellationToken.None);
        computed.Clear();
        inputs["a"] = "one";

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["ab"], computed);
        Assert.Equal(["ab"], Recomputed(second));
        Assert.Equal(["bc", "c"], Reused(second));
        Assert.Equal(["one2", "23", "3"], second.Outputs["Site"].Select(d => d.Content));
    }

    [Fact]
    public async Task Unchanged_dependencies_reuse_the_last_result_and_its_warnings()
    {
        var (engine, inputs, _, computed) = Fixture();
        inputs["c"] = "odd";
        var first = await engine.ExecuteAsync(CancellationToken.None);
        computed.Clear();
        inputs["d"] = "read by no page";

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Empty(computed);
        Assert.Equal(first.Outputs["Site"].Select(d => d.Content), second.Outputs["Site"].Select(d => d.Content));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(2, second.Diagnostics.Length);
    }

    [Fact]
    public async Task A_piece_that_reported_an_error_is_not_kept()
    {
        var (engine, inputs, _, computed) = Fixture();
        inputs["c"] = "bad";
        var failed = await engine.ExecuteAsync(CancellationToken.None);
        Assert.False(failed.Succeeded);
        computed.Clear();
        inputs["b"] = "two"; // makes the Input differ, so the Process phase runs again

        var second = await engine.ExecuteAsync(CancellationToken.None);

        Assert.False(second.Succeeded);
        Assert.Equal(["ab", "bc", "c"], computed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_piece_the_module_no_longer_asks_for_is_forgotten()
    {
        var (engine, inputs, pages, computed) = Fixture();
        await engine.ExecuteAsync(CancellationToken.None);
        pages.Remove("c");
        inputs["a"] = "changed";
        await engine.ExecuteAsync(CancellationToken.None);
        pages["c"] = ["c"];
        inputs["a"] = "changed again";
        computed.Clear();

        var third = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["ab", "c"], computed.Order(StringComparer.Ordinal));
        Assert.Equal(["ab", "c"], Recomputed(third));
    }

    [Fact]
    public async Task A_new_engine_computes_everything()
    {
        var (engine, _, _, computed) = Fixture();
        var first = await engine.ExecuteAsync(CancellationToken.None);

        Assert.Equal(["ab", "bc", "c"], computed.Order(StringComparer.Ordinal));
        Assert.Empty(Reused(first));
    }
}
