using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Cli;

/// <summary>The generator as a user runs it: a process, its exit code, what it prints.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Explainer.dll"), .. arguments], workingDirectory);

    [Fact]
    public async Task The_default_command_builds_the_conventional_folders_and_says_where_the_site_is()
    {
        var project = _builds.Root;
        Directory.Move(_builds.Copy(RepoPaths.Seeds, "seeds-copy"), Path.Combine(project, "seeds"));
        Directory.Move(_builds.Copy(RepoPaths.Input, "input-copy"), Path.Combine(project, "input"));
        Directory.Move(_builds.Copy(RepoPaths.Theme, "theme-copy"), Path.Combine(project, "theme"));

        var (exitCode, output, error) = await RunAsync(project);

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(project, "output", "meta-ai-power-struggle", "index.html")));
        Assert.Matches(@"Pipeline\s+\|\s+Input\s+\|\s+Process\s+\|\s+PostProcess\s+\|\s+Output", output);
        Assert.Contains("Pages", output);
        Assert.Contains("output/", output);
    }

    [Fact]
    public async Task Build_takes_every_folder_as_an_option()
    {
        var output = Path.Combine(_builds.Root, "elsewhere");

        var (exitCode, _, error) = await RunAsync(
            _builds.Root, "build", "--seeds", RepoPaths.Seeds, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme,
            "--output", output, "--log-level", "warning");

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(output, "index.json")));
    }

    [Fact]
    public async Task A_failed_build_exits_non_zero_with_compiler_style_diagnostics()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: 站名\nbase_urll: https://x.example\n");

        var (exitCode, _, error) = await RunAsync(
            _builds.Root, "build", "--seeds", RepoPaths.Seeds, "--input", input, "--theme", RepoPaths.Theme, "--output", _builds.Output);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"site\.yml\(2,1\): error: unknown key 'base_urll'", error);
        Assert.False(Directory.Exists(_builds.Output));
    }

    [Fact]
    public async Task A_missing_seeds_folder_is_an_error_not_a_crash()
    {
        var (exitCode, _, error) = await RunAsync(_builds.Root, "--seeds", "no-such-folder", "--output", _builds.Output);

        Assert.Equal(1, exitCode);
        Assert.Contains("no-such-folder: error: the seeds folder does not exist", error);
    }

    [Fact]
    public async Task Preview_refuses_a_missing_seeds_folder_as_build_does()
    {
        var (exitCode, _, error) = await RunAsync(_builds.Root, "preview", "--seeds", "no-such-folder", "--output", _builds.Output, "--port", "0");

        Assert.Equal(1, exitCode);
        Assert.Contains("no-such-folder: error: the seeds folder does not exist", error);
    }
}
