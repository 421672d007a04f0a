namespace Explainer.Theme;

/// <summary>A captured text: Scriban keeps the output it captured too, and writes it as its text.</summary>
internal sealed class Captured(TextBuffer text)
{
    public TextBuffer Text { get; } = text;

    public override string ToString() => Text.ToString();
}

/// <summary>A loop's <c>for</c>: the members of Scriban's that themes use.</summary>
internal sealed class LoopState(int count)
{
    public int Index { get; set; }

    public object Member(string name) => name switch
    {
        "index" => Index,
        "first" => Index == 0,
        "last" => Index == count - 1,
        _ => throw new NotCompiled(),
    };
}
