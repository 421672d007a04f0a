namespace Explainer.Preview;

/// <summary>
/// Maps request paths to files of the built site the way Netlify does: forced redirects first, then
/// the file (a folder serves its index.html, and <c>/x</c> serves <c>x.html</c>), then the other
/// redirects, then <c>/404.html</c> with status 404. Rewrites (200) and custom 404s are only served
/// from inside the site.
/// </summary>
public sealed class SiteRouter(string root, NetlifyRules tomlRules)
{
    private const string NotFoundPage = "404.html";

    /// <summary>Netlify's own file of redirects, written by the build; read, never served.</summary>
    public const string RedirectsFile = "_redirects";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    private readonly Lock _gate = new();
    private (DateTime Written, long Length, NetlifyRules Rules)? _withSiteRedirects;

    public Route Resolve(string path, string query)
    {
        var inside = SitePaths.Resolve(_root, path);
        if (inside.FullPath is null)
        {
            return new Route(inside.RefusedWith);
        }
        if (path.Equals("/" + RedirectsFile, StringComparison.Ordinal))
        {
            return NotFound();
        }
        var rules = Rules();
        if (rules.RedirectFor(path, forced: true) is { } forced)
        {
            return Apply(forced.Rule, forced.Target, query);
        }
        if (FindFile(path, inside.FullPath, query) is { } found)
        {
            return found;
        }
        return rules.RedirectFor(path, forced: false) is { } rule ? Apply(rule.Rule, rule.Target, query) : NotFound();
    }

    private static Route? FindFile(string path, string full, string query)
    {
        if (File.Exists(full))
        {
            return new Route(200, full);
        }
        if (Directory.Exists(full))
        {
            // Pages link relatively ("../"), so a folder must be asked for with its slash.
            if (!path.EndsWith('/'))
            {
                return new Route(301, Location: path + "/" + query);
            }
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new Route(200, index) : null;
        }
        return !path.EndsWith('/') && File.Exists(full + ".html") ? new Route(200, full + ".html") : null;
    }

    /// <summary>netlify.toml's rules behind the site's _redirects, re-read when a build rewrote the file.</summary>
    private NetlifyRules Rules()
    {
        var file = new FileInfo(Path.Combine(_root, RedirectsFile));
        if (!file.Exists)
        {
            return tomlRules;
        }
        lock (_gate)
        {
            if (_withSiteRedirects is not { } cached || cached.Written != file.LastWriteTimeUtc || cached.Length != file.Length)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file.FullName);
                }
                catch (IOException)
                {
                    return _withSiteRedirects?.Rules ?? tomlRules; // being replaced by a build: the last rules read
                }
                cached = (file.LastWriteTimeUtc, file.Length, tomlRules.WithSiteRedirects(NetlifyRules.ParseRedirectsFile(text)));
                _withSiteRedirects = cached;
            }
            return cached.Rules;
        }
    }

    private Route Apply(RedirectRule rule, string target, string query)
    {
        if (rule.Status is 301 or 302 or 303 or 307 or 308)
        {
            return new Route(rule.Status, Location: target + (target.Contains('?') ? "" : query));
        }
        var inside = target.StartsWith('/') ? SitePaths.Resolve(_root, target.Split('?')[0]) : SitePath.Refused(404);
        var found = inside.FullPath is null ? null : FindFile(target, inside.FullPath, query);
        return found is { Status: 200 } ? found with { Status = rule.Status } : NotFound();
    }

    /// <summary>The site's 404 page with status 404 (or a bare 404 when it has none).</summary>
    public Route NotFound()
    {
        var page = Path.Combine(_root, NotFoundPage);
        return new Route(404, File.Exists(page) ? page : null);
    }
}
