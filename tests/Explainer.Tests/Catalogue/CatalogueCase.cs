using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Catalogue;

/// <summary>
/// One bad or odd input, run in a temp folder: <c>seeds/</c>, <c>input/</c> and <c>theme/</c> (a copy of
/// the repository's theme), each overlaid with the case folder's own files, and an <c>output/</c> that
/// already holds a "previous site" with old timestamps, so a failed build can be seen to leave it alone.
/// </summary>
public sealed class CatalogueCase : IDisposable
{
    public const string PreviousSite = "<!doctype html><title>the previous site</title>";

    private readonly SiteBuilds _folders = new();

    public CatalogueCase(string name)
    {
        Name = name;
        Seeds = _folders.EmptyFolder("seeds");
        Input = _folders.EmptyFolder("input");
        Theme = _folders.Copy(RepoPaths.Theme, "theme");
        Output = _folders.Output;
        WritePreviousSite();
    }

    public string Name { get; }

    public string Root => _folders.Root;

    public string Seeds { get; }

    public string Input { get; }

    public string Theme { get; }

    /// <summary>The folder the build is given; a case may point it somewhere that cannot be written.</summary>
    public string Output { get; set; }

    public bool Strict { get; set; }

    public bool Lenient { get; set; }

    /// <summary>The case folder in the repository (input files and <c>expected.txt</c>).</summary>
    public string Folder => Path.Combine(CatalogueTests.Folder, Name);

    /// <summary>The repository's seeds and editorial layer, for cases that break one thing of the real site.</summary>
    public void UseRepoSite()
    {
        _folders.Copy(RepoPaths.Seeds, "seeds");
        _folders.Copy(RepoPaths.Input, "input");
    }

    public string RepoSeedFile => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();

    public string SeedNotes => Directory.GetDirectories(Input, "notes", SearchOption.AllDirectories).Single();

    public void WriteSeed(string fileName, string text) => File.WriteAllText(Path.Combine(Seeds, fileName), text, new UTF8Encoding(false));

    public void WriteSeed(string fileName, byte[] bytes) => File.WriteAllBytes(Path.Combine(Seeds, fileName), bytes);

    /// <summary>The case folder's seeds/, input/ and theme/ over the temp folders (same path: the case's file wins).</summary>
    public void Overlay()
    {
        foreach (var part in new[] { "seeds", "input", "theme" })
        {
            var source = Path.Combine(Folder, part);
            if (Directory.Exists(source))
            {
                _folders.Copy(source, part);
            }
        }
    }

    public BuildOptions Options => new(Seeds, Input, Theme, Output) { Strict = Strict, Lenient = Lenient };

    public Task<BuildResult> BuildAsync() => SiteBuild.RunAsync(Options, TestContext.Current.CancellationToken);

    /// <summary>
    /// What a newsroom developer would see: the result, then each warning and error as
    /// <c>file(line,col): severity: message</c> with paths relative to the case folder.
    /// </summary>
    public string Describe(BuildResult result)
    {
        var builder = new StringBuilder();
        builder.Append(result.Succeeded ? "build: succeeded\n" : "build: failed, the output folder left as it was\n");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            builder.Append(Normalise(diagnostic.ToString())).Append('\n');
        }
        return builder.ToString();
    }

    public string Normalise(string text) =>
        text.Replace(Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(Root, ".", StringComparison.Ordinal)
            .Replace('\\', '/');

    /// <summary>Every file and folder below the output with its size, bytes and times (for a before and after).</summary>
    public static string Snapshot(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return File.Exists(folder) ? $"file {File.GetLastWriteTimeUtc(folder).Ticks} {Hash(folder)}" : "absent";
        }
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $". {Directory.GetLastWriteTimeUtc(folder).Ticks}\n");
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, entry);
            if (Directory.Exists(entry))
            {
                builder.Append(CultureInfo.InvariantCulture, $"{relative}/ {Directory.GetLastWriteTimeUtc(entry).Ticks}\n");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"{relative} {new FileInfo(entry).Length} {File.GetLastWriteTimeUtc(entry).Ticks} {Hash(entry)}\n");
            }
        }
        return builder.ToString();
    }

    private static string Hash(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private void WritePreviousSite()
    {
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        Directory.CreateDirectory(Path.Combine(Output, "old-story"));
        File.WriteAllText(Path.Combine(Output, "index.html"), PreviousSite);
        File.WriteAllText(Path.Combine(Output, "old-story", "index.html"), PreviousSite);
        File.SetLastWriteTimeUtc(Path.Combine(Output, "index.html"), old);
        File.SetLastWriteTimeUtc(Path.Combine(Output, "old-story", "index.html"), old);
        Directory.SetLastWriteTimeUtc(Path.Combine(Output, "old-story"), old);
        Directory.SetLastWriteTimeUtc(Output, old);
    }

    public void Dispose() => _folders.Dispose();
}
