namespace Explainer.Theme;

/// <summary>A captured text: Scriban keeps the output it captured too, and writes it as its text.</summary>
internal sealed class Captured(TextBuffer text)
{
    public TextBuffer Text { get; } = text;

    public override string ToString() => Text.ToString();
}
