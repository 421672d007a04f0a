using Explainer.Preview;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Preview;

public sealed class SitePathsTests : IDisposable
{
    private readonly TempSite _site = new(("index.html", "home"), ("a/index.html", "a"));

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/..")]
    [InlineData("/../secret.txt")]
    [InlineData("/a/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/a//index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/C:/secret.txt")]
    [InlineData("/a\0/index.html")]
    [InlineData("relative")]
    public void Paths_that_could_leave_the_site_are_bad_requests(string path)
    {
        Assert.Equal(400, SitePaths.Resolve(_site.Root, path).RefusedWith);
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/a/", "a/")]
    [InlineData("/a/index.html", "a/index.html")]
    [InlineData("/no/such/file", "no/such/file")]
    public void Paths_inside_the_site_resolve_below_its_folder(string path, string relative)
    {
        var resolved = SitePaths.Resolve(_site.Root, path);

        Assert.Equal(Path.GetFullPath(Path.Combine(_site.Root, relative)), resolved.FullPath);
    }

    [Fact]
    public void A_link_inside_the_site_is_never_followed()
    {
        File.WriteAllText(Path.Combine(_site.Parent, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "leak.txt"), Path.Combine(_site.Parent, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "up"), _site.Parent);

        Assert.Equal(404, SitePaths.Resolve(_site.Root, "/leak.txt").RefusedWith);
        Assert.Equal(404, SitePaths.Resolve(_site.Root, "/up/secret.txt").RefusedWith);
    }
}
