namespace Explainer.Tests.Harness;

/// <summary>What a static host answers for one URL path: a file, a redirect, or a 404 page.</summary>
public sealed record RoutedFile(int StatusCode, string? FilePath, string? RedirectTo);

/// <summary>Maps URL paths to files under the site root: pure, so it is tested without a socket.</summary>
public static class StaticSiteRouting
{
    public static RoutedFile Resolve(string siteRoot, string encodedUrlPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        var urlPath = Uri.UnescapeDataString(encodedUrlPath);

        // Decoding first means %2e%2e and %2f cannot sneak a "..", and GetFullPath folds any that remain;
        // the prefix check below then refuses everything outside the root.
        var relative = urlPath.TrimStart('/').Replace('/', Path.DirectorySeparatorChar);
        if (urlPath.Contains('\0') || urlPath.Contains('\\'))
        {
            return NotFound(root);
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return NotFound(root);
        }

        if (Directory.Exists(full))
        {
            if (!encodedUrlPath.EndsWith('/'))
            {
                return new RoutedFile(301, null, encodedUrlPath + "/");
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? new RoutedFile(200, full, null) : NotFound(root);
    }

    private static RoutedFile NotFound(string root)
    {
        var page = Path.Combine(root, "404.html");
        return new RoutedFile(404, File.Exists(page) ? page : null, null);
    }
}
