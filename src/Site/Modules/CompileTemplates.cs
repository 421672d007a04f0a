using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Theme;

namespace Explainer.Site.Modules;

/// <summary>Parses every theme template into one document carrying the compiled theme.</summary>
/// <param name="compile">False to leave every template to Scriban's interpreter (see <see cref="BuildOptions.TemplatesByScriban"/>).</param>
public sealed class CompileTemplates(string themeRoot, bool compile = true) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var sources = inputs.Select(d => new KeyValuePair<string, string>(d.Source ?? "", d.Content));
        // What templates call assets["site.css"]: the published path of each theme asset (fingerprinted).
        var assets = context.OutputsOf(ExplainerPipelines.Assets)
            .Where(d => d.Destination is not null)
            .ToDictionary(d => d.Get<string>(Keys.AssetName), d => d.Destination!, StringComparer.Ordinal);
        var templates = ThemeTemplates.Parse(themeRoot, sources, context.Diagnostics, assets, compile);
        return [new Document("theme", null, "", [new(Keys.Templates, templates)])];
    }
}
