using System.IO.Compression;
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
internal sealed class PreviewRequests(LiveSite site, SiteRouter router, NetlifyRules rules, CancellationToken stopping, bool reload, TextWriter log)
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
            await WriteAsync(context, 500, "text/plain; charset=utf-8", Utf8.GetBytes("The preview could not answer this request; its console says why.\n"));
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        foreach (var (name, headerValue) in rules.HeadersFor(path))
        {
            response.Headers[name] = headerValue;
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
                await WriteAsync(context, 200, "text/javascript; charset=utf-8", Utf8.GetBytes(ClientAssets.Script));
                return;
            case ClientAssets.StylePath:
                await WriteAsync(context, 200, "text/css; charset=utf-8", Utf8.GetBytes(ClientAssets.Style));
                return;
            case BuildReport.Path:
                var report = site.ReportHtml.Length > 0 ? site.ReportHtml : "<!doctype html><title>Build report</title><p>No build has passed yet.</p>";
                await WriteAsync(context, 200, ContentTypes.For(".html"), Utf8.GetBytes(WithScript(report)));
                return;
        }
        if (path + "/" == BuildReport.Path)
        {
            Redirect(response, 301, BuildReport.Path);
            return;
        }
        // The preview's own namespace never falls through to the site, so no site file can shadow it.
        var route = path.StartsWith(OwnPrefix, StringComparison.Ordinal) ? router.NotFound() : router.Resolve(path, request.QueryString.Value ?? "");
        await SendAsync(context, route);
    }

    private async Task SendAsync(HttpContext context, Route route)
    {
        if (route.Location is not null)
        {
            Redirect(context.Response, route.Status, route.Location);
            return;
        }
        if (route.File is null)
        {
            await WriteAsync(context, route.Status, "text/plain; charset=utf-8", Utf8.GetBytes(route.Status == 400 ? "Bad request\n" : "Not found\n"));
            return;
        }
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(route.File, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed by a rebuild between routing and reading.
            await WriteAsync(context, 404, "text/plain; charset=utf-8", Utf8.GetBytes("Not found\n"));
            return;
        }
        var type = ContentTypes.For(route.File);
        if (reload && type.StartsWith("text/html", StringComparison.Ordinal))
        {
            bytes = Utf8.GetBytes(WithScript(Utf8.GetString(bytes)));
        }
        await WriteAsync(context, route.Status, type, bytes);
    }

    /// <summary>The reload script, before &lt;/head&gt;: only the preview adds it, only on the way out.</summary>
    public static string WithScript(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + ClientAssets.ScriptTag : html.Insert(head, ClientAssets.ScriptTag + "\n");
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        if (Compressible(contentType, body.Length))
        {
            // Netlify compresses text; so does the preview, so that what Lighthouse measures here is
            // what readers download there. Caches must keep both forms apart.
            response.Headers.Vary = "Accept-Encoding";
            if (AcceptsGzip(context.Request))
            {
                response.Headers.ContentEncoding = "gzip";
                body = Gzip(body);
            }
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool Compressible(string contentType, int length) =>
        length >= 1024
        && (contentType.StartsWith("text/", StringComparison.Ordinal)
            || contentType.StartsWith("application/json", StringComparison.Ordinal)
            || contentType.StartsWith("image/svg+xml", StringComparison.Ordinal));

    /// <summary>Whether the request lists gzip in Accept-Encoding without refusing it (<c>q=0</c>).</summary>
    private static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            foreach (var coding in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = coding.Split(';', StringSplitOptions.TrimEntries);
                if ((parts[0].Equals("gzip", StringComparison.OrdinalIgnoreCase) || parts[0] == "*")
                    && !parts.Skip(1).Any(p => p.Replace(" ", "") is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(body);
        }
        return compressed.ToArray();
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        var listener = site.Events.Listen();
        if (listener is null)
        {
            response.Headers.RetryAfter = "5";
            await WriteAsync(context, 503, "text/plain; charset=utf-8", Utf8.GetBytes("Too many open previews\n"));
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
