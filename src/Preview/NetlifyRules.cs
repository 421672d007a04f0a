using System.Collections.Immutable;
using Explainer.Engine;
using Tomlyn;
using Tomlyn.Model;

namespace Explainer.Preview;

/// <summary>
/// The <c>[[headers]]</c> and <c>[[redirects]]</c> of <c>netlify.toml</c>, so the preview answers as
/// Netlify will. Headers of every matching rule are sent, in file order, a later rule's value replacing
/// an earlier one of the same name (as Netlify's own local server does); the first matching redirect wins.
/// </summary>
public sealed record NetlifyRules(ImmutableArray<HeaderRule> Headers, ImmutableArray<RedirectRule> Redirects)
{
    public static readonly NetlifyRules None = new([], []);

    /// <summary>A missing file is no rules; a malformed one is reported and ignored.</summary>
    public static NetlifyRules Read(string path, DiagnosticBag diagnostics) =>
        File.Exists(path) ? Parse(path, File.ReadAllText(path), diagnostics) : None;

    public static NetlifyRules Parse(string displayPath, string text, DiagnosticBag diagnostics)
    {
        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize(text, NetlifyToml.Default.TomlTable) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            var message = e.Message.Contains(" : error : ", StringComparison.Ordinal) ? e.Message[(e.Message.IndexOf(" : error : ", StringComparison.Ordinal) + 11)..] : e.Message;
            diagnostics.Add(Diagnostic.Error(displayPath, e.Line ?? 0, e.Column ?? 0, message));
            return None;
        }
        var headers = Tables(model, "headers")
            .Where(t => t.TryGetValue("for", out var f) && f is string)
            .Select(t => new HeaderRule(
                new NetlifyPattern((string)t["for"]),
                [.. (t.TryGetValue("values", out var v) && v is TomlTable values ? values : [])
                    .Select(kv => new KeyValuePair<string, string>(kv.Key, Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))]));
        var redirects = Tables(model, "redirects")
            .Where(t => t.TryGetValue("from", out var f) && f is string && t.TryGetValue("to", out var to) && to is string)
            .Select(t => new RedirectRule(
                new NetlifyPattern((string)t["from"]),
                (string)t["to"],
                t.TryGetValue("status", out var s) && s is long status ? (int)status : 301,
                t.TryGetValue("force", out var f) && f is true));
        return new NetlifyRules([.. headers], [.. redirects]);
    }

    /// <summary>
    /// Every matching rule's headers; a header that two matching rules name takes the later rule's
    /// value, as Netlify does (its headersForPath merges rules with Object.assign), so a specific rule
    /// such as /embed/* can replace the site-wide policy.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> HeadersFor(string path) =>
        Headers.Where(h => h.For.IsMatch(path))
            .SelectMany(h => h.Values)
            .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last());

    /// <summary>The first redirect that matches (forced ones only, or the others), with its target filled in.</summary>
    public (RedirectRule Rule, string Target)? RedirectFor(string path, bool forced)
    {
        foreach (var rule in Redirects.Where(r => r.Force == forced))
        {
            if (rule.From.Rewrite(path, rule.To) is { } target)
            {
                return (rule, target);
            }
        }
        return null;
    }

    /// <summary>
    /// Netlify's <c>_redirects</c> file in the published folder: one rule a line, <c>from to [status][!]</c>,
    /// <c>#</c> comments. Netlify applies these before the rules of netlify.toml.
    /// </summary>
    public static ImmutableArray<RedirectRule> ParseRedirectsFile(string text)
    {
        var rules = ImmutableArray.CreateBuilder<RedirectRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }
            var status = 301;
            var force = false;
            if (parts.Length > 2)
            {
                force = parts[2].EndsWith('!');
                _ = int.TryParse(parts[2].TrimEnd('!'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status);
                status = status == 0 ? 301 : status;
            }
            rules.Add(new RedirectRule(new NetlifyPattern(parts[0]), parts[1], status, force));
        }
        return rules.ToImmutable();
    }

    /// <summary>These rules with a site's <c>_redirects</c> rules ahead of them.</summary>
    public NetlifyRules WithSiteRedirects(ImmutableArray<RedirectRule> site) => this with { Redirects = site.AddRange(Redirects) };

    private static IEnumerable<TomlTable> Tables(TomlTable model, string key) =>
        model.TryGetValue(key, out var value) && value is TomlTableArray array ? array : [];
}
