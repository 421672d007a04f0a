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
        var options = new BuildOptions(
            parse.GetRequiredValue(CommandLine.Seeds).FullName,
            parse.GetRequiredValue(CommandLine.Input).FullName,
            parse.GetRequiredValue(CommandLine.Theme).FullName,
            parse.GetRequiredValue(CommandLine.Output).FullName)
        {
            Strict = parse.GetValue(CommandLine.Strict),
            Lenient = parse.GetValue(CommandLine.Lenient),
        };
        if (!Directory.Exists(options.SeedsPath))
        {
            await Console.Error.WriteLineAsync($"{ThemeTemplates.DisplayPath(options.SeedsPath)}: error: the seeds folder does not exist");
            return 1;
        }
        var result = await SiteBuild.RunAsync(options, cancellationToken);
        foreach (var diagnostic in result.Diagnostics.Where(d => Shown(d.Severity, level)))
        {
            await Console.Error.WriteLineAsync(diagnostic.ToString());
        }
        if (level >= LogLevel.Info)
        {
            Console.WriteLine(result.TimingTable);
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

    private static bool Shown(Severity severity, LogLevel level) => severity switch
    {
        Severity.Error => true,
        Severity.Warning => level >= LogLevel.Warning,
        Severity.Suggestion => level >= LogLevel.Info,
        _ => level >= LogLevel.Debug,
    };
}
