using System.CommandLine;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Theme;

namespace Explainer.Cli;

/// <summary>Runs one build and reports it: diagnostics on stderr, the timing table and the result on stdout.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var level = parse.GetValue(CommandLine.Level);
        var options = CommandLine.BuildOptionsOf(parse);
        var result = await SiteBuild.RunAsync(options, cancellationToken);
        foreach (var diagnostic in result.Diagnostics.Where(d => CommandLine.Shown(d.Severity, level)))
        {
            await Console.Error.WriteLineAsync(diagnostic.ToString());
        }
        if (level >= LogLevel.Info)
        {
            Console.WriteLine(result.TimingTable);
        }
        if (level >= LogLevel.Debug && Site.Automatic.WarmUp.DictionariesLoaded is { } loaded)
        {
            Console.WriteLine($"Warm-up: OpenCC dictionaries loaded in {loaded.TotalMilliseconds:F1} ms, finders ready in {Site.Automatic.WarmUp.FindersReady?.TotalMilliseconds:F1} ms");
        }
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Build failed: {errors} error(s), {warnings} warning(s). {ThemeTemplates.DisplayPath(options.OutputPath)}/ was left as it was.");
            return 1;
        }
        if (level >= LogLevel.Info)
        {
            var index = Path.Combine(options.OutputPath, "index.html");
            Console.WriteLine($"Built {result.FilesWritten} files into {ThemeTemplates.DisplayPath(options.OutputPath)}/ ({warnings} warning(s)). Open {new Uri(index).AbsoluteUri}");
        }
        return 0;
    }
}
