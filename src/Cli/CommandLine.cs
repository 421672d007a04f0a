using System.CommandLine;
using Explainer.Engine;
using Explainer.Site;

namespace Explainer.Cli;

/// <summary>Statiq's CLI habits: <c>build</c> is also the default command; folders default to the conventional names.</summary>
public static class CommandLine
{
    public static readonly Option<DirectoryInfo> Seeds = FolderOption("--seeds", "seeds", "Folder of seed articles (*.txt)");
    public static readonly Option<DirectoryInfo> Input = FolderOption("--input", "input", "Folder of the editorial layer");
    public static readonly Option<DirectoryInfo> Theme = FolderOption("--theme", "theme", "Folder of the theme (templates and assets)");
    public static readonly Option<DirectoryInfo> Output = FolderOption("--output", "output", "Folder the site is written to");

    public static readonly Option<LogLevel> Level = new("--log-level")
    {
        Description = "How much to print: error, warning, info (default) or debug",
        DefaultValueFactory = _ => LogLevel.Info,
        Recursive = true,
    };

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Treat warnings as errors",
        Recursive = true,
    };

    public static readonly Option<bool> Lenient = new("--lenient")
    {
        Description = "A note whose quote is missing or ambiguous is a warning and is left out, not an error",
        Recursive = true,
    };

    /// <summary>What <c>build</c> and <c>preview</c> build, from the options both take.</summary>
    public static BuildOptions BuildOptionsOf(ParseResult parse) => new(
        parse.GetRequiredValue(Seeds).FullName,
        parse.GetRequiredValue(Input).FullName,
        parse.GetRequiredValue(Theme).FullName,
        parse.GetRequiredValue(Output).FullName)
    {
        Strict = parse.GetValue(Strict),
        Lenient = parse.GetValue(Lenient),
    };

    /// <summary>Whether a diagnostic of this severity is printed at this <c>--log-level</c> (errors always are).</summary>
    public static bool Shown(Severity severity, LogLevel level) => severity switch
    {
        Severity.Error => true,
        Severity.Warning => level >= LogLevel.Warning,
        Severity.Suggestion => level >= LogLevel.Info,
        _ => level >= LogLevel.Debug,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("Explainer: builds annotated explainers of news articles into a static site.");
        foreach (var option in new Option[] { Seeds, Input, Theme, Output, Level, Strict, Lenient })
        {
            root.Options.Add(option);
        }
        var build = new Command("build", "Build the site from the seeds into the output folder (the default command).");
        build.SetAction(BuildCommand.RunAsync);
        root.Subcommands.Add(build);
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(DraftCommand.Create());
        root.SetAction(BuildCommand.RunAsync);
        return root;
    }

    private static Option<DirectoryInfo> FolderOption(string name, string folder, string description) => new(name)
    {
        Description = $"{description} (default: {folder})",
        DefaultValueFactory = _ => new DirectoryInfo(folder),
        Recursive = true,
    };
}
