using Explainer.Engine;
using Explainer.Theme;
using Scriban.Runtime;

namespace Explainer.Tests.Theme;

public sealed class ThemeTemplatesTests
{
    [Fact]
    public void A_page_longer_than_a_mebibyte_is_rendered_whole()
    {
        // A profile page lists every paragraph naming the profile: with a thousand explainers that is
        // megabytes, which Scriban by default would cut at 1 MiB and end with "...".
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [new("page.sbn", "{{ capture content }}{{ for p in paragraphs }}<a href=\"#{{ p }}\">{{ p }}</a>{{ end }}{{ end }}{{ content }}")],
            diagnostics);
        var paragraphs = new ScriptArray();
        for (var i = 0; i < 60_000; i++)
        {
            paragraphs.Add($"p-{i:x8}");
        }

        var html = templates.Render("page.sbn", new ScriptObject { ["paragraphs"] = paragraphs }, diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.True(html.Length > 1_500_000, $"{html.Length} characters");
        Assert.EndsWith("<a href=\"#p-0000ea5f\">p-0000ea5f</a>", html, StringComparison.Ordinal);
    }
}
