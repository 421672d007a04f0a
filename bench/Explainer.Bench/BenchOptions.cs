using System.Globalization;

namespace Explainer.Bench;

/// <param name="Edits">Measured edits per tool.</param>
/// <param name="WarmUp">Edits made first and not measured (the JIT's first passes, the disk cache).</param>
/// <param name="Repository">The folder with seeds/, input/, theme/ and netlify.toml.</param>
/// <param name="Quiet">The preview's quiet time before a rebuild (its default unless --quiet-ms is given).</param>
public sealed record BenchOptions(int Edits, int WarmUp, bool Hugo, string Repository, TimeSpan? Quiet)
{
    public static BenchOptions Parse(string[] args)
    {
        int Number(string name, int fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var quiet = Number("--quiet-ms", -1);
        return new BenchOptions(Number("--edits", 30), Number("--warm-up", 10), !args.Contains("--no-hugo"), FindRepository(),
            quiet >= 0 ? TimeSpan.FromMilliseconds(quiet) : null);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Explainer.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run the benchmark from inside the repository");
    }
}
