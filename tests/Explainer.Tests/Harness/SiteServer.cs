using System.Net;
using Explainer.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Explainer.Tests.Harness;

/// <summary>
/// A built site (or any folder) on a real socket on 127.0.0.1, served by what <c>preview</c> serves it
/// with (<see cref="SiteResponses"/>: <see cref="SiteRouter"/>, netlify.toml's headers through
/// <see cref="NetlifyRules"/>, compression), without the preview's reload script, watcher or rebuilds.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The absolute URL of a root-relative site path such as <c>/slug/</c>.</summary>
    public Uri UrlFor(string rootRelativePath) => new(BaseAddress, rootRelativePath);

    /// <param name="host">The name the browser uses: 127.0.0.1, or localhost for a second origin on the same machine.</param>
    /// <param name="rules">netlify.toml's headers and redirects; none when null.</param>
    public static SiteServer Start(string siteRoot, string host = "127.0.0.1", NetlifyRules? rules = null)
    {
        rules ??= NetlifyRules.None;
        var responses = new SiteResponses(new SiteRouter(siteRoot, rules), rules);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        SiteResponses.AddCompression(builder.Services);
        var app = builder.Build();
        app.UseResponseCompression();
        app.Run(responses.AnswerAsync);
        app.StartAsync().GetAwaiter().GetResult(); // binding a loopback port: nothing to wait for
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return new SiteServer(app, new UriBuilder(bound) { Host = host }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
