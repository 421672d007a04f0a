using System.Diagnostics;
using System.Text.RegularExpressions;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Preview;

/// <summary><c>dotnet run -- preview</c> as a user runs it: a process that says where it serves.</summary>
public sealed partial class PreviewCommandTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();

    private static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Explainer.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!; // Start returns null only for shell-executed documents
    }

    [Fact]
    public async Task Preview_passes_lenient_to_the_build_and_serves_the_report_listing_the_left_out_note()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var notes = Directory.GetDirectories(input, "notes", SearchOption.AllDirectories).Single();
        File.WriteAllText(Path.Combine(notes, "lost.md"), "---\nkind: context\nquote: 預覽裡不存在的引文\ntitle: 失落的註解\n---\n內文。\n");
        using var process = Start(_builds.Root, "preview", "--port", "0", "--lenient", "--seeds", RepoPaths.Seeds, "--input", input, "--theme", RepoPaths.Theme, "--output", _builds.Output);
        try
        {
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            {
                address = ServingAt().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            }
            if (address is null)
            {
                Assert.Fail("preview never said where it serves: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            }
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var report = await http.GetStringAsync("/_explainer/report/", TestContext.Current.CancellationToken);

            Assert.Contains("預覽裡不存在的引文", report);
            Assert.Contains("lost.md(3)", report);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_host_that_is_not_an_address_is_an_error()
    {
        using var process = Start(_builds.Root, "preview", "--host", "example.invalid", "--port", "0");

        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("--host", error);
    }

    [Fact]
    public async Task Preview_reads_netlify_toml_in_the_sites_root_and_prints_nothing_at_log_level_error()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        File.WriteAllText(Path.Combine(_builds.Root, "netlify.toml"), "[[headers]]\nfor = \"/*\"\n[headers.values]\nX-Site-Root = \"yes\"\n");
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        // Run from another folder: the site's root is the seeds folder's parent, not the working folder.
        using var process = Start(_builds.EmptyFolder("elsewhere"), "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--log-level", "error", "--seeds", seeds, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", _builds.Output);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            HttpResponseMessage? page = null;
            while (page is null && !process.HasExited)
            {
                try
                {
                    page = await http.GetAsync("/", TestContext.Current.CancellationToken);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200, TestContext.Current.CancellationToken); // still building
                }
            }
            if (page is null)
            {
                // Read standard error only once the process has stopped: a running server never closes it.
                Assert.Fail("preview stopped: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            }

            Assert.Equal("yes", page.Headers.GetValues("X-Site-Root").Single());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal("", (await output).Trim());
    }
}
