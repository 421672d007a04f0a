using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Editorial.Data;

/// <summary>A date the story gives, resolved: a day or a span, and how it was worked out.</summary>
public sealed record ResolvedDate(DateOnly Start, DateOnly End, string Display, string Derivation);

/// <summary>
/// Resolves the story's relative dates (今年春天, 6月, 11月15日, 一個月後, 本周四) against the
/// publication date, and the previous event for "later" expressions. Unknown expressions return null:
/// the data file says something this resolver cannot check, which the build reports.
/// </summary>
public static partial class RelativeDate
{
    [GeneratedRegex(@"^今年(春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)$")]
    private static partial Regex Season();

    [GeneratedRegex(@"^(\d{1,2})月(?:(\d{1,2})日)?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^([一二兩三四五六七八九十]|\d+)個月後$")]
    private static partial Regex MonthsLater();

    [GeneratedRegex(@"^本[周週]([一二三四五六日天])$")]
    private static partial Regex ThisWeek();

    public static ResolvedDate? Resolve(string expression, DateOnly published, ResolvedDate? previous)
    {
        var year = published.Year;
        if (Season().Match(expression) is { Success: true } season)
        {
            var (first, last, name) = season.Groups[1].Value[0] switch
            {
                '春' => (3, 5, "春季"),
                '夏' => (6, 8, "夏季"),
                '秋' => (9, 11, "秋季"),
                _ => (12, 12, "冬季"),
            };
            var start = new DateOnly(year, first, 1);
            var end = new DateOnly(year, last, DateTime.DaysInMonth(year, last));
            return new ResolvedDate(start, end, $"{year} 年{name}（{first}–{last} 月）", $"報導發表於 {year} 年，北半球{name}為 {first} 至 {last} 月");
        }
        if (MonthDay().Match(expression) is { Success: true } monthDay)
        {
            var month = int.Parse(monthDay.Groups[1].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return null;
            }
            if (monthDay.Groups[2].Success)
            {
                var day = int.Parse(monthDay.Groups[2].Value, CultureInfo.InvariantCulture);
                if (day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    return null;
                }
                var date = new DateOnly(year, month, day);
                return new ResolvedDate(date, date, $"{year} 年 {month} 月 {day} 日", $"報導發表於 {year} 年，未寫年份即指當年");
            }
            var first = new DateOnly(year, month, 1);
            return new ResolvedDate(first, first.AddMonths(1).AddDays(-1), $"{year} 年 {month} 月", $"報導發表於 {year} 年，未寫年份即指當年");
        }
        if (MonthsLater().Match(expression) is { Success: true } later && previous is not null)
        {
            var count = later.Groups[1].Value is var n && char.IsAsciiDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture) : (int)ChineseNumber.First(n)!.Min; // the pattern admits only numerals
            var start = new DateOnly(previous.Start.Year, previous.Start.Month, 1).AddMonths(count);
            return new ResolvedDate(start, start.AddMonths(1).AddDays(-1), $"{start.Year} 年 {start.Month} 月（約）",
                $"前一事件在 {previous.Display}，往後推 {count} 個月");
        }
        if (ThisWeek().Match(expression) is { Success: true } week)
        {
            var target = "一二三四五六日天".IndexOf(week.Groups[1].Value[0]) switch { 7 => 6, var i => i };
            // Weeks start on Monday, as Taiwanese calendars print them.
            var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            var date = monday.AddDays(target);
            return new ResolvedDate(date, date, $"{date.Year} 年 {date.Month} 月 {date.Day} 日（{Weekday(date)}）",
                $"報導發表於 {published:yyyy-MM-dd}（{Weekday(published)}），同一週的{Weekday(date)}");
        }
        return null;
    }

    private static string Weekday(DateOnly date) => "週" + "日一二三四五六"[(int)date.DayOfWeek];
}
