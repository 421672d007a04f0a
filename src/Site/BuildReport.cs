using Explainer.Engine;
using Explainer.Site.Annotations;
using Explainer.Theme;

namespace Explainer.Site;

/// <summary>
/// The page a writer previewing the site reads to see what the build let through: every warning with
/// its file and line, and the notes that <c>--lenient</c> left out because their quote no longer fits.
/// It is for the newsroom, not for readers, so it is never written to the output folder.
/// </summary>
public static class BuildReport
{
    /// <summary>Where the preview server serves it.</summary>
    public const string Path = "/_explainer/report/";

    public static string Render(EngineResult result)
    {
        var theme = result.Outputs.GetValueOrDefault(ExplainerPipelines.Theme)
            .FirstOrDefault(d => d.Metadata.ContainsKey(Keys.Templates))?.Get<ThemeTemplates>(Keys.Templates);
        if (theme is null)
        {
            return "";
        }
        var explainers = result.Outputs.GetValueOrDefault(ExplainerPipelines.Seeds, []);
        var unplaced = explainers
            .Where(d => d.Metadata.ContainsKey(Keys.Annotations))
            .SelectMany(d => d.Get<ExplainerAnnotations>(Keys.Annotations).Unplaced.Select(n => new
            {
                Explainer = d.Get<ExplainerModel>(Keys.Explainer).Title,
                File = n.SourcePath,
                Line = n.QuoteLine,
                n.Quote,
                n.Title,
            }))
            .ToList();
        var model = new
        {
            Site = new { Title = "Explainer", Language = "zh-Hant", Publisher = "" },
            Page = new { Path = Path, Kind = "report", Title = "建置報告", Description = "只在預覽時看得到", Root = "/", Canonical = Path, Home = "/", ProfilesHref = "", StructuredData = "", OgType = "website", Date = "", Locale = "zh_TW", AlternatesHtml = "", EditionSwitchHtml = "" },
            Warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => new { Text = d.ToString() }).ToList(),
            Unplaced = unplaced,
            Suggestions = explainers
                .Where(d => d.Metadata.ContainsKey(Keys.Suggestions))
                .SelectMany(d => d.Get<System.Collections.Immutable.ImmutableArray<Automatic.Suggestion>>(Keys.Suggestions))
                .Select(s => new { s.File, s.Line, s.Column, s.Original, s.Suggested, Kind = s.KindName, s.Reason, s.Context })
                .ToList(),
        };
        var diagnostics = new DiagnosticBag();
        var html = theme.Render("pages/report.sbn", ScriptModel.From(model), diagnostics);
        return diagnostics.HasErrors ? "" : html;
    }
}
