using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;
using Tomlyn;
using Tomlyn.Model;

namespace Explainer.Tests.Site;

/// <summary>netlify.toml, parsed with Tomlyn as Netlify would read it: a typo fails CI, not the deploy.</summary>
public sealed class NetlifyConfigTests
{
    private static string Text => File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));

    private static TomlTable Model => TomlSerializer.Deserialize<TomlTable>(Text, (TomlSerializerOptions?)null)!;

    private static NetlifyRules Rules()
    {
        var diagnostics = new DiagnosticBag();
        var rules = NetlifyRules.Parse("netlify.toml", Text, diagnostics);
        Assert.Empty(diagnostics.ToSortedArray());
        return rules;
    }

    private static string Header(string path, string name) =>
        Rules().HeadersFor(path).Single(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public void The_build_installs_dotnet_when_missing_builds_in_release_and_publishes_output()
    {
        var build = (TomlTable)Model["build"];
        Assert.Equal("output", build["publish"]);
        var command = (string)build["command"];
        Assert.Contains("command -v dotnet", command);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", command);
        Assert.Contains("--channel 10.0", command);
        Assert.Contains("dotnet run --configuration Release -- build", command);
    }

    [Fact]
    public void Every_page_gets_a_strict_policy_and_the_safety_headers()
    {
        var policy = Header("/meta-ai-power-struggle/", "Content-Security-Policy");
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("frame-ancestors 'self'", directives["frame-ancestors"]);
        Assert.Equal("nosniff", Header("/", "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("/", "Referrer-Policy"));
        Assert.Contains("camera=()", Header("/", "Permissions-Policy"));
    }

    [Fact]
    public void The_header_policy_repeats_the_pages_meta_policy()
    {
        var layout = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn"));
        var meta = System.Text.RegularExpressions.Regex.Match(layout, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(meta);
        Assert.Equal(meta + "; frame-ancestors 'self'", Header("/", "Content-Security-Policy"));
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_pages_are_revalidated()
    {
        Assert.Equal("public, max-age=31536000, immutable", Header("/assets/site.0123456789.css", "Cache-Control"));
        Assert.Contains("max-age=0", Header("/meta-ai-power-struggle/", "Cache-Control"));
        Assert.Contains("max-age=0", Header("/index.json", "Cache-Control"));
        Assert.DoesNotContain("immutable", Header("/embed.js", "Cache-Control")); // its address is pasted elsewhere: it never changes name
    }

    [Fact]
    public void Only_embeds_may_be_framed_by_other_sites()
    {
        Assert.Contains("frame-ancestors *", Header("/embed/x/y/", "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self'", Header("/x/y/", "Content-Security-Policy"));
    }

    [Fact]
    public void Anything_else_is_the_sites_404_page()
    {
        var last = Rules().Redirects[^1];
        Assert.Equal("/*", last.From.Text);
        Assert.Equal("/404.html", last.To);
        Assert.Equal(404, last.Status);
    }
}
