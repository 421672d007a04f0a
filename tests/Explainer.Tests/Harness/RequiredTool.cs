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

    [DoesNotReturn]
    public static void Missing(string reason)
    {
        if (IsCi)
        {
            Assert.Fail($"{reason} (CI=true, so this is a failure: .ci/run must install it)");
        }

        Assert.Skip(reason);
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
