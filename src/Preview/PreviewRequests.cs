using System.Text;
using Explainer.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Explainer.Preview;

/// <summary>
/// Answers one request: the preview's own files under <c>/_explainer/</c> (events, script, overlay
/// style, build report), else the built site through <see cref="SiteRouter"/>, with netlify.toml's
/// headers. HTML pages get the reload script on the way out; files on disk are never changed.
/// </summary>
internal sealed class PreviewRequests(LiveSite site, SiteResponses responses, CancellationToken stopping, bool reload, TextWriter log)
{
    private const string OwnPrefix = "/_explainer/";
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Answers the request. A failure is written to the preview's log with its path and cause, and
    /// answered 500 when nothing has been sent yet; once a body has begun, the connection is dropped
    /// so that no one takes half a page for a whole one.
    /// </summary>
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await AnswerAsync(context);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            await log.WriteLineAsync($"preview: {context.Request.Method} {context.Request.Path}{context.Request.QueryString} failed: {e.GetType().Name}: {e.Message}");
            if (context.Response.HasStarted)
            {
                throw;
            }
            context.Response.Clear();
            await SiteResponses.WriteAsync(context, 500, "text/plain; charset=utf-8", Utf8.GetBytes("The preview could not answer this request; its console says why.\n"));
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (responses.Prepare(context) is not { } path)
        {
            return;
        }
        // Always fresh: a reload after a rebuild must not get yesterday's stylesheet from the cache.
        response.Headers.CacheControl = "no-store";
        switch (path)
        {
            case ClientAssets.EventsPath when HttpMethods.IsHead(request.Method):
                response.ContentType = "text/event-stream; charset=utf-8";
                return;
            case ClientAssets.EventsPath:
                await StreamEventsAsync(context);
                return;
            case ClientAssets.ScriptPath:
                await SiteResponses.WriteAsync(context, 200, "text/javascript; charset=utf-8", Utf8.GetBytes(ClientAssets.Script));
                return;
            case ClientAssets.StylePath:
                await SiteResponses.WriteAsync(context, 200, "text/css; charset=utf-8", Utf8.GetBytes(ClientAssets.Style));
                return;
            case BuildReport.Path:
                var report = site.ReportHtml.Length > 0 ? site.ReportHtml : "<!doctype html><title>Build report</title><p>No build has passed yet.</p>";
                await SiteResponses.WriteAsync(context, 200, ContentTypes.For(".html"), Utf8.GetBytes(WithScript(report)));
                return;
        }
        if (path + "/" == BuildReport.Path)
        {
            SiteResponses.Redirect(response, 301, BuildReport.Path);
            return;
        }
        // The preview's own namespace never falls through to the site, so no site file can shadow it.
        var route = path.StartsWith(OwnPrefix, StringComparison.Ordinal) ? responses.Router.NotFound() : responses.Router.Resolve(path, request.QueryString.Value ?? "");
        await responses.SendAsync(context, route, reload ? WithScript : null);
    }

    /// <summary>The reload script, before &lt;/head&gt;: only the preview adds it, only on the way out.</summary>
    public static string WithScript(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + ClientAssets.ScriptTag : html.Insert(head, ClientAssets.ScriptTag + "\n");
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        var listener = site.Events.Listen();
        if (listener is null)
        {
            response.Headers.RetryAfter = "5";
            await SiteResponses.WriteAsync(context, 503, "text/plain; charset=utf-8", Utf8.GetBytes("Too many open previews\n"));
            return;
        }
        try
        {
            response.ContentType = "text/event-stream; charset=utf-8";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var message = "retry: 1000\n\n";
            while (true)
            {
                await response.WriteAsync(message, done.Token);
                await response.Body.FlushAsync(done.Token);
                message = await NextAsync(listener, done.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            site.Events.Leave(listener);
        }
    }

    /// <summary>The next event, or a comment after a quiet while so that nothing times the stream out.</summary>
    private static async Task<string> NextAsync(System.Threading.Channels.ChannelReader<string> listener, CancellationToken cancellationToken)
    {
        using var beat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        beat.CancelAfter(Heartbeat);
        try
        {
            return await listener.ReadAsync(beat.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ": still here\n\n";
        }
    }
}
