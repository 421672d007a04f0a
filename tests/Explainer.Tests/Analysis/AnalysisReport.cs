using System.Globalization;
using System.Text;
using Explainer.Analysis;
using Explainer.Editorial.Data;
using Explainer.Seeds;

namespace Explainer.Tests.Analysis;

/// <summary>
/// The golden format of the analysis. An input is a seed (headline first, as SeedParser reads it) with an
/// optional first line <c># published: yyyy-MM-dd</c>; the header is removed before parsing and, when
/// given, dates are resolved from it, each relative date from the previous resolved one across the seed.
/// Output: one block per paragraph (<c>¶n</c> and the seed's line numbers), then a line per item:
/// <c>amount Kind «Text» value[–max] [~] unit currency | clause</c> (<c>+ also …</c> for a conversion),
/// <c>date Kind «Text» → start..end display | clause</c> (<c>→ ?</c> unresolved), <c>name Kind «Name» title «Title»</c>.
/// </summary>
internal static class AnalysisReport
{
    public static (DateOnly? Published, ParsedSeed Seed) Parse(string fileName, string input)
    {
        DateOnly? published = null;
        const string Header = "# published: ";
        if (input.StartsWith(Header, StringComparison.Ordinal))
        {
            var end = input.IndexOf('\n', StringComparison.Ordinal);
            published = DateOnly.ParseExact(input[Header.Length..end].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            input = input[(end + 1)..];
        }
        return (published, SeedParser.Parse(fileName, input));
    }

    public static IEnumerable<string> Paragraphs(ParsedSeed seed) =>
        seed.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text);

    public static string Write(string fileName, string input)
    {
        var (published, seed) = Parse(fileName, input);
        var output = new StringBuilder();
        ResolvedDate? previous = null;
        var number = 0;
        foreach (var paragraph in seed.Sections.SelectMany(s => s.Paragraphs))
        {
            number++;
            var text = paragraph.Text;
            var lines = new List<(int Index, string Line)>();
            lines.AddRange(AmountFinder.Find(text).Select(a => (a.Index, Amount("amount", a) + $" | {a.Clause}" + (a.Also is { } also ? "\n  + " + Amount("also", also) : ""))));
            foreach (var date in DateFinder.Find(text))
            {
                var resolved = DateFinder.Resolve(date, published, previous);
                previous = resolved ?? previous;
                var when = resolved is null ? "?" : $"{resolved.Start:yyyy-MM-dd}..{resolved.End:yyyy-MM-dd} {resolved.Display}";
                lines.Add((date.Index, $"date {date.Kind} «{date.Text}» → {when} | {date.Clause}"));
            }
            lines.AddRange(NameFinder.Find(text).Select(n => (n.Index, $"name {n.Kind} «{n.Name}»" + (n.TitleIndex < 0 ? "" : $" title «{n.Title}»"))));
            if (lines.Count == 0)
            {
                continue;
            }
            output.Append(CultureInfo.InvariantCulture, $"¶{number} (lines {paragraph.FirstLine}–{paragraph.LastLine})\n");
            foreach (var (_, line) in lines.OrderBy(l => l.Index))
            {
                output.Append(line).Append('\n');
            }
        }
        return output.ToString();
    }

    private static string Amount(string label, FoundAmount a)
    {
        var value = a.Value == a.ValueMax ? Number(a.Value) : $"{Number(a.Value)}–{Number(a.ValueMax)}";
        return $"{label} {a.Kind} «{a.Text}» {value}{(a.Approximate ? " ~" : "")} {a.Unit} {a.Currency}".TrimEnd();
    }

    private static string Number(decimal value) => value.ToString("0.################", CultureInfo.InvariantCulture);
}
