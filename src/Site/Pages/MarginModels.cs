using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Explainer.Editorial;
using Explainer.Markup;
using Explainer.Site.Annotations;
using Markdig;

namespace Explainer.Site.Pages;

/// <summary>
/// What stands beside a paragraph: its notes, the cards of the people first named in it (in its
/// section), and its corrections with their reasons. Citations <c>[n]</c> link to the sources listed
/// with each note or card.
/// </summary>
public sealed partial class MarginModels(MarkdownPipeline markdown, Func<string, string> href)
{
    [GeneratedRegex(@"\[(\d+)\](?!\()")]
    private static partial Regex Citation();

    /// <param name="carded">People whose full card already stands earlier on the page: theirs is compact here.</param>
    public object Paragraph(
        ExplainerModel explainer, SectionModel section, ParagraphModel paragraph, BlockHtml html, ParagraphAnnotations annotations, ISet<string> carded)
    {
        // A paragraph stands on three pages (the explainer, its section, its embed) and its corrections
        // and notes read the same on each: they are made once per build (per corrections, per notes).
        var corrections = CorrectionsOf.GetValue(explainer.Corrections, _ => new())
            .GetValue(paragraph, p => [.. explainer.Corrections.Apply(p.Source.Text)
                .Where(s => s.Correction is not null)
                .Select(s => s.Correction!) // filtered to non-null above
                .Distinct()
                .Select(c => new
                {
                    Anchor = SectionMarkdownWriter.CorrectionAnchor(c, p.Id),
                    ListAnchor = c.Key,
                    c.Original,
                    c.Corrected,
                    c.Reason,
                    ScriptOnly = Chinese.SimplifiedConversion.IsScriptOnly(c.Original, c.Corrected),
                })]);
        var notes = annotations.Notes.Select(n => NotesOf.GetValue(markdown, _ => new()).GetValue(n, Note)).ToList();
        var cards = annotations.Cards
            .Select(p => Card(p, ExplainerAnnotations.CardAnchor(section.Slug, p.Id), compact: !carded.Add(p.Id)))
            .ToList();
        return new
        {
            paragraph.Id,
            html.Html,
            Notes = notes,
            Cards = cards,
            Corrections = corrections,
            HasMargin = notes.Count + cards.Count + corrections.Count > 0,
        };
    }

    public object Note(PlacedNote placed)
    {
        var note = placed.Note;
        var body = Citation().Replace(note.BodyMarkdown, m => $"[\\[{m.Groups[1].Value}\\]](#{placed.Anchor}-source-{m.Groups[1].Value}){{.cite}}");
        return new
        {
            placed.Number,
            placed.Anchor,
            Kind = note.Kind switch
            {
                NoteKind.Glossary => "glossary",
                NoteKind.FactCheck => "fact-check",
                NoteKind.Correction => "correction",
                _ => "context",
            },
            KindLabel = note.Kind switch
            {
                NoteKind.Glossary => "名詞",
                NoteKind.FactCheck => "查核",
                NoteKind.Correction => "更正",
                _ => "背景",
            },
            note.Title,
            Lang = note.KeepsTraditional ? "zh-Hant" : "",
            BodyHtml = ToHtml(body),
            Sources = SourceList(note.Sources, placed.Anchor),
        };
    }

    /// <summary>
    /// A note's body as HTML. The same body stands on the explainer, its section page and its embed,
    /// and is built again for every page on every rebuild of the preview: Markdig runs once per text.
    /// </summary>
    private string ToHtml(string body)
    {
        var cache = Rendered.GetValue(markdown, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        if (cache.Count > 10_000)
        {
            cache.Clear(); // bounded: a long preview session edits many notes
        }
        return cache.GetOrAdd(body, text => Markdig.Markdown.ToHtml(text, markdown));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MarkdownPipeline, ConcurrentDictionary<string, string>> Rendered = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorrectionSet, System.Runtime.CompilerServices.ConditionalWeakTable<ParagraphModel, List<object>>> CorrectionsOf = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MarkdownPipeline, System.Runtime.CompilerServices.ConditionalWeakTable<PlacedNote, object>> NotesOf = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Profile, ConcurrentDictionary<(string Anchor, bool Compact), CardText>> CardTexts = new();

    /// <summary>What a card says, the same on every page it stands on.</summary>
    private sealed record CardText(string RoleHtml, string WhyHtml, List<string> FiguresHtml, object Sources);

    public object Card(Profile profile, string anchor, bool compact = false)
    {
        var text = CardTexts.GetValue(profile, _ => new()).GetOrAdd((anchor, compact), key => new CardText(
            // A compact card lists no sources, so its role keeps none of their citations either.
            key.Compact ? WebUtility.HtmlEncode(ProfilePages.WithoutCitations(profile.Role)) : Cited(profile.Role, key.Anchor),
            Cited(profile.Why, key.Anchor),
            [.. profile.Figures.Select(f => Cited(f, key.Anchor))],
            SourceList(profile.Sources, key.Anchor)));
        return Card(profile, anchor, compact, text);
    }

    private object Card(Profile profile, string anchor, bool compact, CardText text) => new
    {
        Anchor = anchor,
        Compact = compact,
        profile.Id,
        Kind = profile.Kind == ProfileKind.Person ? "person" : "organisation",
        KindLabel = profile.Kind == ProfileKind.Person ? "人物" : "組織",
        profile.Name,
        profile.NameZh,
        profile.Aliases,
        text.RoleHtml,
        profile.Organisation,
        profile.Side,
        text.WhyHtml,
        text.FiguresHtml,
        text.Sources,
        Href = href("profiles/" + profile.Id + "/"),
    };

    /// <summary>Plain text, escaped, with each [n] a link to source n of the same card or note.</summary>
    public static string Cited(string text, string anchor) =>
        Citation().Replace(WebUtility.HtmlEncode(text), m =>
            $"<a class=\"cite\" href=\"#{anchor}-source-{m.Groups[1].Value}\">[{m.Groups[1].Value}]</a>");

    public static object SourceList(IEnumerable<Source> sources, string anchor) =>
        sources.Select((s, i) => new
        {
            Number = i + 1,
            Anchor = $"{anchor}-source-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
            s.Publication,
            s.Title,
            s.Date,
            s.Url,
        }).ToList();
}
