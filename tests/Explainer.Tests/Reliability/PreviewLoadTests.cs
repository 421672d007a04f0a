using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Explainer.Tests.Harness;
using Explainer.Tests.Preview;

namespace Explainer.Tests.Reliability;

/// <summary>
/// Ten thousand requests from a loopback client, eight at a time, a quarter of them trying to leave the
/// site: every one is answered, pages with 200, every escape attempt with 400 or 404 and never the
/// secret beside the output folder, and the server still answers afterwards.
/// </summary>
public sealed class PreviewLoadTests : PreviewSiteTests
{
    private static readonly string[] Escapes =
    [
        "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt",
        "/assets/..%2f..%2fsecret.txt", "//secret.txt", "/..\\secret.txt", "/%00/../secret.txt", "/assets/../../secret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/.%2e/secret.txt", "/x/../../secret.txt", "/%2F..%2Fsecret.txt",
    ];

    [Fact]
    public async Task Ten_thousand_requests_are_all_answered_and_traversal_is_always_refused()
    {
        var index = SiteIndex.Load(Site.Output);
        string[] pages = ["/", "/index.json", "/404.html", .. index.Explainers.SelectMany(e => e.Sections.Select(s => s.Url).Prepend(e.Url))];
        var failures = new ConcurrentQueue<string>();
        var (served, refused) = (0, 0);
        var timer = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, 10_000), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, cancellationToken) =>
        {
            try
            {
                if (i % 4 == 0)
                {
                    var target = Escapes[i / 4 % Escapes.Length];
                    var (status, response) = await Site.RawGetAsync(target);
                    if (status is not (400 or 404) || response.Contains(PreviewSite.Secret, StringComparison.Ordinal))
                    {
                        failures.Enqueue($"{target}: {status}");
                    }
                    Interlocked.Increment(ref refused);
                }
                else
                {
                    var url = pages[i % pages.Length];
                    using var response = await Site.Http.GetAsync(url, cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{url}: {(int)response.StatusCode}");
                    }
                    Interlocked.Increment(ref served);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException or TaskCanceledException)
            {
                failures.Enqueue($"request {i}: {e.GetType().Name}: {e.Message}");
            }
        });
        timer.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine($"10,000 requests in {timer.Elapsed.TotalSeconds:F1} s ({served} pages, {refused} escapes refused)");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)) + "\nThe server's log:\n" + Site.Log);
        Assert.Equal(10_000, served + refused);
        Assert.Contains("<html", await Site.GetTextAsync(index.Explainers[0].Url), StringComparison.Ordinal);
    }
}
