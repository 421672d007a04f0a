// The real-site test harness, in one place:
// - BuiltSite (this file) builds the site once per test run with the generator's own API
//   (SiteBuild.RunAsync on seeds/, input/, theme/ into a temp folder), serves it with SiteServer (what
//   `preview` serves it with: SiteRouter and the repository's netlify.toml) on 127.0.0.1:<free port>,
//   and parses /index.json so tests find pages without guessing paths.
// - Tests join with [Collection(BuiltSiteCollection.Name)]; they then run one after another, which keeps
//   Chromium and the JVM from fighting over CI's two cores.
// - Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) is driven by Microsoft.Playwright and launched
//   lazily, once, by BrowserAsync; Vnu runs node_modules/vnu-jar; Axe injects node_modules/axe-core.
// - A missing tool skips the test with its reason on a developer machine, and fails it under CI=true
//   (see RequiredTool): .ci/run installs chromium, Java and the npm packages, so CI never passes by skipping.
// - node_modules comes from `npm ci` at the repository root (versions pinned in package.json).
using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Site;

namespace Explainer.Tests.Harness;

public sealed class BuiltSite : IAsyncLifetime
{
    private readonly SemaphoreSlim _browserGate = new(1, 1);
    private Explainer.Tests.Site.SiteBuilds? _workFolder;
    private SiteServer? _server;
    private SiteIndex? _index;
    private ChromiumSession? _chromium;

    /// <summary>The folder the generator wrote the site to.</summary>
    public string OutputPath => Path.Combine(WorkFolder, "site");

    public SiteServer Server => _server ?? throw NotInitialized();

    public SiteIndex Index => _index ?? throw NotInitialized();

    /// <summary>Warnings and infos of the build (errors fail the fixture).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    private string WorkFolder => _workFolder?.Root ?? throw NotInitialized();

    public async ValueTask InitializeAsync()
    {
        _workFolder = new Explainer.Tests.Site.SiteBuilds();
        var options = new BuildOptions(RepoPaths.Seeds, RepoPaths.Input, RepoPaths.Theme, OutputPath);
        var result = await SiteBuild.RunAsync(options, CancellationToken.None);
        Diagnostics = result.Diagnostics;
        if (!result.Succeeded)
        {
            // Do not rely on xunit disposing a fixture whose initialisation threw; DisposeAsync copes either way.
            _workFolder.Dispose();
            _workFolder = null;
            throw new InvalidOperationException(
                "The real site did not build, so no browser or validator test can run:\n"
                + string.Join("\n", result.Diagnostics));
        }

        _index = SiteIndex.Load(OutputPath);
        _server = SiteServer.Start(OutputPath, rules: NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag()));
    }

    /// <summary>The shared browser; skips (or fails under CI) when Chromium is not installed.</summary>
    public async Task<ChromiumSession> BrowserAsync(CancellationToken cancellationToken)
    {
        Chromium.RequireExecutable(); // before the gate, so a skip never leaves it held
        await _browserGate.WaitAsync(cancellationToken);
        try
        {
            return _chromium ??= await Chromium.LaunchAsync(cancellationToken);
        }
        finally
        {
            _browserGate.Release();
        }
    }

    /// <summary>Opens a root-relative URL of the served site (from /index.json) in a fresh browser context.</summary>
    public async Task<BrowserTab> OpenAsync(string rootRelativeUrl, int width, int height, CancellationToken cancellationToken) =>
        await BrowserTab.OpenAsync(await BrowserAsync(cancellationToken), Server.UrlFor(rootRelativeUrl), width, height);

    /// <summary>Every page of the built site that a validator should see.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(OutputPath, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _workFolder?.Dispose();

        _browserGate.Dispose();
    }

    private static InvalidOperationException NotInitialized() => new("BuiltSite is used before InitializeAsync ran");
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "Built site";
}
