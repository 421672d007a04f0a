using Explainer.Tests.Harness;

namespace Explainer.Tests.Golden;

/// <summary>
/// Golden files live beside their inputs as <c>NNN-name.out.*</c>. Run the tests with <c>BLESS=1</c>
/// to write what the code now produces as the new expectation, then review the diff in git.
/// </summary>
public static class Golden
{
    public static string Folder(string name) => Path.Combine(RepoPaths.Root, "tests", "Explainer.Tests", "Golden", name);

    public static void Match(string expectedPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("BLESS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"No golden file {expectedPath}: run the tests once with BLESS=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
