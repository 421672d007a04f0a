namespace Explainer.Theme;

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
