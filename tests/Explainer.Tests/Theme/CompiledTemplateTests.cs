using Explainer.Engine;
using Explainer.Tests.Harness;
using Explainer.Theme;
using Scriban;
using Scriban.Runtime;

namespace Explainer.Tests.Theme;

/// <summary>
/// Compiled templates render what Scriban renders: each case is rendered both ways (whole sites are
/// compared in <see cref="CompiledSiteDifferentialTests"/>).
/// </summary>
public sealed class CompiledTemplateTests
{
    // Models are built of Explainer's own types (ScriptModel refuses others): this one is built as ScriptModel builds them.
    private static ScriptObject Model() => new()
    {
        ["empty"] = "",
        ["zero"] = 0,
        ["text"] = "a<b>&\"c'",
        ["nothing"] = null,
        ["yes"] = true,
        ["no"] = false,
        ["items"] = new ScriptArray { "x", "y", "z" },
        ["none"] = new ScriptArray(),
        ["people"] = new ScriptArray
        {
            new ScriptObject { ["name"] = "甲", ["tags"] = new ScriptArray { "1", "2" } },
            new ScriptObject { ["name"] = "乙", ["tags"] = new ScriptArray() },
        },
        ["map"] = new ScriptObject { ["site.css"] = "assets/site.1.css" },
        ["kind"] = "note",
    };

    public static TheoryData<string> Cases => new()
    {
        "plain text, no code",
        "{{ text }}|{{ text | html.escape }}|{{ empty | html.escape }}|{{ nothing | html.escape }}|{{ zero }}|{{ yes }}|{{ no }}|{{ nothing }}",
        "{{ if empty }}e{{ end }}{{ if zero }}z{{ end }}{{ if nothing }}n{{ else }}-{{ end }}{{ if no }}1{{ else if yes }}2{{ else }}3{{ end }}",
        "{{ nothing == '' }} {{ nothing != '' }} {{ empty == '' }} {{ zero == 0 }} {{ items.size > 2 }} {{ none.size == 0 }} {{ zero + 'x' }} {{ 'a' < 'b' }} {{ 2 >= 3 }}",
        "{{ !yes }} {{ !nothing }} {{ yes && no }} {{ yes || no }} {{ no || nothing }} {{ (yes && !no) || no }}",
        "{{~ for i in items ~}}[{{ for.index }}{{ if for.first }}F{{ end }}{{ i }}{{ if !for.last }},{{ end }}]{{~ end ~}}",
        "{{ for p in people }}{{ p.name }}:{{ for t in p.tags }}{{ t }}{{ for.index }}{{ end }}{{ for.index }};{{ end }}",
        "{{ for i in none }}x{{ else }}nothing{{ end }}{{ for i in nothing }}x{{ end }}",
        "{{ p = 'outer' }}{{ for p in items }}{{ p }}{{ q = p }}{{ end }}{{ p }}{{ q }}",
        "{{ capture c }}<b>{{ text | html.escape }}</b>{{ end }}{{ c }}{{ c == '' }}{{ if c }}!{{ end }}{{ c | html.escape }}{{ capture d }}{{ end }}{{ d == '' }}{{ c + '.' }}",
        "{{ map[\"site.css\"] }} {{ 'partials/' + kind + '.sbn' }}",
        "{{~ if yes ~}}\n  trimmed  \n{{~ end ~}}\n{{- text -}}\n",
        "{{ # a comment }}x{{~ # another ~}}y",
        // The built-in html named by a loop's variable, then itself again; set to itself in the model.
        "{{ for html in items }}{{ html }}{{ end }}{{ text | html.escape }}",
        "{{ html = html }}{{ text | html.escape }}",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_compiled_template_renders_what_Scriban_renders(string text)
    {
        var template = Template.Parse(text, "case.sbn");
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));
        var compiled = CompiledTemplate.TryCompile(template, out var whyNot);
        Assert.True(compiled is not null, whyNot);

        var render = new CompiledRender(Model(), new ScriptObject(), ThemeTemplates.Builtins, _ => null);
        compiled!.Render(render);

        Assert.Equal(Interpreted(text), render.Output.ToString());
    }

    [Theory]
    [InlineData("{{ for c in text }}{{ c }}{{ end }}")] // a string is a list of characters to Scriban
    [InlineData("{{ zero | html.escape }}")] // converted by Scriban's rules for arguments
    [InlineData("{{ x = 1 + 2 }}{{ x }}")] // sums: Scriban widens them on overflow
    [InlineData("{{ items | array.size }}")] // another function: the template is not compiled
    public void What_compiled_templates_do_not_cover_is_rendered_by_Scriban(string text)
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(Path.GetTempPath(), [new("case.sbn", text)], diagnostics);

        var html = templates.Render("case.sbn", Model(), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(Interpreted(text), html);
    }

    [Fact]
    public void A_page_that_fails_compiled_gets_Scriban_s_error_and_its_assignments_are_undone()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("page.sbn", "{{ seen = 'compiled' }}{{ include 'part.sbn' }}"),
                new("part.sbn", "ok\n{{ unknown_variable }}"),
            ],
            diagnostics);
        var model = Model();

        templates.Render("page.sbn", model, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(("part.sbn", 2, 4), (Path.GetFileName(error.File), error.Line, error.Column));
        Assert.Contains("unknown variable 'unknown_variable'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiled_render_names_every_template_it_includes()
    {
        // The preview renders a page again when a template it used changes: compiled renders report
        // their includes as Scriban's do (the check compares both ways' lists in every test).
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Parse(
            Path.GetTempPath(),
            [
                new("page.sbn", "{{ for i in items }}{{ include 'a.sbn' }}{{ end }}{{ include 'b/' + kind + '.sbn' }}"),
                new("a.sbn", "{{ i }}"),
                new("b/note.sbn", "n"),
                new("unused.sbn", "u"),
            ],
            diagnostics);
        var used = new List<string>();

        Assert.Equal("xyzn", templates.Render("page.sbn", Model(), diagnostics, used.Add));

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(["a.sbn", "b/note.sbn", "page.sbn"], used.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_template_of_the_theme_is_compiled_but_the_profiles_index()
    {
        var theme = RepoPaths.Theme;
        var sources = Directory.EnumerateFiles(theme, "*.sbn", SearchOption.AllDirectories)
            .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(theme, f).Replace('\\', '/'), File.ReadAllText(f)));
        var templates = ThemeTemplates.Parse(theme, sources, new DiagnosticBag());

        // The profiles index loops over a list written in the template ([{ … }, { … }]): one page.
        Assert.True(
            templates.NotCompiled.Keys.SequenceEqual(["pages/profiles.sbn"]),
            string.Join("\n", templates.NotCompiled.Select(t => $"{t.Key}: {t.Value}")));
    }

    private static string Interpreted(string text)
    {
        var context = new TemplateContext(ThemeTemplates.Builtins) { StrictVariables = true, AutoIndent = false };
        context.PushGlobal(new ScriptObject());
        context.PushGlobal(Model());
        return Template.Parse(text, "case.sbn").Render(context);
    }
}
