using Microsoft.Playwright;

namespace Explainer.Tests.Harness;

/// <summary>
/// Launches the system's Chromium (Debian's package) through Playwright. Playwright's own browser
/// downloads are never used: CI reaches only package registries, so the browser must come from apt.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    // Quiet, deterministic, offline: no sandbox (CI runs as root), no GPU, and none of the background
    // traffic (updates, sync, QUIC probes) that would make requests the tests did not ask for.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>The browser executable, or a skip (developer) / failure (CI) when it is not installed.</summary>
    public static string RequireExecutable()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnv ? fromEnv : DefaultPath;
        if (!File.Exists(path))
        {
            RequiredTool.Missing($"Chromium not found at {path}", "browser tests");
        }

        return path;
    }

    public static async Task<ChromiumSession> LaunchAsync(CancellationToken cancellationToken)
    {
        var executable = RequireExecutable();
        cancellationToken.ThrowIfCancellationRequested();

        // The driver (node + playwright package under .playwright/) ships inside the NuGet package.
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = LaunchArgs,
            }).ConfigureAwait(false);
            return new ChromiumSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
