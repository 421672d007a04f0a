namespace Explainer.Bench;

/// <summary>The edit both tools get: one new closing paragraph, different each time.</summary>
public static class Edits
{
    /// <summary>Between edits, so that one edit's stragglers (a second build, the page cache) settle.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    public static string Marker(int i) => $"這是第{i}次編輯加上的段落。";
}
