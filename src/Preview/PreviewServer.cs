using Explainer.Engine;
using Explainer.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Explainer.Preview;

/// <summary>
/// <c>dotnet run -- preview</c>: builds, serves the output folder over HTTP (Kestrel, loopback by
/// default) with netlify.toml's headers and redirects, watches the inputs, rebuilds incrementally and
/// tells open pages to reload or to show the build's errors.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, LiveSite site, Uri address, BuildResult firstBuild)
    {
        _app = app;
        Site = site;
        Address = address;
        FirstBuild = firstBuild;
    }

    public LiveSite Site { get; }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    public BuildResult FirstBuild { get; }

    /// <summary>Cancelled when the host is asked to stop (Ctrl+C or SIGTERM, which the host handles).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>netlify.toml problems are reported here (and the file ignored), not thrown.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var rules = options.NetlifyToml is null ? NetlifyRules.None : NetlifyRules.Read(options.NetlifyToml, diagnostics);
        var site = new LiveSite(options.Build, options.Quiet, log) { LogPassedBuilds = options.LogPassedBuilds };
        try
        {
            var first = await site.StartAsync(cancellationToken);
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(options.Address, options.Port);
                // Bounded: a preview serves a handful of pages to one person, never a crowd or a large upload.
                kestrel.Limits.MaxConcurrentConnections = 100;
                kestrel.Limits.MaxRequestBodySize = 0;
                kestrel.Limits.MaxRequestLineSize = 8 * 1024;
                kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
                kestrel.Limits.MaxRequestHeaderCount = 50;
                kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
                kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            });
            SiteResponses.AddCompression(builder.Services);
            var app = builder.Build();
            app.UseResponseCompression();
            var requests = new PreviewRequests(site, new SiteResponses(new SiteRouter(site.OutputPath, rules), rules), app.Lifetime.ApplicationStopping, options.Reload, log);
            app.Run(requests.HandleAsync);
            await app.StartAsync(cancellationToken);
            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new PreviewServer(app, site, new Uri(bound.TrimEnd('/') + "/"), first);
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Stopping ends the event streams first, so shutdown does not wait for open pages.
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Site.DisposeAsync();
    }
}
