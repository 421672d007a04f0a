using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace Explainer.Preview;

/// <summary>
/// Answers requests for the built site as Netlify does: GET and HEAD only, netlify.toml's headers,
/// <see cref="SiteRouter"/>'s file, redirect or 404, the file's Content-Type, text compressed. The
/// preview serves the site through it (<see cref="PreviewRequests"/>), and so do the browser tests.
/// </summary>
public sealed class SiteResponses(SiteRouter router, NetlifyRules rules)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public SiteRouter Router => router;

    /// <summary>
    /// Netlify compresses text; so does every server of the site (the middleware adds Vary:
    /// Accept-Encoding), so that what Lighthouse measures is what readers download. Not the preview's
    /// event stream. Call <see cref="ResponseCompressionBuilderExtensions.UseResponseCompression"/> on the app.
    /// </summary>
    public static void AddCompression(IServiceCollection services)
    {
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ["text/html", "text/css", "text/javascript", "text/plain", "text/markdown", "text/csv", "application/json", "image/svg+xml"];
        });
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = System.IO.Compression.CompressionLevel.Optimal);
    }

    /// <summary>The site alone, with nothing of the preview's: what a static host serves.</summary>
    public async Task AnswerAsync(HttpContext context)
    {
        if (Prepare(context) is { } path)
        {
            await SendAsync(context, router.Resolve(path, context.Request.QueryString.Value ?? ""));
        }
    }

    /// <summary>
    /// Refuses any method but GET and HEAD (405), else sets netlify.toml's headers for the path and
    /// returns it.
    /// </summary>
    public string? Prepare(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return null;
        }
        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        foreach (var (name, headerValue) in rules.HeadersFor(path))
        {
            response.Headers[name] = headerValue;
        }
        return path;
    }

    /// <param name="html">Applied to an HTML page's text on the way out (the preview's reload script); the file is never changed.</param>
    public async Task SendAsync(HttpContext context, Route route, Func<string, string>? html = null)
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
        if (html is not null && type.StartsWith("text/html", StringComparison.Ordinal))
        {
            bytes = Utf8.GetBytes(html(Utf8.GetString(bytes)));
        }
        await WriteAsync(context, route.Status, type, bytes);
    }

    public static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    public static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
