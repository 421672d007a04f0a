using Explainer.Engine;
using Explainer.Tests.Site;

namespace Explainer.Tests.Engine;

/// <summary>
/// A clean build asks the file system to spread its folders (FolderPlacement): the output folder, and a
/// folder once it holds many folders, are tops of directory hierarchies, others are not, and a file
/// system without the flag builds the same site.
/// </summary>
public sealed class FolderPlacementTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public void A_fresh_folder_marks_its_root_and_each_folder_once_it_holds_many_folders()
    {
        SkipWithoutTheFlag();
        var root = _builds.EmptyFolder("fresh");
        var folder = new Explainer.Modules.WriteFiles.FreshFolder(root);

        for (var i = 0; i < Explainer.Modules.WriteFiles.FreshFolder.TopAfter + 4; i++)
        {
            folder.Create($"hub/item-{i}/index.html", "hub");
        }
        for (var i = 0; i < Explainer.Modules.WriteFiles.FreshFolder.TopAfter - 1; i++)
        {
            folder.Create($"small/item-{i}/deeper/index.html", "small");
        }
        folder.Create("file.txt", "text");

        Assert.True(FolderPlacement.IsMarkedTop(root));
        Assert.True(FolderPlacement.IsMarkedTop(Path.Combine(root, "hub")));
        Assert.False(FolderPlacement.IsMarkedTop(Path.Combine(root, "small")));
        Assert.False(FolderPlacement.IsMarkedTop(Path.Combine(root, "hub", "item-0")));
        Assert.False(FolderPlacement.IsMarkedTop(Path.Combine(root, "small", "item-0")));
        Assert.Equal("hub", File.ReadAllText(Path.Combine(root, "hub", "item-19", "index.html")));
        Assert.Equal("small", File.ReadAllText(Path.Combine(root, "small", "item-14", "deeper", "index.html")));
    }

    [Fact]
    public async Task A_clean_build_leaves_its_output_folder_marked_and_its_profiles_folder_too()
    {
        SkipWithoutTheFlag();

        var result = await _builds.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var profiles = Directory.GetDirectories(Path.Combine(_builds.Output, "profiles"));
        Assert.True(profiles.Length >= Explainer.Modules.WriteFiles.FreshFolder.TopAfter, $"the site has {profiles.Length} profiles");
        Assert.True(FolderPlacement.IsMarkedTop(_builds.Output), "the output folder is not marked");
        Assert.True(FolderPlacement.IsMarkedTop(Path.Combine(_builds.Output, "profiles")), "profiles/ is not marked");
        Assert.False(FolderPlacement.IsMarkedTop(Path.Combine(_builds.Output, "embed")), "embed/ holds one folder and is marked");
        Assert.All(profiles, p => Assert.False(FolderPlacement.IsMarkedTop(p), $"{p} is marked"));
    }

    private void SkipWithoutTheFlag()
    {
        if (!FolderPlacement.TryMarkTop(_builds.EmptyFolder("probe")))
        {
            Assert.Skip($"the file system of {_builds.Root} has no top-of-hierarchy flag (ext4 has): nothing to check");
        }
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
