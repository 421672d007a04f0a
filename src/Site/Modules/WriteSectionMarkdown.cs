using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>Splits each explainer into one Markdown document per section, published at /&lt;slug&gt;/&lt;section&gt;.md.</summary>
public sealed class WriteSectionMarkdown : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        var explainer = input.Get<ExplainerModel>(Keys.Explainer);
        var fullWidth = EditorialLookup.Site(context).FullWidthPunctuation;
        var annotations = input.Get<Annotations.ExplainerAnnotations>(Keys.Annotations);
        var data = input.Get<Data.PlacedData>(Keys.Data);
        return explainer.Sections.Select(section => new Document(
            input.Source,
            SiteUrls.SectionMarkdown(explainer, section),
            SectionMarkdownWriter.Write(explainer, section, fullWidth, annotations, data),
            [new(Keys.Explainer, explainer), new(Keys.Section, section), new(Keys.Annotations, annotations), new(Keys.Data, data)]));
    }
}
