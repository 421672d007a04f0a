using AngleSharp.Dom;
using Explainer.Seeds;

namespace Explainer.Tests.Site;

/// <summary>
/// The fidelity contract of DESIGN.md, as a reader of the page would apply it: remove every
/// <c>[data-annotation]</c>, put back every <c>data-original</c>, fold whitespace and width (NFKC);
/// what remains of the article is the seed's text folded the same way.
/// </summary>
public static class Fidelity
{
    public static string ArticleText(IElement article)
    {
        var copy = (IElement)article.Clone(deep: true);
        foreach (var annotation in copy.QuerySelectorAll("[data-annotation]").ToList())
        {
            annotation.Remove();
        }
        foreach (var corrected in copy.QuerySelectorAll("[data-original]").ToList())
        {
            corrected.TextContent = corrected.GetAttribute("data-original") ?? "";
        }
        return CjkText.Fold(copy.TextContent);
    }

    /// <summary>The seed's lines named by an article's data-lines ("first-last").</summary>
    public static string SeedText(string seedPath, string lines) => CjkText.Fold(SeedLines(seedPath, lines));

    /// <summary>
    /// The same lines as a Simplified page holds them (DESIGN.md): converted by the Simplified edition's
    /// own function, with the site's overrides, then folded.
    /// </summary>
    public static string SimplifiedSeedText(string seedPath, string lines, Explainer.Chinese.SimplifiedConversion conversion) =>
        CjkText.Fold(conversion.Convert(SeedLines(seedPath, lines)));

    private static string SeedLines(string seedPath, string lines)
    {
        var all = File.ReadAllText(seedPath).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var range = lines.Split('-').Select(int.Parse).ToArray();
        var (first, last) = (range[0], range[^1]);
        return string.Join("\n", all.Skip(first - 1).Take(last - first + 1));
    }
}
