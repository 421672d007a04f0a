using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Explainer.Tests.Harness;

/// <summary>The tests' server of a built site is the preview's serving: the same answers a static host gives.</summary>
public sealed class SiteServerTests : IAsyncLifetime
{
    private readonly TempSite _site = new(
        ("index.html", TempSite.Page("home", "<p>home</p>")),
        ("404.html", TempSite.Page("not found", "<p>custom 404</p>")),
        ("slug/index.html", TempSite.Page("explainer", "<p>explainer</p>")),
        ("slug/intro.md", "# intro"),
        ("style.css", "body { color: black; }"),
        ("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ("index.json", "{\"explainers\":[]}"),
        ("../secret.txt", "outside the root"));

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private SiteServer? _server;

    private SiteServer Server => _server!; // set in InitializeAsync, which xunit runs before every test

    public ValueTask InitializeAsync()
    {
        _server = SiteServer.Start(_site.Root);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8", "<p>home</p>")]
    [InlineData("/slug/", "text/html; charset=utf-8", "<p>explainer</p>")]
    [InlineData("/slug/intro.md", "text/markdown; charset=utf-8", "# intro")]
    [InlineData("/style.css", "text/css; charset=utf-8", "color: black")]
    [InlineData("/logo.svg", "image/svg+xml", "<svg")]
    [InlineData("/index.json", "application/json; charset=utf-8", "explainers")]
    public async Task Serves_files_with_their_content_type(string path, string contentType, string expectedText)
    {
        using var response = await _http.GetAsync(Server.UrlFor(path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Redirects_a_folder_url_without_its_trailing_slash()
    {
        using var response = await _http.GetAsync(Server.UrlFor("/slug"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/slug/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Answers_a_missing_page_with_the_sites_404_page_and_status_404()
    {
        using var response = await _http.GetAsync(Server.UrlFor("/no/such/page/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("custom 404", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/slug/%2e%2e%2f%2e%2e%2fsecret.txt")]
    public async Task Refuses_paths_that_escape_the_site_root(string rawPath)
    {
        // Raw request line: HttpClient would normalise the dots away before they reached the server.
        var reply = await SendRawAsync(
            $"GET {rawPath} HTTP/1.1\r\nHost: {Server.BaseAddress.Authority}\r\nConnection: close\r\n\r\n");

        Assert.Matches("^HTTP/1.1 40[04] ", reply);
        Assert.DoesNotContain("outside the root", reply);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/a/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    public void Routing_never_maps_an_escaping_path_to_a_file_outside_the_site(string path)
    {
        var routed = new Explainer.Preview.SiteRouter(_site.Root, Explainer.Preview.NetlifyRules.None).Resolve(path, "");

        Assert.NotEqual(200, routed.Status);
        Assert.True(routed.File is null || routed.File == Path.Combine(_site.Root, "404.html"), routed.File);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Server.BaseAddress.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }
}
