using System.Diagnostics.CodeAnalysis;

namespace Explainer.Tests.Harness;

/// <summary>
/// One rule for every external tool (Chromium, Java, vnu.jar, axe-core): a developer without it sees a
/// skipped test with the reason, but CI (which installs them all in .ci/run) must not go green by skipping.
/// </summary>
public static class RequiredTool
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (developer) or fails (CI) the current test because <paramref name="tool"/> is absent.</summary>
    /// <param name="tool">What is missing and where it was looked for, e.g. "Chromium not found at /usr/bin/chromium".</param>
    /// <param name="tests">Which checks cannot run without it, e.g. "browser tests".</param>
    [DoesNotReturn]
    public static void Missing(string tool, string tests)
    {
        if (IsCi)
        {
            Assert.Fail($"{tool}: {tests} cannot run, and CI=true requires them (.ci/run must install it)");
        }

        Assert.Skip($"{tool}: {tests} skipped");
    }

    /// <summary>The first executable named <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
