using System.Net.Sockets;
using System.Text;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Preview;

/// <summary>
/// A preview server on 127.0.0.1:&lt;free port&gt; over temp copies of seeds/, input/ and theme/ (so tests
/// may edit them), with the repository's netlify.toml. The folder above the output holds a file that
/// must never be served.
/// </summary>
public sealed class PreviewSite : IAsyncDisposable
{
    public const string Secret = "never-serve-this-secret";

    private readonly SiteBuilds _folders;
    private readonly ServerLog _log;

    private PreviewSite(PreviewServer server, SiteBuilds folders, ServerLog log, string seeds, string input, string theme)
    {
        Server = server;
        _folders = folders;
        _log = log;
        Seeds = seeds;
        Input = input;
        Theme = theme;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public PreviewServer Server { get; }

    /// <summary>What the server has logged so far: builds, and any request that failed.</summary>
    public string Log => _log.ToString();

    public HttpClient Http { get; }

    public string Seeds { get; }

    public string Input { get; }

    public string Theme { get; }

    public string Output => Server.Site.OutputPath;

    public string SeedFile => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();

    public static async Task<PreviewSite> StartAsync(bool lenient = false, bool reload = true)
    {
        var folders = new SiteBuilds();
        var seeds = folders.Copy(RepoPaths.Seeds, "seeds");
        var input = folders.Copy(RepoPaths.Input, "input");
        var theme = folders.Copy(RepoPaths.Theme, "theme");
        File.WriteAllText(Path.Combine(folders.Root, "secret.txt"), Secret);
        var options = new PreviewOptions(new BuildOptions(seeds, input, theme, folders.Output) { Lenient = lenient })
        {
            Port = 0,
            NetlifyToml = Path.Combine(RepoPaths.Root, "netlify.toml"),
            Reload = reload,
        };
        var diagnostics = new DiagnosticBag();
        var log = new ServerLog();
        try
        {
            var server = await PreviewServer.StartAsync(options, log.Writer, diagnostics, TestContext.Current.CancellationToken);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedArray()));
            Assert.True(server.FirstBuild.Succeeded, string.Join("\n", server.FirstBuild.Diagnostics));
            return new PreviewSite(server, folders, log, seeds, input, theme);
        }
        catch
        {
            folders.Dispose();
            throw;
        }
    }

    /// <summary>The root-relative URL of the one explainer, from /index.json.</summary>
    public string ExplainerUrl => SiteIndex.Load(Output).Explainers.Single().Url;

    public async Task<string> GetTextAsync(string url) => await Http.GetStringAsync(url, TestContext.Current.CancellationToken);

    /// <summary>
    /// Sends a request line exactly as given (HttpClient would tidy "..", "//" and encodings away) and
    /// returns the status code and the whole response.
    /// </summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Server.Address.Host, Server.Address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {Server.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        _folders.Dispose();
    }

    /// <summary>The server's log, written from any thread and read whole.</summary>
    private sealed class ServerLog
    {
        private readonly StringWriter _text = new();

        public ServerLog() => Writer = TextWriter.Synchronized(_text);

        /// <summary>Locks itself for each write.</summary>
        public TextWriter Writer { get; }

        public override string ToString()
        {
            lock (Writer)
            {
                return _text.ToString();
            }
        }
    }
}
