namespace Explainer.Site;

public sealed record BuildOptions(string SeedsPath, string InputPath, string ThemePath, string OutputPath)
{
    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    /// <summary>A note whose quote is missing or ambiguous is a warning (and left out), not an error.</summary>
    public bool Lenient { get; init; }

    /// <summary>Every page rendered by Scriban's interpreter, none by <see cref="Theme.CompiledTemplate"/>: the
    /// reference the differential tests hold the compiled templates to.</summary>
    internal bool TemplatesByScriban { get; init; }
}
