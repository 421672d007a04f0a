using Explainer.Engine;
using Explainer.Tests.Site;

namespace Explainer.Tests.Engine;

/// <summary>
/// A clean build asks the file system to spread its folders (FolderPlacement): the output folder and the
/// folders directly in it are tops of directory hierarchies, deeper folders are not, and a file system
/// without the flag builds the same site.
/// </summary>
public sealed class FolderPlacementTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public async Task A_clean_build_marks_its_output_folder_and_the_folders_directly_in_it_and_no_deeper()
    {
        if (!FolderPlacement.TryMarkTop(_builds.EmptyFolder("probe")))
        {
            Assert.Skip($"the file system of {_builds.Root} has no top-of-hierarchy flag (ext4 has): nothing to check");
        }

        var result = await _builds.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var output = _builds.Output;
        var slug = Directory.GetFiles(Path.Combine(output, "embed"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(output, "embed"), f).Split(Path.DirectorySeparatorChar)[0])
            .First();
        string[] marked = [output, Path.Combine(output, "embed"), Path.Combine(output, "oembed"), Path.Combine(output, "profiles"), Path.Combine(output, slug)];
        Assert.All(marked, folder => Assert.True(FolderPlacement.IsMarkedTop(folder), $"{folder} is not marked"));
        var deeper = Directory.GetDirectories(output, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetRelativePath(output, d).Contains(Path.DirectorySeparatorChar))
            .ToList();
        Assert.NotEmpty(deeper);
        Assert.All(deeper, folder => Assert.False(FolderPlacement.IsMarkedTop(folder), $"{folder} is marked"));
    }

    [Fact]
    public void A_path_that_is_no_folder_is_neither_marked_nor_an_error()
    {
        var file = Path.Combine(_builds.Root, "file.txt");
        File.WriteAllText(file, "text");

        Assert.False(FolderPlacement.TryMarkTop(Path.Combine(_builds.Root, "missing")));
        Assert.False(FolderPlacement.IsMarkedTop(Path.Combine(_builds.Root, "missing")));
        Assert.False(FolderPlacement.IsMarkedTop(_builds.Root));
        // A regular file takes the flag on ext4 (it means nothing there); what matters is no exception.
        FolderPlacement.TryMarkTop(file);
    }

    [Fact]
    public async Task Where_the_file_system_has_no_such_flag_the_build_is_the_same()
    {
        const string shm = "/dev/shm";
        if (!Directory.Exists(shm) || FolderPlacement.TryMarkTop(shm))
        {
            Assert.Skip($"{shm} is missing or takes the flag: no file system without it to build on");
        }
        var elsewhere = Directory.CreateDirectory(Path.Combine(shm, "explainer-test-" + Guid.NewGuid().ToString("N")));
        try
        {
            var unmarked = Path.Combine(elsewhere.FullName, "output");
            var first = await _builds.BuildAsync(output: unmarked);
            var second = await _builds.BuildAsync();

            Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
            Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
            Assert.False(FolderPlacement.IsMarkedTop(unmarked));
            Assert.Equal(SiteBuilds.Snapshot(_builds.Output), SiteBuilds.Snapshot(unmarked));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }
}
