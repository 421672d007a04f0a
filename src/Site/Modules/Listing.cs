using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>The explainers in the order lists show them: newest first, undated last, then by seed file.</summary>
public static class Listing
{
    public static IReadOnlyList<ExplainerModel> Of(IExecutionContext context) =>
        Order(context.OutputsOf(ExplainerPipelines.Seeds).Select(d => d.Get<ExplainerModel>(Keys.Explainer)));

    public static IReadOnlyList<ExplainerModel> Order(IEnumerable<ExplainerModel> explainers) => Order(explainers, e => e);

    public static IReadOnlyList<T> Order<T>(IEnumerable<T> items, Func<T, ExplainerModel> explainer) =>
        [.. items
            .OrderByDescending(i => explainer(i).Date ?? DateOnly.MinValue)
            .ThenBy(i => explainer(i).SeedFile, StringComparer.Ordinal)];
}
