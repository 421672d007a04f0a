using Explainer.Engine;
using Explainer.Preview;

namespace Explainer.Tests.Preview;

public sealed class BuildEventsTests
{
    [Fact]
    public void Listeners_are_bounded()
    {
        var events = new BuildEvents();
        var listeners = Enumerable.Range(0, BuildEvents.MaxListeners).Select(_ => events.Listen()).ToList();

        Assert.All(listeners, Assert.NotNull);
        Assert.Null(events.Listen());
        events.Leave(listeners[0]!); // checked non-null above
        Assert.NotNull(events.Listen());
    }

    [Fact]
    public void A_listener_that_joins_while_the_build_is_broken_hears_it_first_and_a_passing_build_clears_it()
    {
        var events = new BuildEvents();
        events.Problems([Diagnostic.Error("theme/x.sbn", 3, 4, "bad")], "/_explainer/report/");

        var late = events.Listen()!; // one listener: below the bound
        events.Reload(["/"]);
        var later = events.Listen()!;

        Assert.True(late.TryRead(out var first));
        Assert.StartsWith("event: problems\n", first);
        Assert.Contains("theme/x.sbn(3,4): error: bad", first);
        Assert.True(late.TryRead(out var second));
        Assert.StartsWith("event: reload\n", second);
        Assert.False(later.TryRead(out _));
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("slug/index.html", "/slug/")]
    [InlineData("slug/lead.md", "/slug/lead.md")]
    [InlineData("404.html", "/404.html")]
    public void Changed_files_are_named_by_the_url_that_serves_them(string file, string url)
    {
        Assert.Equal(url, LiveSite.UrlOf(file));
    }
}
