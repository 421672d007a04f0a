using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Links;

/// <summary>
/// What the link check needs from one page: what is wrong within it, its ids (other pages link to
/// them), and its links that leave it.
/// </summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, ImmutableArray<PageLink> Leaving, ImmutableArray<PageProblem> Problems)
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    /// <summary>
    /// Scans a page (<paramref name="path"/> under the output folder) and checks what stays on it: ids
    /// used twice, links that are no URL, links to its own fragments.
    /// </summary>
    public static PageLinks Read(string path, ReadOnlySpan<char> html, LinkResolutions resolutions)
    {
        var problems = ImmutableArray.CreateBuilder<PageProblem>();
        var (found, tags) = StartTags.Scan(html, pool: resolutions.Strings);
        var ids = new HashSet<string>(found.Count, StringComparer.Ordinal);
        var duplicated = false;
        foreach (var id in found)
        {
            duplicated |= !ids.Add(id.Value);
        }
        if (duplicated)
        {
            foreach (var duplicate in found.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var second = duplicate.ElementAt(1);
                problems.Add(new PageProblem(second.Line, second.Column, $"id '{duplicate.Key}' is used {duplicate.Count()} times on the page"));
            }
        }
        var pageUri = new Uri(SiteRoot, path);
        var self = Uri.UnescapeDataString(pageUri.AbsolutePath.TrimStart('/'));
        var selfFile = SiteUrls.FileOf(self);
        var folder = path[..(path.LastIndexOf('/') + 1)];
        var leaving = ImmutableArray.CreateBuilder<PageLink>();
        var walked = new Dictionary<string, Resolution>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            Resolution resolution;
            if (IsPlainFragment(tag.Value))
            {
                // Half the links of a page are to its own paragraphs, notes and cards: no URL to parse.
                resolution = new Resolution(true, tag.Value, self, selfFile, tag.Value[1..]);
            }
            else if (walked.TryGetValue(tag.Value, out var known))
            {
                resolution = known; // the same link again on this page (a profile named in every section)
            }
            else if (IsSimpleRelative(tag.Value, out var fragmentAt))
            {
                // Most other links are the theme's relative links ("../../profiles/x/", "../#p-3"):
                // resolved by walking the folder, which is what a URL parser would do with them.
                // Kept until the link check, and alike on many pages: one string each (see StringPool).
                var strings = resolutions.Strings;
                var target = strings.Get(Walk(folder, fragmentAt < 0 ? tag.Value : tag.Value[..fragmentAt]));
                resolution = walked[tag.Value] = new Resolution(true, tag.Value, target, strings.Get(SiteUrls.FileOf(target)),
                    fragmentAt < 0 ? "" : strings.Get(tag.Value.AsSpan(fragmentAt + 1)));
            }
            else
            {
                // Absolute URLs (a note's sources) resolve alike from every page: once per build.
                // Anything else (a query, escapes) goes through the URL parser, against the page.
                resolution = tag.Value.Length > 0 && char.IsAsciiLetter(tag.Value[0]) && tag.Value.Contains("://", StringComparison.Ordinal)
                    ? resolutions.Resolve(tag.Value, pageUri)
                    : Resolve(pageUri, tag.Value);
            }
            if (!resolution.Valid)
            {
                problems.Add(new PageProblem(tag.Line, tag.Column, $"link '{tag.Value}' is not a valid URL"));
            }
            else if (resolution.Target is null)
            {
                // external: not ours to check offline
            }
            else if (resolution.File == selfFile)
            {
                if (resolution.Fragment.Length > 0 && !ids.Contains(resolution.Fragment))
                {
                    problems.Add(new PageProblem(tag.Line, tag.Column, $"link '{tag.Value}' points to '#{resolution.Fragment}', which '/{selfFile}' does not have"));
                }
            }
            else
            {
                leaving.Add(new PageLink(tag.Line, tag.Column, resolution.Link, resolution.Target, resolution.File!, resolution.Fragment));
            }
        }
        return new PageLinks(ids, leaving.ToImmutable(), problems.ToImmutable());
    }

    internal static Resolution Resolve(Uri pageUri, string link)
    {
        if (!Uri.TryCreate(pageUri, link, out var resolved))
        {
            return new Resolution(false, link, null, null, "");
        }
        if (resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
        {
            return new Resolution(true, link, null, null, ""); // external
        }
        var target = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
        return new Resolution(true, link, target, SiteUrls.FileOf(target), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')));
    }

    /// <summary>
    /// A relative path of letters, digits, '-', '_', '.', '~' and '/', not starting with '/', maybe with a
    /// plain fragment (see <see cref="IsPlainFragment"/>): nothing in it that a URL parser would
    /// unescape or treat specially, so resolving it is walking its segments.
    /// </summary>
    private static bool IsSimpleRelative(string link, out int fragmentAt)
    {
        fragmentAt = link.IndexOf('#');
        var path = fragmentAt < 0 ? link.AsSpan() : link.AsSpan(0, fragmentAt);
        if (path.IsEmpty || path[0] == '/' || (fragmentAt >= 0 && !IsPlainFragment(link.AsSpan(fragmentAt))))
        {
            return false;
        }
        foreach (var c in path)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A relative path resolved against a folder ("a/b/", or "" for the root), as RFC 3986 merges them.</summary>
    private static string Walk(string folder, string relative)
    {
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            switch (parts[i])
            {
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }
                    if (last)
                    {
                        segments.Add(""); // "../" and ".." both name a folder
                    }
                    break;
                case ".":
                    if (last)
                    {
                        segments.Add("");
                    }
                    break;
                default:
                    segments.Add(parts[i]); // "" only last: a folder ("x/")
                    break;
            }
        }
        return string.Join('/', segments).TrimStart('/'); // as the URL path's, from the root
    }

    /// <summary>"#id" with nothing a URL parser would change: letters, digits, '-', '_', '.', ':'.</summary>
    private static bool IsPlainFragment(ReadOnlySpan<char> link)
    {
        if (link.Length < 2 || link[0] != '#')
        {
            return false;
        }
        foreach (var c in link[1..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }
        return true;
    }
}
