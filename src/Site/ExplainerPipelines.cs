using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Markup;
using Explainer.Modules;
using Explainer.Site.Modules;
using Explainer.Theme;

namespace Explainer.Site;

/// <summary>The explainer site, declared as data: pipelines, their dependencies, and a module per step.</summary>
public static class ExplainerPipelines
{
    public const string Editorial = nameof(Editorial);
    public const string Theme = nameof(Theme);
    public const string Assets = nameof(Assets);
    public const string Seeds = nameof(Seeds);
    public const string Sections = nameof(Sections);
    public const string Pages = nameof(Pages);

    /// <param name="outputFolder">Where WriteFiles writes (a staging folder, or the output itself).</param>
    /// <param name="written">Told each file a run created or changed.</param>
    /// <param name="freshFolder">The output folder is new and empty at every run (a clean build's staging folder).</param>
    public static ImmutableArray<Pipeline> Create(BuildOptions options, string outputFolder, Action<string>? written = null, bool freshFolder = false)
    {
        var markdown = MarkdownPipelineFactory.Create();
        return
        [
            new Pipeline(Editorial)
            {
                Input =
                [
                    new ReadFiles(options.InputPath, "**/*.yml"),        // site.yml, profiles/*.yml, <seed>/explainer.yml, corrections.yml
                    new ReadFiles(options.InputPath, "**/*.md"),         // <seed>/notes/*.md
                ],
                Process = [new ParseEditorial()],                        // YAML → settings and corrections, with positions
            },
            new Pipeline(Theme)
            {
                Dependencies = [Assets],                                 // templates link assets by their fingerprinted names
                Input = [new ReadFiles(options.ThemePath, "**/*.sbn")],  // layouts, pages, partials
                Process = [new CompileTemplates(options.ThemePath, !options.TemplatesByScriban)],     // parse all; syntax errors fail the build
            },
            new Pipeline(Assets)
            {
                Input = [new ReadFiles(Path.Combine(options.ThemePath, "assets"), "**/*")], // CSS, scripts, favicon: copied as they are
                Process = [new PlaceAssets()],                           // theme/assets/x → /assets/x; favicon and embed.js at the root
                Output = [new WriteFiles(outputFolder, written, freshFolder)],
            },
            new Pipeline(Seeds)
            {
                Dependencies = [Editorial],
                Input = [new ReadFiles(options.SeedsPath, "*.txt")],     // one article per file
                Process =
                [
                    new ParseSeeds(options.SeedsPath),                   // headline, sections, paragraphs; settings and corrections joined
                    new PlanAnnotations(options.Lenient),                // mentions of profiles, notes anchored by their quotes
                ],
            },
            new Pipeline(Sections)
            {
                Dependencies = [Seeds, Editorial],
                Process =
                [
                    new ReadExplainers(),                                // the Seeds pipeline's explainers
                    new WriteSectionMarkdown(),                          // one Markdown document per section (/slug/section.md)
                    new RenderMarkdown(markdown),                        // Markdig: heading and body HTML beside the Markdown
                ],
                Output = [new WriteFiles(outputFolder, written, freshFolder)],
            },
            new Pipeline(Pages)
            {
                Dependencies = [Sections, Seeds, Theme, Editorial],
                Process =
                [
                    // home, explainers, sections, 404 through Scriban, each with its Simplified copy; links localized, pages scanned for the
                    // link check; a clean build writes each page as soon as it is made, holding none
                    new RenderPages(markdown, writeTo: freshFolder ? outputFolder : null),
                    new CreateSiteIndex(),                               // /index.json
                    new CreateFigureData(),                              // /<slug>/data/figures.csv and .json
                    new CreateOEmbed(),                                  // /oembed/<slug>/<section>.json
                    new CreateDiscoveryFiles(),                          // sitemap.xml, feed.xml, feed.json, robots.txt, _redirects
                    new CreateSimplifiedFiles(),                         // /zh-hans/: section Markdown, oEmbed, index.json, feeds
                ],
                PostProcess = [new ValidateLinks(ThemeTemplates.DisplayPath(options.OutputPath))], // every link and fragment resolves; ids unique
                Output = [new WriteFiles(outputFolder, written, freshFolder)],
            },
        ];
    }
}
