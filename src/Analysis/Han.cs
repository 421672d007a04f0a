namespace Explainer.Analysis;

/// <summary>Han ideographs only: names and titles are made of them, CJK punctuation (、，「) is not.</summary>
internal static class Han
{
    public static bool Is(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
