// Temporary: the APIs being written on the `chinese` and `analysis` branches; removed when they merge.
using System.Collections.Immutable;

namespace Explainer.Chinese
{
    public sealed class ChineseConverter
    {
        public static ChineseConverter TraditionalToSimplified { get; } = new();
        public static ChineseConverter SimplifiedToTraditional { get; } = new();
        public static ChineseConverter TaiwanToSimplified { get; } = new();
        public string Convert(string text) => text;
    }

    public enum SuspectKind { Error, Variant, Transliteration }

    public sealed record ConversionSuspect(int Index, int Length, string Original, string Suggested, SuspectKind Kind, string Reason);

    public static class ConversionChecker
    {
        public static ImmutableArray<ConversionSuspect> Find(string text)
        {
            var i = text.IndexOf("四麵", StringComparison.Ordinal);
            return i < 0 ? [] : [new ConversionSuspect(i, 2, "四麵", "四面", SuspectKind.Error, "簡轉繁錯誤：「面」誤轉為麵食的「麵」")];
        }
    }
}

namespace Explainer.Analysis
{
    public enum AmountKind { Money, Percent, People, Age, Count }
    public sealed record FoundAmount(int Index, int Length, string Text, AmountKind Kind, decimal Value, decimal ValueMax,
        bool Approximate, string Unit, string Currency, int ClauseIndex, string Clause, FoundAmount? Also);
    public enum DateKind { Absolute, Relative }
    public sealed record FoundDate(int Index, int Length, string Text, DateKind Kind, int ClauseIndex, string Clause);
    public enum NameKind { Person, Organisation }
    public sealed record FoundName(int Index, int Length, string Name, NameKind Kind, int TitleIndex, string Title);

    public static class AmountFinder
    {
        public static ImmutableArray<FoundAmount> Find(string paragraph)
        {
            var found = ImmutableArray.CreateBuilder<FoundAmount>();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(paragraph, @"(數)?(\d+)?億美元"))
            {
                if (!m.Groups[1].Success && !m.Groups[2].Success) continue; var v = m.Groups[1].Success ? 2e8m : decimal.Parse(m.Groups[2].Value) * 1e8m;
                var max = m.Groups[1].Success ? 9e8m : v;
                var cs = paragraph.LastIndexOfAny(['，', '。', '：'], m.Index) + 1;
                var ce = paragraph.IndexOfAny(['，', '。', '：'], m.Index);
                if (ce < 0) ce = paragraph.Length;
                found.Add(new FoundAmount(m.Index, m.Length, m.Value, AmountKind.Money, v, max, false, "美元", "USD", cs, paragraph[cs..ce], null));
            }
            return found.ToImmutable();
        }
    }

    public static class DateFinder
    {
        public static ImmutableArray<FoundDate> Find(string paragraph)
        {
            var found = ImmutableArray.CreateBuilder<FoundDate>();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(paragraph, @"\d{1,2}月(\d{1,2}日)?|本周[一二三四五六日]|今年春天|一個月後"))
            {
                var cs = paragraph.LastIndexOfAny(['，', '。', '：'], m.Index) + 1;
                var ce = paragraph.IndexOfAny(['，', '。', '：'], m.Index);
                if (ce < 0) ce = paragraph.Length;
                found.Add(new FoundDate(m.Index, m.Length, m.Value, DateKind.Relative, cs, paragraph[cs..ce]));
            }
            return found.ToImmutable();
        }

        public static Explainer.Editorial.Data.ResolvedDate? Resolve(FoundDate date, DateOnly? published, Explainer.Editorial.Data.ResolvedDate? previous) =>
            published is { } p ? Explainer.Editorial.Data.RelativeDate.Resolve(date.Text, p, previous) : null;
    }

    public static class NameFinder
    {
        public static ImmutableArray<FoundName> Find(string paragraph)
        {
            var found = ImmutableArray.CreateBuilder<FoundName>();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(paragraph, @"(發言人\s*)([A-Z][a-z]+ [A-Z][a-z]+)"))
            {
                found.Add(new FoundName(m.Groups[2].Index, m.Groups[2].Length, m.Groups[2].Value, NameKind.Person, m.Index, m.Groups[1].Value.Trim()));
            }
            return found.ToImmutable();
        }
    }
}
