using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markup.Corrections;

/// <summary>
/// The corrected words stay in the flow inside <c>&lt;ins data-original&gt;</c>, the original kept for
/// the fidelity contract. The marker that leads to the reason is written by the Markdown writer as an
/// ordinary annotated link after it, so it can point to the note beside its own paragraph.
/// </summary>
public sealed class HtmlCorrectionRenderer : HtmlObjectRenderer<CorrectionInline>
{
    protected override void Write(HtmlRenderer renderer, CorrectionInline correction) =>
        renderer.Write("<ins class=\"correction\" data-original=\"").WriteEscape(correction.Original).Write("\">")
            .WriteEscape(correction.Corrected)
            .Write("</ins>");
}
