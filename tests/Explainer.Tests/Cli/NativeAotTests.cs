using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Cli;

/// <summary>
/// The compile takes both cores for a minute or two: it runs alone, after the tests that share the
/// machine (browsers, servers) are done.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeAotCollection
{
    public const string Name = "Native AOT publish";
}

/// <summary>
/// The fastest build the README offers is the Native AOT one (`dotnet publish -c Release
/// -p:PublishAot=true`): trimming and ahead-of-time compilation must change nothing a reader gets.
/// Templates read their models by reflection, so a property the trimmer dropped would render as
/// nothing, not as an error: only the bytes of a whole site show it.
/// </summary>
[Collection(NativeAotCollection.Name)]
public sealed class NativeAotTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public async Task Published_natively_it_builds_the_real_seed_into_the_same_bytes_as_the_jit_build()
    {
        if (RequiredTool.FindOnPath("clang") is null)
        {
            RequiredTool.Missing("clang not found on PATH (Native AOT links with it)", "the Native AOT publish test");
        }
        var published = Path.Combine(_builds.Root, "aot");
        var (publishExit, publishOut, publishError) = await RunAsync("dotnet",
            "publish", Path.Combine(RepoPaths.Root, "Explainer.csproj"), "-c", "Release", "-p:PublishAot=true",
            "--artifacts-path", Path.Combine(_builds.Root, "artifacts"), "-o", published);
        Assert.True(publishExit == 0, $"dotnet publish -p:PublishAot=true failed:\n{Tail(publishOut)}\n{Tail(publishError)}");

        var native = Path.Combine(_builds.Root, "native-site");
        var jit = Path.Combine(_builds.Root, "jit-site");
        string[] Build(string output) =>
            ["build", "--seeds", RepoPaths.Seeds, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", output, "--log-level", "warning"];
        var (nativeExit, _, nativeError) = await RunAsync(Path.Combine(published, "Explainer"), Build(native));
        var (jitExit, _, jitError) = await RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Explainer.dll"), .. Build(jit)]);
        Assert.True(nativeExit == 0, nativeError);
        Assert.True(jitExit == 0, jitError);

        var files = Files(jit);
        Assert.True(files.Count > 40, $"the JIT build made only {files.Count} files");
        Assert.Equal(files, Files(native));
        var differing = files.Where(f => !File.ReadAllBytes(Path.Combine(jit, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, f)))).ToList();
        Assert.True(differing.Count == 0, $"the Native AOT build wrote other bytes into: {string.Join(", ", differing)}");
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(string program, params string[] arguments) =>
        ChildProcess.RunAsync(program, arguments);
}
