using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>
/// OutputFolder.Delete takes a whole tree, and never what a link inside it points
/// to; the swap leaves the new site in place of the old one and nothing else behind.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly Explainer.Tests.Site.SiteBuilds _folders = new();

    private string Root => _folders.Root;

    public void Dispose() => _folders.Dispose();

    private string Tree(string name, int folders)
    {
        var tree = Path.Combine(Root, name);
        for (var i = 0; i < folders; i++)
        {
            foreach (var part in new[] { "lead", "divide", "data" })
            {
                var folder = Path.Combine(tree, $"article-{i}", part);
                Directory.CreateDirectory(Path.Combine(folder, "deeper"));
                File.WriteAllText(Path.Combine(folder, "index.html"), "page");
                File.WriteAllText(Path.Combine(folder, "deeper", "file.txt"), "text");
            }
            File.WriteAllText(Path.Combine(tree, $"article-{i}", "index.html"), "page");
        }
        File.WriteAllText(Path.Combine(tree, "index.html"), "home");
        return tree;
    }

    [Fact]
    public void Delete_removes_every_folder_and_file_at_every_depth()
    {
        var tree = Tree("site", folders: 40);

        OutputFolder.Delete(tree);

        Assert.False(Directory.Exists(tree));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Root));
    }

    [Fact]
    public void Delete_of_a_missing_folder_does_nothing()
    {
        OutputFolder.Delete(Path.Combine(Root, "missing"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(Root));
    }

    [Fact]
    public void Delete_removes_links_inside_the_tree_and_never_what_they_point_to()
    {
        var outside = Tree("outside", folders: 3);
        var before = Directory.GetFiles(outside, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var tree = Tree("site", folders: 5);
        // A link at each depth: in the root, in an article, in a section.
        Directory.CreateSymbolicLink(Path.Combine(tree, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "article-0", "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "article-1", "lead", "linked"), Path.Combine(outside, "article-0"));

        OutputFolder.Delete(tree);

        Assert.False(Directory.Exists(tree));
        Assert.Equal(before, Directory.GetFiles(outside, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Swap_puts_the_new_site_in_place_of_the_old_and_leaves_neither_staging_nor_previous()
    {
        var output = Tree("output", folders: 6);
        var staging = Path.Combine(Root, "output.staging");
        Directory.CreateDirectory(Path.Combine(staging, "new"));
        File.WriteAllText(Path.Combine(staging, "new", "index.html"), "new");

        var files = OutputFolder.Swap(staging, output, ["new/index.html"]);

        Assert.Equal(["new/index.html"], files);
        Assert.Equal(["new/index.html"], Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')));
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(output + ".previous"));
    }
}
