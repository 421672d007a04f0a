using System.Net;
using Explainer.Site;

namespace Explainer.Preview;

/// <param name="Build">What to build, and where.</param>
public sealed record PreviewOptions(BuildOptions Build)
{
    public const int DefaultPort = 5080;

    /// <summary>Loopback unless the user names another address: a preview shows unpublished work.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 asks the system for a free port (tests do).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>How long the watched folders must be quiet before a rebuild (one save is often several writes).</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The netlify.toml whose headers and redirects the preview applies; null for none.</summary>
    public string? NetlifyToml { get; init; }

    /// <summary>
    /// Whether open pages get the reload script. Off, pages are served byte for byte as built, as
    /// Netlify serves them (what Lighthouse should measure); the site is still rebuilt on change.
    /// </summary>
    public bool Reload { get; init; } = true;

    /// <summary>Whether each build that passed is logged (a line with its time and what it rendered); a failed
    /// one always is, with its errors. Off below <c>--log-level info</c>.</summary>
    public bool LogPassedBuilds { get; init; } = true;
}
