namespace Explainer.Preview;

/// <summary>
/// Turns a request path into a path inside the site folder, refusing anything that could leave it:
/// dot segments, backslashes, NUL and other control characters, drive letters, empty segments (which
/// would make an absolute path) and links. Pure but for the link check, so it is tested without a socket.
/// </summary>
public static class SitePaths
{
    /// <param name="root">The site folder, full path.</param>
    /// <param name="decodedPath">The request path as the server decoded it (starts with '/').</param>
    public static SitePath Resolve(string root, string decodedPath)
    {
        if (decodedPath.Length == 0 || decodedPath[0] != '/' || decodedPath.Length > 1024)
        {
            return SitePath.Refused(400);
        }
        var segments = decodedPath[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            // An empty segment is only allowed last ("/slug/"): "//x" would root the path elsewhere.
            var empty = segment.Length == 0 && i < segments.Length - 1;
            if (empty || segment is "." or ".." || segment.Any(c => c is '\\' or ':' or '%' || char.IsControl(c)))
            {
                return SitePath.Refused(400);
            }
        }
        var relative = string.Join(Path.DirectorySeparatorChar, segments);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || PassesThroughLink(root, full))
        {
            return SitePath.Refused(404);
        }
        return new SitePath(full, 0);
    }

    /// <summary>A link anywhere below the root could point outside it, so links are never followed.</summary>
    private static bool PassesThroughLink(string root, string full)
    {
        for (var path = full; path.Length > root.Length; path = Path.GetDirectoryName(path) ?? root)
        {
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (entry.Exists && entry.LinkTarget is not null)
            {
                return true;
            }
        }
        return false;
    }
}
