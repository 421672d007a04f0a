namespace Explainer.Tests.Harness;

/// <summary>Where the repository's folders and the npm-installed tools are, seen from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Explainer.csproj</c>; tests run from bin/…, several levels below it.</summary>
    public static string Root => LazyRoot.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Pinned in package.json and installed by <c>npm ci</c>, not by the .NET build.</summary>
    public static string VnuJar => Path.Combine(Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string AxeScript => Path.Combine(Root, "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Explainer.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder containing Explainer.csproj above {AppContext.BaseDirectory}; tests must run inside the repository.");
    }
}
