namespace Explainer.Site;

/// <summary>One clean build: the command line's <c>build</c>.</summary>
public static class SiteBuild
{
    /// <summary>
    /// Stages beside the output and swaps the whole folder in (<see cref="OutputFolder.Swap"/>: one
    /// atomic exchange on Linux), so readers see the old site or the new one, never half of each.
    /// </summary>
    public static async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        using var builder = new SiteBuilder(options, Path.GetFullPath(options.OutputPath) + ".staging");
        return await builder.RunAsync(cancellationToken);
    }
}
