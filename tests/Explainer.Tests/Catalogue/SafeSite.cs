using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Catalogue;

/// <summary>
/// What must hold of any site the generator writes, whatever the seed and editorial layer said: the only
/// scripts are the theme's own files, no element has an event-handler attribute, no link or source uses
/// javascript:, data: or vbscript:, and every JSON file parses.
/// </summary>
public static class SafeSite
{
    private static readonly System.Text.RegularExpressions.Regex ThemeScript = new(@"assets/(explainer|embed-frame)\.[0-9a-f]{10}\.js$");

    public static void Check(string site)
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var where = Path.GetRelativePath(site, file);
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    // Data, never run: it must parse, and no '<' may end the element early.
                    Assert.Null(script.GetAttribute("src"));
                    Assert.DoesNotContain("<", script.TextContent);
                    using var data = JsonDocument.Parse(script.TextContent);
                    continue;
                }
                var src = script.GetAttribute("src") ?? "";
                Assert.True(ThemeScript.IsMatch(src) && script.TextContent.Length == 0,
                    $"{where}: a script that is not the theme's: {script.OuterHtml}");
            }
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event handler {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" or "poster" or "data")
                    {
                        var value = new string([.. attribute.Value.Where(c => c > ' ')]).ToLowerInvariant();
                        Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal),
                            $"{where}: {attribute.Name}=\"{attribute.Value}\"");
                    }
                }
            }
            Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, meta[http-equiv=refresh]"));
        }
        foreach (var json in Directory.EnumerateFiles(site, "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(json));
        }
    }
}
