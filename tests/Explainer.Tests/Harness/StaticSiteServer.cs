using System.Net;

namespace Explainer.Tests.Harness;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving a built site the way a static host does, so the browser
/// sees real URLs, Content-Types and 404s instead of file:// quirks. For tests only: loopback, GET/HEAD.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private const int PortAttempts = 10;

    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _acceptLoop;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<string, IEnumerable<KeyValuePair<string, string>>> _headersFor;

    private StaticSiteServer(string root, HttpListener listener, string host, int port, Func<string, IEnumerable<KeyValuePair<string, string>>> headersFor)
    {
        _root = root;
        _listener = listener;
        _headersFor = headersFor;
        BaseAddress = new Uri($"http://{host}:{port}/");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>The absolute URL of a root-relative site path such as <c>/slug/</c>.</summary>
    public Uri UrlFor(string rootRelativePath) => new(BaseAddress, rootRelativePath);

    /// <param name="host">The name the browser uses: 127.0.0.1, or localhost for a second origin on the same machine.</param>
    /// <param name="headersFor">Response headers by URL path, as a static host's rules (netlify.toml) give them.</param>
    public static StaticSiteServer Start(
        string siteRoot, string host = "127.0.0.1", Func<string, IEnumerable<KeyValuePair<string, string>>>? headersFor = null)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        // HttpListener cannot bind port 0, so borrow a free port from the OS; another process may grab it
        // between the two binds, hence the retries.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Pick();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://{host}:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(root, listener, host, port, headersFor ?? (_ => []));
            }
            catch (HttpListenerException) when (attempt < PortAttempts)
            {
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Cancelled first: on Linux, HttpListener does not always end an accept that is pending when it
        // is closed, and a test run then waited here for ever (its host idle, every test class done).
        _stopping.Cancel();
        _listener.Close();
        await _acceptLoop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening && !_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            Task<HttpListenerContext>? accept = null;
            try
            {
                accept = _listener.GetContextAsync();
                context = await accept.WaitAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                // Closed by DisposeAsync. An accept left pending may still fault later: its exception is observed.
                _ = accept?.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            var target = StaticSiteRouting.Resolve(_root, request.Url!.AbsolutePath); // Url is never null for a parsed request
            foreach (var (name, value) in _headersFor(request.Url.AbsolutePath))
            {
                response.Headers[name] = value;
            }
            if (target.RedirectTo is not null)
            {
                response.StatusCode = 301;
                response.RedirectLocation = target.RedirectTo + request.Url.Query;
                return;
            }

            response.StatusCode = target.StatusCode;
            if (target.FilePath is null)
            {
                return;
            }

            response.ContentType = Explainer.Preview.ContentTypes.For(target.FilePath);
            var bytes = await File.ReadAllBytesAsync(target.FilePath).ConfigureAwait(false);
            response.ContentLength64 = bytes.Length;
            if (request.HttpMethod == "GET")
            {
                await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (navigation, test teardown): nothing to tell it.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // Same as above: the connection is already gone.
            }
        }
    }
}
