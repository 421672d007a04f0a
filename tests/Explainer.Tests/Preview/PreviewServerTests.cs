using System.Net;
using Explainer.Preview;
using Explainer.Site;
using Microsoft.AspNetCore.Http;

namespace Explainer.Tests.Preview;

/// <summary>The preview server on a real socket, over an editable copy of the site.</summary>
public sealed class PreviewServerTests : PreviewSiteTests
{
    [Fact]
    public async Task A_seed_edit_appears_in_the_served_page_and_a_reload_event_names_the_page()
    {
        await using var events = await EventStream.OpenAsync(Site.Server.Address);

        File.AppendAllText(Site.SeedFile, "\n\n預覽時加上的一段。\n");
        var reload = await events.NextAsync("reload");

        var changed = reload.Data.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(Site.ExplainerUrl, changed);
        Assert.Contains("預覽時加上的一段。", await Site.GetTextAsync(Site.ExplainerUrl));
    }

    [Fact]
    public async Task A_broken_template_keeps_the_last_good_page_served_and_sends_its_errors_until_fixed()
    {
        await using var events = await EventStream.OpenAsync(Site.Server.Address);
        var before = await Site.GetTextAsync(Site.ExplainerUrl);
        var layout = Path.Combine(Site.Theme, "layouts", "base.sbn");
        var good = File.ReadAllText(layout);

        File.WriteAllText(layout, good.Replace("{{ content }}", "{{ content ", StringComparison.Ordinal));
        var problems = await events.NextAsync("problems");

        var error = problems.Data.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.EndsWith("base.sbn", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.Equal(BuildReport.Path, problems.Data.GetProperty("report").GetString());
        Assert.Equal(before, await Site.GetTextAsync(Site.ExplainerUrl));

        // A page opened now learns about the failure at once, not at the next build.
        await using (var late = await EventStream.OpenAsync(Site.Server.Address))
        {
            await late.NextAsync("problems");
        }

        File.WriteAllText(layout, good);
        await events.NextAsync("reload");
        Assert.Equal(before, await Site.GetTextAsync(Site.ExplainerUrl));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%00/../secret.txt")]
    public async Task Paths_that_leave_the_site_are_refused(string target)
    {
        var (status, response) = await Site.RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain(PreviewSite.Secret, response);
    }

    [Fact]
    public async Task An_absolute_path_in_the_request_is_refused()
    {
        var (status, response) = await Site.RawGetAsync($"http://{Site.Server.Address.Authority}/../secret.txt");
        // "//tmp/…/secret.txt": joined naively to the site folder, a rooted path replaces it.
        var (rooted, rootedResponse) = await Site.RawGetAsync("/" + Path.Combine(Path.GetDirectoryName(Site.Output)!, "secret.txt"));

        Assert.True(status is 400 or 404);
        Assert.True(rooted is 400 or 404);
        Assert.DoesNotContain(PreviewSite.Secret, response + rootedResponse);
    }

    [Fact]
    public async Task Pages_get_the_reload_script_from_the_server_and_the_built_files_never_have_it()
    {
        var served = await Site.GetTextAsync(Site.ExplainerUrl);
        var script = await Site.Http.GetAsync("/_explainer/reload.js", TestContext.Current.CancellationToken);

        Assert.Contains("<script src=\"/_explainer/reload.js\" defer></script>", served);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.All(Directory.GetFiles(Site.Output, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain("_explainer", File.ReadAllText(f)));
    }

    [Fact]
    public async Task Without_reload_pages_are_served_byte_for_byte_as_built_and_still_rebuilt()
    {
        await using var site = await PreviewSite.StartAsync(reload: false);
        var file = Path.Combine(site.Output, site.ExplainerUrl.Trim('/'), "index.html");

        Assert.Equal(File.ReadAllText(file), await site.GetTextAsync(site.ExplainerUrl));

        File.AppendAllText(site.SeedFile, "\n\n不重新載入時加上的一段。\n");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await site.GetTextAsync(site.ExplainerUrl)).Contains("不重新載入時加上的一段。", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        var served = await site.GetTextAsync(site.ExplainerUrl);
        Assert.Contains("不重新載入時加上的一段。", served);
        Assert.Equal(File.ReadAllText(file), served);
    }

    [Fact]
    public async Task The_build_report_is_served_at_its_path_and_never_written_to_the_output()
    {
        var report = await Site.Http.GetAsync(BuildReport.Path, TestContext.Current.CancellationToken);
        var withoutSlash = await Site.Http.GetAsync(BuildReport.Path.TrimEnd('/'), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("建置報告", await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(Site.Output, "_explainer")));
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_and_an_extensionless_url_serves_its_html_file()
    {
        var folder = await Site.Http.GetAsync(Site.ExplainerUrl.TrimEnd('/'), TestContext.Current.CancellationToken);
        var extensionless = await Site.Http.GetAsync("/404", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal(Site.ExplainerUrl, folder.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, extensionless.StatusCode);
        Assert.Contains("找不到這一頁", await extensionless.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_path_the_site_does_not_have_gets_the_404_page_with_status_404()
    {
        var missing = await Site.Http.GetAsync("/no/such/page/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("找不到這一頁", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_previews_own_namespace_is_never_served_from_the_site()
    {
        Directory.CreateDirectory(Path.Combine(Site.Output, "_explainer", "x"));
        File.WriteAllText(Path.Combine(Site.Output, "_explainer", "x", "index.html"), "from the site");

        var response = await Site.Http.GetAsync("/_explainer/x/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("from the site", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Responses_carry_the_headers_netlify_toml_declares()
    {
        var page = await Site.Http.GetAsync(Site.ExplainerUrl, TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Text_is_sent_gzipped_to_a_client_that_accepts_gzip_and_plain_to_one_that_does_not()
    {
        using var gzipped = new HttpRequestMessage(HttpMethod.Get, Site.ExplainerUrl);
        gzipped.Headers.AcceptEncoding.ParseAdd("gzip");
        var compressed = await Site.Http.SendAsync(gzipped, TestContext.Current.CancellationToken);
        var plain = await Site.Http.GetAsync(Site.ExplainerUrl, TestContext.Current.CancellationToken);

        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        await using var unzipped = new System.IO.Compression.GZipStream(
            await compressed.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        Assert.Equal(await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_answered()
    {
        var post = await Site.Http.PostAsync(Site.ExplainerUrl, new StringContent(""), TestContext.Current.CancellationToken);
        var head = await Site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Site.ExplainerUrl), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task Oversized_request_headers_are_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Site.ExplainerUrl);
        request.Headers.Add("X-Padding", new string('x', 64 * 1024));

        var response = await Site.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_request_that_fails_is_answered_500_and_its_cause_is_logged_with_its_path()
    {
        var log = new StringWriter();
        var requests = new PreviewRequests(Site.Server.Site, new SiteResponses(new SiteRouter(Site.Output, NetlifyRules.None), NetlifyRules.None), CancellationToken.None, reload: true, log);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = Site.ExplainerUrl;
        var body = new FailingOnceStream();
        context.Response.Body = body;

        await requests.HandleAsync(context);

        Assert.Equal(500, context.Response.StatusCode);
        Assert.StartsWith("text/plain", context.Response.ContentType);
        Assert.Contains("console says why", System.Text.Encoding.UTF8.GetString(body.ToArray()));
        Assert.Contains($"preview: GET {Site.ExplainerUrl} failed: InvalidOperationException: the first write fails", log.ToString());
    }

    /// <summary>A response body whose first write throws, as a fault anywhere in answering would.</summary>
    private sealed class FailingOnceStream : MemoryStream
    {
        private bool _failed;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_failed)
            {
                _failed = true;
                throw new InvalidOperationException("the first write fails");
            }
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
