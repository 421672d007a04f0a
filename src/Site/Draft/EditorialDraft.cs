using System.Collections.Immutable;
using System.Text;
using Explainer.Analysis;
using Explainer.Editorial;
using Explainer.Editorial.Data;
using Explainer.Engine;
using Explainer.Seeds;
using Explainer.Site.Automatic;
using Explainer.Theme;

namespace Explainer.Site.Draft;

/// <summary>
/// <c>dotnet run -- draft</c>: for each seed, writes the editorial files it lacks (explainer.yml with the
/// sections the parser found, corrections.yml with the suspected conversion errors, data.yml with the
/// figures and events the build found, each with its quote), never overwriting one. Then it reports
/// the suggestions that the seed's corrections.yml does not cover yet, as the build does.
/// </summary>
public static class EditorialDraft
{
    public static DraftResult Run(string seedsFolder, string inputFolder)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        var diagnostics = new DiagnosticBag();
        foreach (var seedFile in Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            Draft(seedFile, inputFolder, written, diagnostics);
        }
        return new DraftResult(written.ToImmutable(), diagnostics.ToSortedArray());
    }

    private static void Draft(string seedFile, string inputFolder, ImmutableArray<string>.Builder written, DiagnosticBag diagnostics)
    {
        var seedPath = ThemeTemplates.DisplayPath(Path.GetFullPath(seedFile));
        var bytes = File.ReadAllBytes(seedFile);
        var decoded = SeedText.Decode(bytes);
        if (decoded.Text is null)
        {
            diagnostics.Add(Diagnostic.Error(seedPath, decoded.Line, decoded.Column, decoded.Problem ?? "unreadable seed"));
            return;
        }
        var stem = Path.GetFileNameWithoutExtension(seedFile);
        var folder = Path.Combine(inputFolder, stem);
        var settingsFile = Path.Combine(folder, "explainer.yml");
        var correctionsFile = Path.Combine(folder, "corrections.yml");
        var dataFile = Path.Combine(folder, "data.yml");
        var reading = new DiagnosticBag();
        var settings = File.Exists(settingsFile) ? SeedSettings.Read(Yaml(settingsFile, reading)) : SeedSettings.Default;
        var corrections = File.Exists(correctionsFile) ? CorrectionSet.Read(Yaml(correctionsFile, reading)) : CorrectionSet.Empty;
        if (reading.HasErrors)
        {
            diagnostics.AddRange(reading.ToSortedArray());
            return;
        }
        var seed = SeedParser.Parse(Path.GetFileName(seedFile), decoded.Text, settings.ParseOptions);
        if (seed.Sections.All(s => s.Paragraphs.IsEmpty))
        {
            diagnostics.Add(Diagnostic.Error(seedPath, 1, 1, "the seed has no article to draft from: a headline on the first line, then the article"));
            return;
        }
        var explainer = ExplainerBuilder.Build(seed, seedPath, ExplainerBuilder.Sha256Of(bytes), settings, corrections, false, new DiagnosticBag());

        void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // an input/<seed> path always has a folder
            // CreateNew: a file that appeared since we looked is still never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Encoding.UTF8.GetBytes(text));
            written.Add(ThemeTemplates.DisplayPath(Path.GetFullPath(path)));
        }

        if (!File.Exists(settingsFile))
        {
            Write(settingsFile, ExplainerFile(explainer, seedPath));
        }
        if (!File.Exists(correctionsFile))
        {
            var text = CorrectionsFile(explainer, SuggestionFinder.Find(explainer, seedPath), seedPath);
            Write(correctionsFile, text);
            corrections = CorrectionSet.Read(YamlFile.Parse(correctionsFile, text));
            explainer = ExplainerBuilder.Build(seed, seedPath, explainer.SeedSha256, settings, corrections, false, new DiagnosticBag());
        }
        if (!File.Exists(dataFile) && DataFileText(explainer, seedPath) is { } data)
        {
            Write(dataFile, data);
        }
        diagnostics.AddRange(SuggestionFinder.Find(explainer, seedPath).Select(s => s.ToDiagnostic()));
    }

    private static YamlFile Yaml(string path, DiagnosticBag diagnostics)
    {
        var file = YamlFile.Parse(ThemeTemplates.DisplayPath(Path.GetFullPath(path)), File.ReadAllText(path));
        diagnostics.AddRange(file.Diagnostics);
        return file;
    }

    private static string ExplainerFile(ExplainerModel explainer, string seedPath)
    {
        var text = new StringBuilder()
            .Append("# How ").Append(seedPath).Append(" is published, drafted by `dotnet run -- draft` from what the parser found.\n")
            .Append("# Sections are chosen by quoting their heading exactly as the seed spells it.\n")
            .Append("slug: ").Append(explainer.Slug).Append('\n');
        text.Append(explainer.TitleEn.Length > 0 ? $"title_en: {DraftYaml.Quote(explainer.TitleEn)}\n" : "# title_en: \"The English title\"\n");
        text.Append("# date: 2026-01-31            # when the explainer is published (feeds, sitemap, 出處); builds never use the clock\n")
            .Append("# based_on:                   # the article the seed reproduces; its date also dates 今年, 本周 … on the timeline\n")
            .Append("#   publication: \"…\"\n#   title: \"…\"\n#   date: 2026-01-30\n#   url: \"https://…\"\n");
        var lead = explainer.Sections.FirstOrDefault(s => s.IsLead);
        if (lead is not null)
        {
            text.Append("lead:\n  slug: ").Append(lead.Slug).Append("\n  title: ").Append(DraftYaml.Quote(lead.Title)).Append("\n  title_en: Introduction\n");
        }
        var headed = explainer.Sections.Where(s => !s.IsLead).ToList();
        if (headed.Count > 0)
        {
            text.Append("sections:\n");
            foreach (var section in headed)
            {
                text.Append("  - heading: ").Append(DraftYaml.Quote(section.Heading!)).Append('\n') // headed sections only
                    .Append("    slug: ").Append(section.Slug).Append('\n')
                    .Append("    # title_en: \"…\"\n");
            }
        }
        return text.ToString();
    }

    private static string CorrectionsFile(ExplainerModel explainer, ImmutableArray<Suggestion> suggestions, string seedPath)
    {
        var text = new StringBuilder()
            .Append("# Visible corrections of ").Append(seedPath).Append(", drafted by `dotnet run -- draft`.\n")
            .Append("# Each entry quotes the seed exactly; the page shows the correction and keeps the original.\n")
            .Append("# Suspected conversion errors (kind: error) are entered as corrections: delete one that is wrong,\n")
            .Append("# or decline it by replacing its corrected/reason/count lines with `declined: <why>`.\n")
            .Append("# Variants and mainland name forms are listed commented out: uncomment to accept.\n");
        var groups = suggestions.GroupBy(s => (s.Original, s.Suggested, s.Kind)).ToList();
        var active = groups.Where(g => g.Key.Kind == Chinese.SuspectKind.Error).ToList();
        var set = new CorrectionSet(null, [.. active.Select((g, i) => new Correction(g.Key.Original, g.Key.Suggested, g.First().Reason, null, i + 1, 1))]);
        var counts = Runs(explainer).SelectMany(run => set.Apply(run)).Where(s => s.Correction is not null)
            .GroupBy(s => s.Correction!.Original, StringComparer.Ordinal) // filtered to corrected runs just above
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (groups.Count == 0)
        {
            return text.Append("# The build found no likely conversion error in this seed.\n[]\n").ToString();
        }
        foreach (var group in groups)
        {
            var first = group.First();
            var lines = new List<string>
            {
                $"- original: {DraftYaml.Quote(group.Key.Original)}",
                $"  corrected: {DraftYaml.Quote(group.Key.Suggested)}",
                $"  kind: {first.KindName}",
                $"  reason: {DraftYaml.Quote(first.Reason)}",
            };
            var commented = group.Key.Kind != Chinese.SuspectKind.Error || !counts.TryGetValue(group.Key.Original, out var count);
            if (!commented)
            {
                lines.Add($"  count: {counts[group.Key.Original]}");
            }
            text.Append('\n');
            foreach (var place in group)
            {
                text.Append("# ").Append(place.File).Append('(').Append(place.Line).Append(',').Append(place.Column).Append("): …").Append(place.Context.ReplaceLineEndings(" ")).Append("…\n");
            }
            foreach (var line in lines)
            {
                text.Append(commented ? "# " : "").Append(line).Append('\n');
            }
        }
        return text.ToString();
    }

    private static IEnumerable<string> Runs(ExplainerModel explainer) =>
        new[] { explainer.Seed.Headline, explainer.Seed.Subtitle ?? "" }
            .Concat(explainer.Seed.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Heading ?? "")));

    private static string? DataFileText(ExplainerModel explainer, string seedPath)
    {
        var paragraphs = explainer.Sections.SelectMany(s => s.Paragraphs).ToList();
        var figures = AutomaticData.MoneyToChart(paragraphs.SelectMany(p => AmountFinder.Find(p.Source.Text).Select(a => (Paragraph: p, Amount: a))))
            .Take(AutomaticData.MostFigures)
            .Select(a => (a.Paragraph, a.Amount, Quote: UniqueQuote.For(paragraphs, a.Paragraph, a.Amount.Index, a.Amount.Length)))
            .Where(f => f.Quote is not null)
            .ToList();
        var published = DateOnly.TryParse(explainer.BasedOn?.Date, System.Globalization.CultureInfo.InvariantCulture, out var basedOn) ? basedOn : (DateOnly?)null;
        // Only events whose words resolve as the build resolves data.yml's `when` (it needs `published`).
        var events = new List<(ParagraphModel Paragraph, FoundDate Date, (string Prefix, string Text)? Quote)>();
        if (published is { } day)
        {
            ResolvedDate? previous = null;
            foreach (var paragraph in paragraphs)
            {
                foreach (var date in DateFinder.Find(paragraph.Source.Text))
                {
                    var resolved = RelativeDate.Resolve(date.Text, day, previous);
                    var quote = UniqueQuote.For(paragraphs, paragraph, date.Index, date.Length);
                    if (resolved is null || quote is null)
                    {
                        continue;
                    }
                    previous = resolved;
                    if (events.Count < AutomaticData.MostEvents)
                    {
                        events.Add((paragraph, date, quote));
                    }
                }
            }
        }
        if (figures.Count < 2 && events.Count < 2)
        {
            return null;
        }
        var text = new StringBuilder()
            .Append("# The figures and dated events of ").Append(seedPath).Append(", drafted by `dotnet run -- draft`.\n")
            .Append("# Each quotes the words that state it (prefix: the words before, where they occur more than once);\n")
            .Append("# the build fails if the seed's number changes under it. Labels are the seed's clause: shorten them,\n")
            .Append("# add label_en, delete what does not belong. This file replaces the automatic chart and timeline.\n");
        text.Append(published is { } stamp ? $"published: {stamp:yyyy-MM-dd}\n" : "# published: 2026-01-30        # the date the story appeared: dates 今年, 本周 … on a timeline\n");
        if (figures.Count >= 2)
        {
            var last = figures[^1].Quote!.Value; // filtered to quoted figures above
            text.Append("chart:\n")
                .Append("  title: \"本文提到的金額\"\n")
                .Append("  summary: ").Append(DraftYaml.Quote($"文中以{figures[0].Amount.Unit}計的 {figures.Count} 筆金額，依出現先後排列。")).Append('\n')
                .Append("  note: \"金額大小相差懸殊時，長度無法並排比較，故用對數尺度：每一條格線是前一條的十倍。\"\n")
                .Append("  source: \"資料來源：報導原文。\"\n")
                .Append("  after: ").Append(DraftYaml.Quote(last.Text)).Append('\n');
            if (last.Prefix.Length > 0)
            {
                text.Append("  after_prefix: ").Append(DraftYaml.Quote(last.Prefix)).Append('\n');
            }
            text.Append("figures:\n");
            foreach (var ((_, amount, quote), i) in figures.Select((f, i) => (f, i)))
            {
                text.Append("  - id: amount-").Append(i + 1).Append('\n')
                    .Append("    label: ").Append(DraftYaml.Quote(amount.Clause)).Append('\n')
                    .Append("    value: ").Append(DraftYaml.Number(amount.Value)).Append('\n');
                if (amount.ValueMax != amount.Value)
                {
                    text.Append("    kind: range\n    value_max: ").Append(DraftYaml.Number(amount.ValueMax)).Append('\n');
                }
                if (amount.Approximate)
                {
                    text.Append("    approximate: true\n");
                }
                text.Append("    unit: ").Append(DraftYaml.Quote(amount.Unit)).Append('\n');
                if (amount.Currency.Length > 0)
                {
                    text.Append("    currency: ").Append(amount.Currency).Append('\n');
                }
                text.Append("    group: money\n")
                    .Append("    quote: ").Append(DraftYaml.Quote(quote!.Value.Text)).Append('\n'); // filtered to quoted figures above
                if (quote.Value.Prefix.Length > 0)
                {
                    text.Append("    prefix: ").Append(DraftYaml.Quote(quote.Value.Prefix)).Append('\n');
                }
            }
        }
        if (events.Count >= 2)
        {
            var last = events[^1].Quote!.Value; // filtered to quoted events above
            text.Append("timeline:\n")
                .Append("  title: \"本文提到的時間\"\n")
                .Append("  after: ").Append(DraftYaml.Quote(last.Text)).Append('\n');
            if (last.Prefix.Length > 0)
            {
                text.Append("  after_prefix: ").Append(DraftYaml.Quote(last.Prefix)).Append('\n');
            }
            text.Append("events:\n");
            foreach (var (_, date, quote) in events)
            {
                text.Append("  - when: ").Append(DraftYaml.Quote(date.Text)).Append('\n')
                    .Append("    label: ").Append(DraftYaml.Quote(date.Clause)).Append('\n')
                    .Append("    quote: ").Append(DraftYaml.Quote(quote!.Value.Text)).Append('\n'); // filtered to quoted events above
                if (quote.Value.Prefix.Length > 0)
                {
                    text.Append("    prefix: ").Append(DraftYaml.Quote(quote.Value.Prefix)).Append('\n');
                }
            }
        }
        return text.ToString();
    }
}
