using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Engine;

namespace Explainer.Site.Annotations;

/// <summary>
/// Decides where profiles and notes attach to an explainer: the first mention of each profile in each
/// section links to its card, which stands beside that paragraph; each note finds the one place its
/// quote (with prefix and suffix) occurs. A note that finds none or several is an error, or with
/// <c>lenient</c> a warning, and the note is left out.
/// </summary>
public static class AnnotationPlanner
{
    public static ExplainerAnnotations Plan(
        ExplainerModel explainer,
        IReadOnlyList<Profile> profiles,
        IReadOnlyList<Note> notes,
        bool lenient,
        DiagnosticBag diagnostics)
    {
        var byId = profiles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var matcher = new AliasMatcher(profiles);
        var paragraphs = explainer.Sections.SelectMany(s => s.Paragraphs.Select(p => (Section: s, Paragraph: p))).ToList();
        var mentions = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var linked = new Dictionary<string, List<LinkedMention>>(StringComparer.Ordinal);
        var cards = new Dictionary<string, List<Profile>>(StringComparer.Ordinal);
        var byProfile = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var section in explainer.Sections)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var paragraph in section.Paragraphs)
            {
                var found = matcher.Find(paragraph.Source.Text);
                mentions[paragraph.Id] = [.. found];
                foreach (var mention in found)
                {
                    var list = byProfile.TryGetValue(mention.ProfileId, out var existing) ? existing : byProfile[mention.ProfileId] = [];
                    if (list.LastOrDefault() != paragraph.Id)
                    {
                        list.Add(paragraph.Id);
                    }
                }
                // The first mention in a section that is not part of a correction links: a person's to the
                // card beside the paragraph, an organisation's (named everywhere) to its profile page.
                var candidates = found.Where(m => !seen.Contains(m.ProfileId) && !OverlapsCorrection(explainer, paragraph.Source.Text, m));
                foreach (var first in candidates.GroupBy(m => m.ProfileId).Select(g => g.First()))
                {
                    seen.Add(first.ProfileId);
                    var profile = byId[first.ProfileId];
                    var isPerson = profile.Kind == ProfileKind.Person;
                    var href = isPerson ? "#" + ExplainerAnnotations.CardAnchor(section.Slug, profile.Id) : "/" + SiteUrls.Profile(profile.Id);
                    (linked.TryGetValue(paragraph.Id, out var l) ? l : linked[paragraph.Id] = []).Add(new LinkedMention(first, href));
                    if (isPerson)
                    {
                        (cards.TryGetValue(paragraph.Id, out var c) ? c : cards[paragraph.Id] = []).Add(profile);
                    }
                }
            }
        }
        var (placed, unplaced) = PlaceNotes(paragraphs.Select(p => p.Paragraph).ToList(), notes, lenient, diagnostics);
        var result = paragraphs.ToImmutableDictionary(
            p => p.Paragraph.Id,
            p => new ParagraphAnnotations(
                [.. linked.GetValueOrDefault(p.Paragraph.Id) ?? []],
                [.. placed.Where(n => n.ParagraphId == p.Paragraph.Id)],
                [.. cards.GetValueOrDefault(p.Paragraph.Id) ?? []]),
            StringComparer.Ordinal);
        return new ExplainerAnnotations(result, byProfile.ToImmutableDictionary(k => k.Key, k => k.Value.ToImmutableArray(), StringComparer.Ordinal), unplaced);
    }

    private static bool OverlapsCorrection(ExplainerModel explainer, string text, Mention mention)
    {
        var position = 0;
        foreach (var segment in explainer.Corrections.Apply(text))
        {
            var end = position + segment.Text.Length;
            if (segment.Correction is not null && mention.Start < end && position < mention.Start + mention.Length)
            {
                return true;
            }
            position = end;
        }
        return false;
    }

    private static (ImmutableArray<PlacedNote> Placed, ImmutableArray<Note> Unplaced) PlaceNotes(
        List<ParagraphModel> paragraphs, IReadOnlyList<Note> notes, bool lenient, DiagnosticBag diagnostics)
    {
        var anchored = new List<(Note Note, int ParagraphIndex, int Position)>();
        var unplaced = ImmutableArray.CreateBuilder<Note>();
        foreach (var note in notes)
        {
            var hits = Data.QuoteLocator.FindAll(paragraphs, note.Prefix, note.Quote, note.Suffix);
            if (Data.QuoteLocator.Problem($"note '{note.Id}'", note.Quote, hits.Count) is { } problem)
            {
                diagnostics.Add(new Diagnostic(lenient ? Severity.Warning : Severity.Error, note.SourcePath, note.QuoteLine, note.QuoteColumn, problem));
                unplaced.Add(note);
                continue;
            }
            anchored.Add((note, paragraphs.IndexOf(hits[0].Paragraph), hits[0].End));
        }
        // Numbered in reading order, not in file order.
        var placed = anchored
            .OrderBy(a => a.ParagraphIndex).ThenBy(a => a.Position).ThenBy(a => a.Note.Id, StringComparer.Ordinal)
            .Select((a, i) => new PlacedNote(a.Note, i + 1, paragraphs[a.ParagraphIndex].Id, a.Position));
        return ([.. placed], unplaced.ToImmutable());
    }
}
