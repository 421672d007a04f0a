using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Explainer.Editorial.Data;

namespace Explainer.Analysis;

/// <summary>
/// Finds the dates of one paragraph: absolute ones that name their year (1984年5月14日, 2021年10月, 2004年,
/// 2024年底) and relative ones (今年春天, 去年10月, 6月, 11月15日, 本周四, 上週五, 一個月後, 今年稍早, 在夏季).
/// Every form found here is one <see cref="RelativeDate"/> can try; a bare 今年 or 去年 is found but stays
/// unresolved (a year is no point on a timeline).
/// </summary>
public static partial class DateFinder
{
    private const string Month = @"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月";
    private const string Day = @"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日號]";
    private const string Season = "春天|春季|夏天|夏季|秋天|秋季|冬天|冬季";

    [GeneratedRegex(
        @"(?<absolute>(?<![0-9])(?:1[5-9]|20)[0-9]{2}年(?:" + Month + "(?:" + Day + @")?|年初|年底|初|底)?)" +
        @"|(?:今年(?:" + Season + "|年初|年底|初|底|稍早|" + Month + "(?:" + Day + @")?)?)" +
        @"|(?:(?:去年|明年)(?:" + Season + "|年初|年底|初|底|" + Month + "(?:" + Day + @")?)?)" +
        @"|(?:(?<=[在於])(?:" + Season + @"))" +
        @"|(?:(?<![0-9一二三四五六七八九十])" + Month + "(?:" + Day + @")?)" +
        @"|(?:[本這上下](?:[周週]|星期)[一二三四五六日天])" +
        @"|(?:(?<![0-9])(?:[一二兩三四五六七八九十]|[0-9]+)個?(?:月|星期|週|周|天|年)後)")]
    private static partial Regex Candidate();

    public static ImmutableArray<FoundDate> Find(string paragraph)
    {
        var found = ImmutableArray.CreateBuilder<FoundDate>();
        for (var match = Candidate().Match(paragraph); match.Success; match = match.NextMatch())
        {
            if (IsPartOfWord(paragraph, match))
            {
                continue;
            }
            var (clauseIndex, clause) = ClauseText.OfEvent(paragraph, match.Index, match.Length);
            var kind = match.Groups["absolute"].Success ? DateKind.Absolute : DateKind.Relative;
            found.Add(new FoundDate(match.Index, match.Length, match.Value, kind, clauseIndex, clause));
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// Resolves one found date: an absolute one alone; a relative one from <paramref name="published"/>
    /// (null: unresolvable) and the previous resolved event (for 一個月後). Null when it cannot be checked.
    /// </summary>
    public static ResolvedDate? Resolve(FoundDate date, DateOnly? published, ResolvedDate? previous) =>
        date.Kind == DateKind.Absolute
            ? RelativeDate.Absolute(date.Text)
            : published is { } day ? RelativeDate.Resolve(date.Text, day, previous) : null;

    /// <summary>A month word inside another word: 月球, 月亮, 月光, 月餅, 月台, 月薪, 月費 (五月天 stays a risk).</summary>
    private static bool IsPartOfWord(string paragraph, Match match)
    {
        var end = match.Index + match.Length;
        var next = end < paragraph.Length ? paragraph[end] : ' ';
        return match.Value[^1] == '月' && next is '球' or '亮' or '光' or '餅' or '台' or '薪' or '費';
    }
}
