using Microsoft.Playwright;

namespace Explainer.Tests.Harness;

/// <summary>
/// Records everything a page complains about while it loads and is used: console errors, uncaught
/// exceptions, requests that failed on the network and responses with an HTTP error status.
/// Attach before navigating, so nothing logged during the load is missed.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();

    private PageProblems()
    {
    }

    public static PageProblems Watch(IPage page)
    {
        var problems = new PageProblems();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        return problems;
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_gate)
        {
            return [.. _problems];
        }
    }

    private void Add(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }
}
