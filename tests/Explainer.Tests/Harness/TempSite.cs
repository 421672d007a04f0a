using Explainer.Tests.Site;

namespace Explainer.Tests.Harness;

/// <summary>A hand-made site in a temp folder, for testing the harness itself without the generator.</summary>
public sealed class TempSite : IDisposable
{
    private readonly SiteBuilds _folders = new();

    public TempSite(params (string Path, string Content)[] files)
    {
        Root = _folders.EmptyFolder("site");
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!); // full is below Root, so it has a parent
            File.WriteAllText(full, content);
        }
    }

    /// <summary>The folder above <see cref="Root"/>, where tests put files that must never be served.</summary>
    public string Parent => _folders.Root;

    public string Root { get; }

    /// <summary>
    /// A minimal valid HTML5 page, so tests vary only what they are about. It declares an empty icon:
    /// without one Chromium asks for /favicon.ico and logs the 404 as a console error.
    /// </summary>
    public static string Page(string title, string body, string head = "") =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<link rel=\"icon\" href=\"data:,\">\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n";

    public void Dispose() => _folders.Dispose();
}
