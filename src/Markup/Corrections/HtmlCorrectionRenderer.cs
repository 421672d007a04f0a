using Explainer.Editorial;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markup.Corrections;

/// <summary>
/// The corrected words stay in the flow inside <c>&lt;ins data-original&gt;</c>; a marker (an
/// annotation, outside the seed's text) links to the page's list of corrections, where the original
/// and the reason stand in full — reachable by keyboard and without JavaScript.
/// </summary>
public sealed class HtmlCorrectionRenderer : HtmlObjectRenderer<CorrectionInline>
{
    protected override void Write(HtmlRenderer renderer, CorrectionInline correction)
    {
        var key = Correction.KeyOf(correction.Original, correction.Corrected);
        renderer.Write("<ins class=\"correction\" data-original=\"").WriteEscape(correction.Original).Write("\">")
            .WriteEscape(correction.Corrected)
            .Write("</ins><a class=\"correction-ref\" data-annotation href=\"#").Write(key)
            .Write("\" title=\"原文：").WriteEscape(correction.Original)
            .Write("\"><span aria-hidden=\"true\">†</span><span class=\"visually-hidden\">（更正，原文作「")
            .WriteEscape(correction.Original).Write("」）</span></a>");
    }
}
