using System.CommandLine;
using System.Net;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Site;
using Explainer.Theme;

namespace Explainer.Cli;

/// <summary><c>preview</c>: build, serve on loopback, watch, rebuild and reload until Ctrl+C.</summary>
public static class PreviewCommand
{
    public static readonly Option<int> Port = new("--port")
    {
        Description = "Port to serve on",
        DefaultValueFactory = _ => PreviewOptions.DefaultPort,
    };

    public static readonly Option<string> Host = new("--host")
    {
        Description = "Address to listen on (anything but loopback exposes unpublished work to the network)",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static readonly Option<bool> NoReload = new("--no-reload")
    {
        Description = "Serve pages exactly as built, without the reload script (as Netlify serves them, for Lighthouse); still rebuilds on change",
    };

    public static readonly Option<FileInfo?> Netlify = new("--netlify")
    {
        Description = "The netlify.toml whose headers and redirects the preview applies (default: netlify.toml in the site's root, the folder that holds the seeds folder)",
    };

    public static Command Create()
    {
        var preview = new Command("preview", "Build, serve the site on http://127.0.0.1:5080, watch seeds/, input/ and theme/, rebuild and reload open pages.");
        preview.Options.Add(Port);
        preview.Options.Add(Host);
        preview.Options.Add(NoReload);
        preview.Options.Add(Netlify);
        preview.SetAction(RunAsync);
        return preview;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var build = CommandLine.BuildOptionsOf(parse);
        var level = parse.GetValue(CommandLine.Level);
        var host = parse.GetValue(Host) ?? "127.0.0.1";
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        if (address is null)
        {
            await Console.Error.WriteLineAsync($"--host: error: '{host}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 …)");
            return 1;
        }
        if (SiteBuilder.Refusal(build) is { } refused)
        {
            await Console.Error.WriteLineAsync(refused.ToString());
            return 1;
        }
        var netlify = parse.GetValue(Netlify)?.FullName ?? Path.Combine(Path.GetDirectoryName(build.SeedsPath) ?? build.SeedsPath, "netlify.toml");
        var options = new PreviewOptions(build)
        {
            Address = address,
            Port = parse.GetValue(Port),
            NetlifyToml = netlify,
            Reload = !parse.GetValue(NoReload),
            LogPassedBuilds = level >= LogLevel.Info,
        };
        var diagnostics = new DiagnosticBag();
        await using var server = await PreviewServer.StartAsync(options, Console.Out, diagnostics, cancellationToken);
        foreach (var diagnostic in diagnostics.ToSortedArray().Concat(server.FirstBuild.Diagnostics).Where(d => CommandLine.Shown(d.Severity, level)))
        {
            await Console.Error.WriteLineAsync(diagnostic.ToString());
        }
        if (!IPAddress.IsLoopback(address))
        {
            await Console.Error.WriteLineAsync($"warning: listening on {address}: anyone who can reach this machine can read the preview");
        }
        var watched = string.Join(", ", server.Site.Watched.Select(f => ThemeTemplates.DisplayPath(f) + "/"));
        if (level >= LogLevel.Info)
        {
            Console.WriteLine($"Serving {ThemeTemplates.DisplayPath(build.OutputPath)}/ at {server.Address} (watching {watched}; report at {new Uri(server.Address, BuildReport.Path)}). Ctrl+C stops.");
        }
        // The web host takes Ctrl+C and SIGTERM for itself, so either token may be the one that fires.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            if (level >= LogLevel.Info)
            {
                Console.WriteLine("Stopping the preview.");
            }
        }
        return 0;
    }
}
