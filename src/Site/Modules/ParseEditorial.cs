using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Theme;

namespace Explainer.Site.Modules;

/// <summary>
/// Reads the editorial layer: <c>site.yml</c>, and per seed <c>&lt;seed name&gt;/explainer.yml</c> and
/// <c>&lt;seed name&gt;/corrections.yml</c>. Yields one document for the site and one per seed folder.
/// </summary>
public sealed class ParseEditorial : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = SiteSettings.Default;
        var perSeed = new SortedDictionary<string, (SeedSettings Settings, CorrectionSet Corrections)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var relative = input.Source ?? "";
            var file = YamlFile.Parse(ThemeTemplates.DisplayPath(input.Get<string>(ReadFiles.FullPathKey)), input.Content);
            var parts = relative.Split('/');
            if (parts is ["site.yml"])
            {
                site = SiteSettings.Read(file);
            }
            else if (parts is [var stem, "explainer.yml"])
            {
                perSeed[stem] = (SeedSettings.Read(file), perSeed.GetValueOrDefault(stem).Corrections ?? CorrectionSet.Empty);
            }
            else if (parts is [var stem2, "corrections.yml"])
            {
                perSeed[stem2] = (perSeed.GetValueOrDefault(stem2).Settings ?? SeedSettings.Default, CorrectionSet.Read(file));
            }
            else
            {
                context.Diagnostics.Add(Diagnostic.Warning(file.Path, 0, 0,
                    "not an editorial file Explainer reads (expected site.yml, <seed name>/explainer.yml or <seed name>/corrections.yml)"));
            }
            context.Diagnostics.AddRange(file.Diagnostics);
        }
        var documents = ImmutableArray.CreateBuilder<IDocument>();
        documents.Add(new Document("site.yml", null, "", [new(Keys.SiteSettings, site)]));
        foreach (var (stem, (settings, corrections)) in perSeed)
        {
            documents.Add(new Document(stem, null, "", [new(Keys.SeedStem, stem), new(Keys.SeedSettings, settings), new(Keys.Corrections, corrections)]));
        }
        return documents.ToImmutable();
    }
}

/// <summary>Looks up what the Editorial pipeline read, for the modules that depend on it.</summary>
public static class EditorialLookup
{
    public static SiteSettings Site(IExecutionContext context) =>
        context.OutputsOf(ExplainerPipelines.Editorial)
            .Select(d => d.TryGet<SiteSettings>(Keys.SiteSettings, out var s) ? s : null)
            .FirstOrDefault(s => s is not null) ?? SiteSettings.Default;

    public static (SeedSettings Settings, CorrectionSet Corrections) ForSeed(IExecutionContext context, string stem)
    {
        var document = context.OutputsOf(ExplainerPipelines.Editorial)
            .FirstOrDefault(d => d.TryGet<string>(Keys.SeedStem, out var s) && s == stem);
        return document is null
            ? (SeedSettings.Default, CorrectionSet.Empty)
            : (document.Get<SeedSettings>(Keys.SeedSettings), document.Get<CorrectionSet>(Keys.Corrections));
    }
}
