using Explainer.Engine;
using Explainer.Theme;

namespace Explainer.Tests.Theme;

/// <summary>A part of the model that many pages share is converted once and cannot be changed by a template.</summary>
public sealed class SharedModelTests
{
    private static Dictionary<string, object?> Page(ScriptModel.Shared shared) => new() { ["explainer"] = shared, ["title"] = "t" };

    [Fact]
    public void Pages_read_one_copy_and_a_template_that_changes_it_fails_without_changing_it()
    {
        var shared = new ScriptModel.Shared(new Dictionary<string, object?> { ["slug"] = "a", ["sections"] = new List<object?> { "x" } });
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("read.sbn", "{{ explainer.slug }}{{ explainer.sections.size }}{{ title }}"),
                new("change.sbn", "{{ explainer.slug = 'changed' }}"),
            ],
            diagnostics);
        var first = ScriptModel.From(Page(shared));
        var second = ScriptModel.From(Page(shared));

        Assert.Same(first["explainer"], second["explainer"]);
        Assert.Equal("a1t", templates.Render("read.sbn", first, diagnostics));
        templates.Render("change.sbn", first, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("a1t", templates.Render("read.sbn", second, new DiagnosticBag()));
    }
}
