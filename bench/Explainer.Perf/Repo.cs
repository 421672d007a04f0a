using System.Diagnostics;

namespace Explainer.Perf;

/// <summary>Where the repository is: the folder above bench/ that holds Explainer.csproj.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Explainer.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Explainer.csproj not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The N-copy corpus of bench/corpus.py (seeds/ and input/), made once per size.</summary>
    public static string Corpus(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), "explainer-perf-corpus", "n" + n);
        if (!Directory.Exists(Path.Combine(folder, "seeds")))
        {
            var start = new ProcessStartInfo("python3") { WorkingDirectory = Root };
            foreach (var argument in new[] { Path.Combine(Root, "bench", "corpus.py"), "--generate", n.ToString(System.Globalization.CultureInfo.InvariantCulture), folder })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!; // not shell-executed: never null
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("bench/corpus.py --generate failed");
            }
        }
        return folder;
    }
}
