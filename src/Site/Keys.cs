namespace Explainer.Site;

/// <summary>Metadata keys the explainer's modules hand to each other.</summary>
public static class Keys
{
    public const string SiteSettings = nameof(SiteSettings);
    public const string SeedStem = nameof(SeedStem);
    public const string SeedSettings = nameof(SeedSettings);
    public const string Corrections = nameof(Corrections);
    public const string Explainer = nameof(Explainer);
    public const string Section = nameof(Section);
    public const string SectionHtml = nameof(SectionHtml);
    public const string Templates = nameof(Templates);
    public const string Markdown = nameof(Markdown);
    public const string Profiles = nameof(Profiles);
    public const string Notes = nameof(Notes);
    public const string Annotations = nameof(Annotations);
    public const string Data = nameof(Data);
    public const string Suggestions = nameof(Suggestions);
    public const string AssetName = nameof(AssetName);
    public const string PageLinks = nameof(PageLinks);
    public const string SimplifiedOverrides = nameof(SimplifiedOverrides);
}
