using System.Text.Json;
using Microsoft.Playwright;

namespace Explainer.Tests.Harness;

/// <summary>One axe-core rule broken on a page, with the CSS selectors of the offending nodes.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join(", ", Targets)} — {HelpUrl}";
}

/// <summary>
/// Runs axe-core (pinned in package.json) inside a Playwright page. The site's CSP allows only
/// 'self' scripts, so the page's context must be created with BypassCSP = true or the injected
/// script is refused.
/// </summary>
public static class Axe
{
    private const string RunScript = """
        async () => (await axe.run(document)).violations.map(v => ({
            id: v.id,
            impact: v.impact ?? "",
            help: v.help,
            helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.join(" "))
        }))
        """;

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, CancellationToken cancellationToken)
    {
        var script = RepoPaths.AxeScript;
        if (!File.Exists(script))
        {
            RequiredTool.Missing($"axe-core not found at {script} (run `npm ci` in {RepoPaths.Root})", "accessibility checks");
        }

        var source = await File.ReadAllTextAsync(script, cancellationToken).ConfigureAwait(false);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = source }).ConfigureAwait(false);
        var result = await page.EvaluateAsync<JsonElement>(RunScript).ConfigureAwait(false);
        return [.. result.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString() ?? "",
            v.GetProperty("impact").GetString() ?? "",
            v.GetProperty("help").GetString() ?? "",
            v.GetProperty("helpUrl").GetString() ?? "",
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString() ?? "")]))];
    }
}
