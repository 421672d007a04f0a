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

    [Fact]
    public void A_page_cannot_change_the_builtin_functions_the_next_page_sees()
    {
        // The built-in functions are made once and shared by every render: a template that adds to
        // them gets an error naming its line, and the next page does not see the addition.
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("tamper.sbn", "ok\n{{ html.extra = 'leaked' }}"),
                new("probe.sbn", "{{ html.extra }}"),
            ],
            diagnostics);

        templates.Render("tamper.sbn", new ScriptObject(), diagnostics);
        var after = new DiagnosticBag();
        var html = templates.Render("probe.sbn", new ScriptObject(), after);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((Severity.Error, 2), (error.Severity, error.Line));
        Assert.DoesNotContain("leaked", html, StringComparison.Ordinal);
        Assert.Contains("unknown field 'extra'", Assert.Single(after.ToSortedArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_rendered_on_many_cores_at_once_each_get_their_own_output()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [new("page.sbn", "{{ for i in 1..50 }}{{ name | string.upcase | html.escape }}{{ end }}")],
            diagnostics);

        var pages = Enumerable.Range(0, 400).AsParallel()
            .Select(i => (i, Html: templates.Render("page.sbn", new ScriptObject { ["name"] = $"p{i}<" }, diagnostics)))
            .ToList();

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.All(pages, page => Assert.Equal(string.Concat(Enumerable.Repeat($"P{page.i}&lt;", 50)), page.Html));
    }

    [Fact]
    public void An_include_renders_in_place_with_its_arguments_and_ret_ends_only_it()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("page.sbn", "{{ v = 'seen' }}A{{ include 'part.sbn' 'x' who: 'named' }}B{{ include 'part.sbn' 'y' }}C{{ capture c }}[{{ include 'part.sbn' 'z' }}]{{ end }}{{ c }}D"),
                new("part.sbn", "<{{ $1 }}{{ if $1 == 'x' }}:{{ $who }}{{ end }}/{{ v }}{{ ret }}never>"),
            ],
            diagnostics);

        var html = templates.Render("page.sbn", new ScriptObject(), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal("A<x:named/seenB<y/seenC[<z/seen]D", html); // "never>" is after the ret
    }

    [Fact]
    public void An_include_used_as_a_value_returns_its_text()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("page.sbn", "{{ x = include 'part.sbn' 'a' }}1{{ include 'part.sbn' 'b' | string.upcase }}2[{{ x }}]"),
                new("part.sbn", "<{{ $1 }}>"),
            ],
            diagnostics);

        var html = templates.Render("page.sbn", new ScriptObject(), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal("1<B>2[<a>]", html);
    }

    [Fact]
    public void An_include_is_not_reindented_and_its_errors_name_its_own_file_and_line()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("page.sbn", "<pre>\n  {{ include 'lines.sbn' }}\n</pre>"),
                new("lines.sbn", "a\nb"),
                new("broken.sbn", "x{{ include 'inner.sbn' }}"),
                new("inner.sbn", "ok\n{{ no_such_variable }}"),
                new("loop.sbn", "{{ include 'loop.sbn' }}"),
            ],
            diagnostics);

        Assert.Equal("<pre>\n  a\nb\n</pre>", templates.Render("page.sbn", new ScriptObject(), diagnostics));
        Assert.Empty(diagnostics.ToSortedArray());

        templates.Render("broken.sbn", new ScriptObject(), diagnostics);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(("inner.sbn", 2), (Path.GetFileName(error.File), error.Line));

        var loop = new DiagnosticBag();
        templates.Render("loop.sbn", new ScriptObject(), loop);
        Assert.Contains("recursive", Assert.Single(loop.ToSortedArray()).Message, StringComparison.OrdinalIgnoreCase);
    }
}
