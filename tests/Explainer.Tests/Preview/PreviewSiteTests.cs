namespace Explainer.Tests.Preview;

/// <summary>Tests against one preview server per test, on a free port, over a fresh editable copy of the site.</summary>
public abstract class PreviewSiteTests : IAsyncLifetime
{
    private PreviewSite? _site;

    protected PreviewSite Site => _site ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _site = await PreviewSite.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
