using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Editorial.Data;

/// <summary>
/// Resolves the story's relative dates (今年春天, 6月, 11月15日, 一個月後, 本周四, 去年10月, 上周五) against the
/// publication date, and the previous event for "later" expressions; <see cref="Absolute"/> reads dates
/// that need neither (1984年5月14日, 2021年10月, 2004年, 2024年底). Unknown expressions return null: the
/// data file says something this resolver cannot check, which the build reports. A bare year word
/// (今年, 去年) is too coarse for a timeline and stays unresolved.
/// </summary>
public static partial class RelativeDate
{
    private const string Numeral = @"\d{1,2}|[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"^(?<year>今年|去年|明年)?(?<season>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)$")]
    private static partial Regex Season();

    [GeneratedRegex(@"^(?<year>今年|去年|明年)?(?<month>" + Numeral + @")月(?:(?<day>" + Numeral + @")[日號])?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<year>今年|去年|明年)(?<part>年初|年底|初|底|稍早)$")]
    private static partial Regex YearPart();

    [GeneratedRegex(@"^(?<count>[一二兩三四五六七八九十]|\d+)個?(?<unit>月|星期|週|周|天|日|年)後$")]
    private static partial Regex Later();

    [GeneratedRegex(@"^(?<which>本|這|上|下)(?:[周週]|星期)(?<day>[一二三四五六日天])$")]
    private static partial Regex Week();

    [GeneratedRegex(@"^(?<year>\d{4})年(?:(?<month>" + Numeral + @")月(?:(?<day>" + Numeral + @")[日號])?|(?<part>年初|年底|初|底))?$")]
    private static partial Regex AbsoluteDate();

    public static ResolvedDate? Resolve(string expression, DateOnly published, ResolvedDate? previous)
    {
        if (Absolute(expression) is { } absolute)
        {
            return absolute;
        }
        if (Season().Match(expression) is { Success: true } season)
        {
            var year = YearOf(season.Groups["year"].Value, published);
            var (first, last, name) = season.Groups["season"].Value[0] switch
            {
                '春' => (3, 5, "春季"),
                '夏' => (6, 8, "夏季"),
                '秋' => (9, 11, "秋季"),
                _ => (12, 12, "冬季"),
            };
            var start = new DateOnly(year, first, 1);
            var end = new DateOnly(year, last, DateTime.DaysInMonth(year, last));
            return new ResolvedDate(start, end, $"{year} 年{name}（{first}–{last} 月）", $"{YearReason(season.Groups["year"].Value, published)}，北半球{name}為 {first} 至 {last} 月");
        }
        if (MonthDay().Match(expression) is { Success: true } monthDay)
        {
            var yearWord = monthDay.Groups["year"].Value;
            return Day(YearOf(yearWord, published), monthDay.Groups["month"].Value, monthDay.Groups["day"], YearReason(yearWord, published));
        }
        if (YearPart().Match(expression) is { Success: true } part)
        {
            var yearWord = part.Groups["year"].Value;
            var year = YearOf(yearWord, published);
            return part.Groups["part"].Value == "稍早"
                ? yearWord == "今年" && published > new DateOnly(year, 1, 1)
                    ? new ResolvedDate(new DateOnly(year, 1, 1), published, $"{year} 年稍早（{published.Month} 月 {published.Day} 日以前）", $"報導發表於 {published:yyyy-MM-dd}，今年稍早即當年年初至發表日之間")
                    : null
                : YearEnd(year, part.Groups["part"].Value, YearReason(yearWord, published));
        }
        if (Later().Match(expression) is { Success: true } later && previous is not null)
        {
            return After(later.Groups["count"].Value, later.Groups["unit"].Value, previous);
        }
        if (Week().Match(expression) is { Success: true } week)
        {
            var target = "一二三四五六日天".IndexOf(week.Groups["day"].Value[0], StringComparison.Ordinal) switch { 7 => 6, var i => i };
            var offset = week.Groups["which"].Value switch { "上" => -7, "下" => 7, _ => 0 };
            // Weeks start on Monday, as Taiwanese calendars print them.
            var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            var date = monday.AddDays(target + offset);
            var which = offset switch { < 0 => "上一週", > 0 => "下一週", _ => "同一週" };
            return new ResolvedDate(date, date, $"{date.Year} 年 {date.Month} 月 {date.Day} 日（{Weekday(date)}）",
                $"報導發表於 {published:yyyy-MM-dd}（{Weekday(published)}），{which}的{Weekday(date)}");
        }
        return null;
    }

    /// <summary>A date that names its year (1984年5月14日, 2021年10月, 2004年, 2024年底); null otherwise.</summary>
    public static ResolvedDate? Absolute(string expression)
    {
        if (AbsoluteDate().Match(expression) is not { Success: true } match)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998)
        {
            return null;
        }
        if (match.Groups["month"].Success)
        {
            return Day(year, match.Groups["month"].Value, match.Groups["day"], "原文寫明年份");
        }
        if (match.Groups["part"].Success)
        {
            return YearEnd(year, match.Groups["part"].Value, "原文寫明年份");
        }
        return new ResolvedDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year} 年", "原文寫明年份");
    }

    private static ResolvedDate? Day(int year, string monthText, Group dayGroup, string reason)
    {
        var month = NumberOf(monthText);
        if (month is < 1 or > 12)
        {
            return null;
        }
        if (dayGroup.Success)
        {
            var day = NumberOf(dayGroup.Value);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }
            var date = new DateOnly(year, month, day);
            return new ResolvedDate(date, date, $"{year} 年 {month} 月 {day} 日", reason);
        }
        var first = new DateOnly(year, month, 1);
        return new ResolvedDate(first, first.AddMonths(1).AddDays(-1), $"{year} 年 {month} 月", reason);
    }

    /// <summary>年初 is January and 年底 December: the narrowest months the words certainly include.</summary>
    private static ResolvedDate YearEnd(int year, string part, string reason)
    {
        var (month, name) = part.EndsWith('初') ? (1, "年初") : (12, "年底");
        var start = new DateOnly(year, month, 1);
        return new ResolvedDate(start, start.AddMonths(1).AddDays(-1), $"{year} {name}（{month} 月）", $"{reason}，{name}以 {month} 月計");
    }

    private static ResolvedDate After(string countText, string unit, ResolvedDate previous)
    {
        var count = NumberOf(countText);
        if (unit == "月")
        {
            var start = new DateOnly(previous.Start.Year, previous.Start.Month, 1).AddMonths(count);
            return new ResolvedDate(start, start.AddMonths(1).AddDays(-1), $"{start.Year} 年 {start.Month} 月（約）",
                $"前一事件在 {previous.Display}，往後推 {count} 個月");
        }
        var (from, to, words) = unit switch
        {
            "年" => (previous.Start.AddYears(count), previous.End.AddYears(count), $"{count} 年"),
            "天" or "日" => (previous.Start.AddDays(count), previous.End.AddDays(count), $"{count} 天"),
            _ => (previous.Start.AddDays(7 * count), previous.End.AddDays(7 * count), $"{count} 週"),
        };
        var display = from == to ? $"{from.Year} 年 {from.Month} 月 {from.Day} 日（約）" : $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}（約）";
        return new ResolvedDate(from, to, display, $"前一事件在 {previous.Display}，往後推 {words}");
    }

    private static int NumberOf(string numeral) =>
        char.IsAsciiDigit(numeral[0]) ? int.Parse(numeral, CultureInfo.InvariantCulture) : (int)(ChineseNumber.Read(numeral)?.Min ?? 0);

    private static int YearOf(string word, DateOnly published) => published.Year + word switch { "去年" => -1, "明年" => 1, _ => 0 };

    private static string YearReason(string word, DateOnly published) => word switch
    {
        "去年" => $"報導發表於 {published.Year} 年，去年即 {published.Year - 1} 年",
        "明年" => $"報導發表於 {published.Year} 年，明年即 {published.Year + 1} 年",
        "今年" => $"報導發表於 {published.Year} 年",
        _ => $"報導發表於 {published.Year} 年，未寫年份即指當年",
    };

    private static string Weekday(DateOnly date) => "週" + "日一二三四五六"[(int)date.DayOfWeek];
}
