using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Seeds;

namespace Explainer.Site;

/// <summary>Joins a parsed seed with its settings and corrections, checking that each still fits the seed.</summary>
public static class ExplainerBuilder
{
    public static ExplainerModel Build(
        ParsedSeed seed,
        string seedPath,
        string seedSha256,
        SeedSettings settings,
        CorrectionSet corrections,
        bool fullWidthPunctuation,
        DiagnosticBag diagnostics)
    {
        string Display(string text) =>
            fullWidthPunctuation ? Typography.FullWidthPunctuation(corrections.Correct(text)) : corrections.Correct(text);
        var settingsPath = settings.SourcePath ?? seedPath;
        var slug = settings.Slug
            ?? NonEmpty(Slugs.FromText(seed.Subtitle ?? ""))
            ?? NonEmpty(Slugs.FromText(Path.GetFileNameWithoutExtension(seed.FileName)))
            ?? "explainer";
        var sections = BuildSections(seed, settings, settingsPath, Display, diagnostics);
        CheckCorrections(seed, seedPath, corrections, diagnostics);
        foreach (var quote in settings.HeadingQuotes.Where(q => !seed.Lines.Contains(q.Text)))
        {
            diagnostics.Add(Diagnostic.Error(settingsPath, quote.Line, quote.Column,
                $"heading override '{quote.Text}' is not a line of {seed.FileName}: quote the whole line exactly"));
        }
        return new ExplainerModel(slug, settings.TitleEn ?? seed.Subtitle ?? "", seed.FileName, seedSha256, seed, sections, corrections)
        {
            Title = Display(seed.Headline),
            SeedPath = seedPath,
            Date = settings.Date,
            Updated = settings.Updated,
            BasedOn = settings.BasedOn,
            ReReportedBy = settings.ReReportedBy,
            PreviousSlugs = settings.PreviousSlugs,
            Summary = Summarize(Display(seed.Sections.SelectMany(s => s.Paragraphs).FirstOrDefault()?.Text ?? seed.Headline)),
        };
    }

    /// <summary>At most 120 characters (whole text elements), an ellipsis when cut.</summary>
    public static string Summarize(string text, int max = 120)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        var result = new StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            if (++count > max)
            {
                return result.ToString().TrimEnd() + "…";
            }
            result.Append(elements.GetTextElement());
        }
        return result.ToString();
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;

    private static ImmutableArray<SectionModel> BuildSections(
        ParsedSeed seed, SeedSettings settings, string settingsPath, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var matched = new HashSet<SectionSettings>();
        var sections = ImmutableArray.CreateBuilder<SectionModel>();
        foreach (var (section, index) in seed.Sections.Select((s, i) => (s, i)))
        {
            var order = index + 1;
            string slug, title, titleEn;
            if (section.Heading is null)
            {
                (slug, title, titleEn) = (settings.LeadSlug, settings.LeadTitle, settings.LeadTitleEn);
            }
            else
            {
                var chosen = settings.Sections.FirstOrDefault(s => s.Heading == section.Heading);
                if (chosen is not null)
                {
                    matched.Add(chosen);
                }
                if (chosen?.Slug is { } explicitSlug && usedSlugs.Contains(explicitSlug))
                {
                    diagnostics.Add(Diagnostic.Error(settingsPath, chosen.Line, chosen.Column,
                        $"section slug '{explicitSlug}' is already used by an earlier section of {seed.FileName}; give each section its own slug"));
                }
                slug = chosen?.Slug ?? NonEmpty(Slugs.FromText(section.Heading, 5)) ?? $"section-{order}";
                title = display(section.Heading);
                titleEn = chosen?.TitleEn ?? "";
            }
            slug = Unique(slug, usedSlugs);
            var paragraphs = section.Paragraphs.Select(p => new ParagraphModel(Unique(ParagraphId(p.Text), usedIds), p));
            var previous = section.Heading is null ? settings.LeadPreviousSlugs : settings.Sections.FirstOrDefault(s => s.Heading == section.Heading)?.PreviousSlugs ?? [];
            sections.Add(new SectionModel(slug, order, title, titleEn, section.Heading, section.FirstLine, section.LastLine, [.. paragraphs]) { PreviousSlugs = previous });
        }
        var live = sections.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var renamed in settings.Sections.Where(s => s.PreviousSlugs.Any(live.Contains)))
        {
            diagnostics.Add(Diagnostic.Error(settingsPath, renamed.Line, renamed.Column,
                $"previous slug '{renamed.PreviousSlugs.First(live.Contains)}' of section '{renamed.Heading}' is the slug of a section still published: an old address cannot redirect away from a live page"));
        }
        foreach (var unmatched in settings.Sections.Where(s => !matched.Contains(s)))
        {
            diagnostics.Add(Diagnostic.Error(settingsPath, unmatched.Line, unmatched.Column,
                $"no heading '{unmatched.Heading}' in {seed.FileName}; headings found: {string.Join(", ", seed.Sections.Where(s => s.Heading is not null).Select(s => s.Heading))}"));
        }
        return sections.ToImmutable();
    }

    /// <summary>From the paragraph's own words, so inserting or removing other paragraphs never moves it.</summary>
    private static string ParagraphId(string text) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CjkText.Fold(text))))[..8];

    private static string Unique(string candidate, HashSet<string> used)
    {
        var result = candidate;
        for (var n = 2; !used.Add(result); n++)
        {
            result = $"{candidate}-{n}";
        }
        return result;
    }

    /// <summary>A correction that no longer finds its words, or finds them a different number of times, is an error.</summary>
    private static void CheckCorrections(ParsedSeed seed, string seedPath, CorrectionSet corrections, DiagnosticBag diagnostics)
    {
        var runs = new[] { seed.Headline, seed.Subtitle ?? "" }
            .Concat(seed.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Heading ?? "")));
        var counts = runs
            .SelectMany(run => corrections.Apply(run))
            .Where(s => s.Correction is not null)
            .GroupBy(s => s.Correction!) // filtered to non-null just above
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var declined in corrections.Declined.Where(d => !runs.Any(run => run.Contains(d.Original, StringComparison.Ordinal))))
        {
            diagnostics.Add(Diagnostic.Warning(corrections.SourcePath ?? seedPath, declined.Line, declined.Column,
                $"declined suggestion '{declined.Original}' matches nothing in {seed.FileName}"));
        }
        foreach (var correction in corrections.Items.OrderBy(c => c.Line))
        {
            var found = counts.GetValueOrDefault(correction);
            var path = corrections.SourcePath ?? seedPath;
            if (found == 0)
            {
                diagnostics.Add(Diagnostic.Error(path, correction.Line, correction.Column,
                    $"correction of '{correction.Original}' matches nothing in {seed.FileName}"));
            }
            else if (correction.ExpectedCount is { } expected && expected != found)
            {
                diagnostics.Add(Diagnostic.Error(path, correction.Line, correction.Column,
                    $"correction of '{correction.Original}' expects {expected} occurrence(s) in {seed.FileName} but finds {found}"));
            }
        }
    }
}
