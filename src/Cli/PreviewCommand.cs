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

    public static Command Create()
    {
        var preview = new Command("preview", "Build, serve the site on http://127.0.0.1:5080, watch seeds/, input/ and theme/, rebuild and reload open pages.");
        preview.Options.Add(Port);
        preview.Options.Add(Host);
        preview.Options.Add(NoReload);
        preview.SetAction(RunAsync);
        return preview;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var build = new BuildOptions(
            parse.GetRequiredValue(CommandLine.Seeds).FullName,
            parse.GetRequiredValue(CommandLine.Input).FullName,
            parse.GetRequiredValue(CommandLine.Theme).FullName,
            parse.GetRequiredValue(CommandLine.Output).FullName)
        {
            Strict = parse.GetValue(CommandLine.Strict),
            Lenient = parse.GetValue(CommandLine.Lenient),
        };
        var host = parse.GetValue(Host) ?? "127.0.0.1";
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        if (address is null)
        {
            await Console.Error.WriteLineAsync($"--host: error: '{host}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 …)");
            return 1;
        }
        if (!Directory.Exists(build.SeedsPath))
        {
            await Console.Error.WriteLineAsync($"{ThemeTemplates.DisplayPath(build.SeedsPath)}: error: the seeds folder does not exist");
            return 1;
        }
        var netlify = Path.GetFullPath("netlify.toml");
        var options = new PreviewOptions(build) { Address = address, Port = parse.GetValue(Port), NetlifyToml = netlify, Reload = !parse.GetValue(NoReload) };
        var diagnostics = new DiagnosticBag();
        await using var server = await PreviewServer.StartAsync(options, Console.Out, diagnostics, cancellationToken);
        foreach (var diagnostic in diagnostics.ToSortedArray().Concat(server.FirstBuild.Diagnostics))
        {
            await Console.Error.WriteLineAsync(diagnostic.ToString());
        }
        if (!IPAddress.IsLoopback(address))
        {
            await Console.Error.WriteLineAsync($"warning: listening on {address}: anyone who can reach this machine can read the preview");
        }
        var watched = string.Join(", ", server.Site.Watched.Select(f => ThemeTemplates.DisplayPath(f) + "/"));
        Console.WriteLine($"Serving {ThemeTemplates.DisplayPath(build.OutputPath)}/ at {server.Address} (watching {watched}; report at {new Uri(server.Address, BuildReport.Path)}). Ctrl+C stops.");
        // The web host takes Ctrl+C and SIGTERM for itself, so either token may be the one that fires.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping the preview.");
        }
        return 0;
    }
}
