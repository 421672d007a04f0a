using System.CommandLine;
using Explainer.Engine;
using Explainer.Site.Draft;
using Explainer.Theme;

namespace Explainer.Cli;

/// <summary>
/// <c>draft</c>: writes the editorial files each seed lacks, prints each file written, then the
/// suggestions the editorial files do not cover yet. Exit code 1 only when a seed or file could not be read.
/// </summary>
public static class DraftCommand
{
    public static Command Create()
    {
        var draft = new Command("draft", "Write the editorial files each seed lacks (explainer.yml, suggested corrections, found figures and dates); never overwrites.");
        draft.SetAction(RunAsync);
        return draft;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var seeds = parse.GetRequiredValue(CommandLine.Seeds).FullName;
        var input = parse.GetRequiredValue(CommandLine.Input).FullName;
        if (!Directory.Exists(seeds))
        {
            await Console.Error.WriteLineAsync($"{ThemeTemplates.DisplayPath(seeds)}: error: the seeds folder does not exist");
            return 1;
        }
        var result = EditorialDraft.Run(seeds, input);
        foreach (var file in result.Written)
        {
            Console.WriteLine($"wrote {file}");
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine(diagnostic.ToString());
        }
        var suggestions = result.Diagnostics.Count(d => d.Severity == Severity.Suggestion);
        Console.WriteLine($"Drafted {result.Written.Length} file(s); {suggestions} suggestion(s) not yet covered by corrections.yml.");
        return result.Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
    }
}
