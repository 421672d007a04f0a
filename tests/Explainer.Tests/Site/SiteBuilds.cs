using Explainer.Site;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>
/// The tests' one temp-site fixture: a throw-away folder for sites, copies of the repository's folders to
/// edit, and builds from them. The other harnesses (TempSite, CatalogueCase, BuiltSite, PreviewSite) keep
/// their folders in one.
/// </summary>
public sealed class SiteBuilds : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("explainer-build-").FullName;

    public string Output => Path.Combine(Root, "output");

    /// <summary>A copy of a repository folder (seeds, input, theme) that a test may edit; copied over what
    /// the folder already holds (same path: the copied file wins).</summary>
    public string Copy(string source, string name)
    {
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!); // below target, so it has a parent
            File.Copy(file, destination, overwrite: true);
        }
        Directory.CreateDirectory(target);
        return target;
    }

    public string EmptyFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public Task<BuildResult> BuildAsync(string? seeds = null, string? input = null, string? theme = null, string? output = null) =>
        SiteBuild.RunAsync(
            new BuildOptions(seeds ?? RepoPaths.Seeds, input ?? RepoPaths.Input, theme ?? RepoPaths.Theme, output ?? Output),
            TestContext.Current.CancellationToken);

    /// <summary>Every file of a folder with its bytes, by relative path, to compare two builds or a before and after.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);

    public void Dispose()
    {
        // A test may have made something unreadable or read-only; give it back before deleting.
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            try
            {
                if (!OperatingSystem.IsWindows() && (File.GetAttributes(entry) & FileAttributes.ReparsePoint) == 0)
                {
                    File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }
            catch (IOException)
            {
            }
        }
        Directory.Delete(Root, recursive: true);
    }
}
