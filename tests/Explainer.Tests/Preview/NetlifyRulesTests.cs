using System.Text.RegularExpressions;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Preview;

public sealed partial class NetlifyRulesTests : IDisposable
{
    private readonly TempSite _site = new(("index.html", "home"), ("404.html", "not found"), ("new/index.html", "new"), ("a.html", "a"));

    public void Dispose() => _site.Dispose();

    private static NetlifyRules Parse(string toml)
    {
        var diagnostics = new DiagnosticBag();
        var rules = NetlifyRules.Parse("netlify.toml", toml, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedArray()));
        return rules;
    }

    [GeneratedRegex("content=\"(?<csp>[^\"]+)\"")]
    private static partial Regex MetaContent();

    private static string MetaPolicy(string layout)
    {
        var line = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "layouts", layout)).Single(l => l.Contains("Content-Security-Policy", StringComparison.Ordinal));
        return MetaContent().Match(line).Groups["csp"].Value;
    }

    private static string PolicyFor(string path) =>
        NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag())
            .HeadersFor(path).Single(h => h.Key == "Content-Security-Policy").Value;

    [Fact]
    public void The_repository_netlify_toml_sends_the_pages_own_policy_plus_frame_ancestors_self()
    {
        Assert.Equal(MetaPolicy("base.sbn") + "; frame-ancestors 'self'", PolicyFor("/any/page/"));
    }

    [Fact]
    public void Embeds_get_their_own_policy_and_may_be_framed_by_any_site()
    {
        Assert.Equal(MetaPolicy("embed.sbn") + "; frame-ancestors *", PolicyFor("/embed/slug/section/"));
    }

    [Fact]
    public void The_repository_netlify_toml_publishes_the_output_folder_with_a_build_command()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var model = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(text, (Tomlyn.TomlSerializerOptions?)null)!; // a valid file yields a table
        var build = (Tomlyn.Model.TomlTable)model["build"];

        Assert.Equal("output", build["publish"]);
        Assert.Contains("dotnet run", (string)build["command"]);
    }

    [Fact]
    public void Headers_of_every_matching_rule_apply_and_a_later_value_replaces_an_earlier_one()
    {
        var rules = Parse("[[headers]]\nfor = \"/*\"\n[headers.values]\nX-A = \"all\"\nX-C = \"all\"\n[[headers]]\nfor = \"/assets/*\"\n[headers.values]\nX-B = \"assets\"\nX-C = \"assets\"\n");

        Assert.Equal(["X-A=all", "X-C=all"], rules.HeadersFor("/page/").Select(h => h.Key + "=" + h.Value));
        Assert.Equal(["X-A=all", "X-C=assets", "X-B=assets"], rules.HeadersFor("/assets/site.css").Select(h => h.Key + "=" + h.Value));
    }

    [Fact]
    public void A_redirect_fills_in_its_splat_and_placeholders()
    {
        var rules = Parse("[[redirects]]\nfrom = \"/old/:year/*\"\nto = \"/new/:year/:splat\"\nstatus = 301\n");
        var router = new SiteRouter(_site.Root, rules);

        var route = router.Resolve("/old/2025/a/b", "?x=1");

        Assert.Equal(new Route(301, Location: "/new/2025/a/b?x=1"), route);
    }

    /// <summary>
    /// Matching takes time linear in the path, so no pattern can make a request fail or wait on a clock.
    /// A backtracking matcher needs about n⁸ steps here; with a time limit it threw, and the preview
    /// answered 500 whenever a busy machine paused a request past the limit.
    /// </summary>
    [Fact]
    public void A_pattern_of_many_splats_matches_a_long_path_without_backtracking()
    {
        var pattern = new NetlifyPattern("/*a*a*a*a*a*a*a*b");
        var path = "/" + new string('a', 1000);

        Assert.False(pattern.IsMatch(path));
        Assert.Null(pattern.Rewrite(path, "/:splat"));
        Assert.True(pattern.IsMatch(path[..9] + "b"));
    }

    [Fact]
    public void An_unforced_rule_applies_only_where_no_file_answers_and_a_forced_one_always()
    {
        var rules = Parse("[[redirects]]\nfrom = \"/a\"\nto = \"/new/\"\nstatus = 302\n[[redirects]]\nfrom = \"/*\"\nto = \"/new/\"\nstatus = 200\n[[redirects]]\nfrom = \"/\"\nto = \"/new/\"\nstatus = 302\nforce = true\n");
        var router = new SiteRouter(_site.Root, rules);

        Assert.Equal(Path.Combine(_site.Root, "a.html"), router.Resolve("/a", "").File);
        Assert.Equal(new Route(200, Path.Combine(_site.Root, "new", "index.html")), router.Resolve("/missing", ""));
        Assert.Equal(new Route(302, Location: "/new/"), router.Resolve("/", ""));
    }

    [Fact]
    public void A_404_rule_serves_its_page_with_status_404_and_rewrites_never_leave_the_site()
    {
        var rules = Parse("[[redirects]]\nfrom = \"/escape/*\"\nto = \"/../:splat\"\nstatus = 200\n[[redirects]]\nfrom = \"/*\"\nto = \"/404.html\"\nstatus = 404\n");
        var router = new SiteRouter(_site.Root, rules);

        Assert.Equal(new Route(404, Path.Combine(_site.Root, "404.html")), router.Resolve("/missing/", ""));
        Assert.Equal(404, router.Resolve("/escape/secret.txt", "").Status);
    }

    [Fact]
    public void A_malformed_file_is_reported_with_its_line_and_ignored()
    {
        var diagnostics = new DiagnosticBag();

        var rules = NetlifyRules.Parse("netlify.toml", "[[headers]]\nfor = \"/*\n", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(("netlify.toml", 2), (error.File, error.Line));
        Assert.Same(NetlifyRules.None, rules);
    }
}
