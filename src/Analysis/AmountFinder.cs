using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Explainer.Editorial.Data;

namespace Explainer.Analysis;

/// <summary>
/// Finds the figures of one paragraph: a numeral (Arabic or Chinese, with 萬/億 and 數/一兩/至 ranges, read
/// by <see cref="ChineseNumber.Read"/>) with a unit that says what it counts: a currency, %, 人/名/位,
/// 歲 or a measure word. A number without a unit (a year, 第3季, 6000億 alone) is no amount.
/// </summary>
public static partial class AmountFinder
{
    private const string Arabic = @"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
    private const string Numeral = @"(?:[數幾](?=[十百千萬億兆])|" + Arabic + @"|[〇零一二兩三四五六七八九十百千])(?:" + Arabic + @"|[〇零一二兩三四五六七八九十百千萬億兆])*(?:[多餘][萬億兆]*)?";

    /// <summary>
    /// approx? currency-before? numeral (range)? unit? 左右? — the unit is optional only in the pattern:
    /// after 百分之 or a currency before the number.
    /// </summary>
    [GeneratedRegex(
        @"(?<approx>大約|約為|約|將近|接近|近|逾|超過)?" +
        @"(?:(?<percentOf>百分之)|(?<currencyBefore>新台幣|新臺幣|台幣|臺幣|人民幣|港幣|美金|日幣|US\$|NT\$|HK\$|\$|€|￥|¥)\s?)?" +
        @"(?<numeral>" + Numeral + @"(?:\s?[至到~～\-–]\s?" + Numeral + @")?)" +
        @"(?:\s?(?<unit>%|％|美元|美金|港元|港幣|人民幣|新台幣|新臺幣|台幣|臺幣|歐元|日圓|日元|英鎊|元|人|名|位|歲|個|家|間|座|項|款|條|種|輪|次|場|所))?" +
        @"(?<around>左右)?")]
    private static partial Regex Candidate();

    /// <summary>Words that introduce a conversion in brackets: (約234億港元), （合新台幣2000萬元）.</summary>
    [GeneratedRegex(@"\G\s?[(（](?:折合|合計|相當於|合|即)?")]
    private static partial Regex ConversionOpen();

    public static ImmutableArray<FoundAmount> Find(string paragraph)
    {
        var found = ImmutableArray.CreateBuilder<FoundAmount>();
        var position = 0;
        while (position < paragraph.Length && Candidate().Match(paragraph, position) is { Success: true } match)
        {
            position = match.Index + Math.Max(match.Length, 1);
            if (Read(paragraph, match) is not { } amount)
            {
                continue;
            }
            var end = amount.Index + amount.Length;
            if (Conversion(paragraph, end) is { } conversion)
            {
                amount = amount with { Also = conversion.Amount with { ClauseIndex = amount.ClauseIndex, Clause = amount.Clause } };
                position = conversion.End;
            }
            else
            {
                position = Math.Max(position, end);
            }
            found.Add(amount);
        }
        return found.ToImmutable();
    }

    private static (FoundAmount Amount, int End)? Conversion(string paragraph, int end)
    {
        if (ConversionOpen().Match(paragraph, end) is not { Success: true } open)
        {
            return null;
        }
        var inner = Candidate().Match(paragraph, open.Index + open.Length);
        if (!inner.Success || inner.Index != open.Index + open.Length || Read(paragraph, inner) is not { Kind: AmountKind.Money } amount)
        {
            return null;
        }
        var close = amount.Index + amount.Length;
        return close < paragraph.Length && paragraph[close] is ')' or '）' ? (amount, close + 1) : null;
    }

    private static FoundAmount? Read(string paragraph, Match match)
    {
        var numeral = match.Groups["numeral"];
        var unit = match.Groups["unit"];
        var percentOf = match.Groups["percentOf"].Success;
        var currencyBefore = match.Groups["currencyBefore"];
        if (!unit.Success && !percentOf && !currencyBefore.Success)
        {
            return null;
        }
        if (ChineseNumber.Read(numeral.Value) is not { } number || (!percentOf && !Plausible(paragraph, match)))
        {
            return null;
        }
        var (kind, unitText, currency) = percentOf
            ? (AmountKind.Percent, "%", "")
            : KindOf(unit.Success ? unit.Value : "", currencyBefore.Value);
        if (kind is null || (percentOf && unit.Success && unit.Value is not ("%" or "％")) || !FitsKind(paragraph, match, kind.Value, number))
        {
            return null;
        }
        var start = match.Index;
        var approx = match.Groups["approx"];
        var approximate = number.Approximate || match.Groups["around"].Success;
        if (approx.Success)
        {
            // 最近 and 附近 are "recent" and "nearby", not "nearly".
            if (approx.Value == "近" && start > 0 && paragraph[start - 1] is '最' or '附' or '接' or '將')
            {
                start += approx.Length;
            }
            else
            {
                approximate = true;
            }
        }
        var length = match.Index + match.Length - start;
        var (clauseIndex, clause) = ClauseText.Around(paragraph, start, length);
        return new FoundAmount(start, length, paragraph.Substring(start, length), kind.Value, number.Min, number.Max,
            approximate, unitText, currency, clauseIndex, clause, null);
    }

    private static (AmountKind? Kind, string Unit, string Currency) KindOf(string unit, string currencyBefore)
    {
        // 新台幣2000萬元: the word before says which 元.
        var currency = unit == "元" && CurrencyOf(currencyBefore) is { } named ? named : CurrencyOf(unit) ?? CurrencyOf(currencyBefore);
        if (currency is not null || (unit.Length == 0 && currencyBefore.Length > 0))
        {
            return (AmountKind.Money, unit.Length > 0 ? unit : currencyBefore, currency ?? "");
        }
        return unit switch
        {
            "%" or "％" => (AmountKind.Percent, unit, ""),
            "人" or "名" or "位" => (AmountKind.People, unit, ""),
            "歲" => (AmountKind.Age, unit, ""),
            "" => (null, "", ""),
            _ => (AmountKind.Count, unit, ""),
        };
    }

    /// <summary>The ISO code a currency word names; "" for a bare 元 (the text does not say which); null for no currency.</summary>
    private static string? CurrencyOf(string word) => word switch
    {
        "美元" or "美金" or "US$" or "$" => "USD",
        "港元" or "港幣" or "HK$" => "HKD",
        "人民幣" or "￥" => "CNY",
        "新台幣" or "新臺幣" or "台幣" or "臺幣" or "NT$" => "TWD",
        "歐元" or "€" => "EUR",
        "日圓" or "日元" or "日幣" or "¥" => "JPY",
        "英鎊" => "GBP",
        "元" => "",
        _ => null,
    };

    /// <summary>Numbers that are words or labels, not quantities: 第3季, A4, 唯一人, 百家爭鳴.</summary>
    private static bool Plausible(string paragraph, Match match)
    {
        var numeral = match.Groups["numeral"];
        var before = numeral.Index > 0 ? paragraph[numeral.Index - 1] : ' ';
        if (before is '第' || char.IsAsciiLetter(before) || (char.IsAsciiDigit(numeral.Value[0]) && before is '.' or ','))
        {
            return false;
        }
        var first = numeral.Value[0];
        if (first is '百' or '千' or '〇' or '零')
        {
            return false;
        }
        // A Chinese numeral inside a word: 唯一, 單一, 統一, 同一, 之一, 萬一.
        return char.IsAsciiDigit(first) || first is '數' or '幾' || before is not ('唯' or '單' or '統' or '同' or '之' or '萬' or '專' or '逐' or '某');
    }

    /// <summary>What follows 個 in a duration (五個月, 兩個小時): a length of time, not a count.</summary>
    private static readonly string[] TimeWords = ["月", "星期", "禮拜", "小時", "鐘頭", "世紀", "季度", "年頭", "工作日", "交易日", "多月"];

    /// <summary>
    /// 一個 or 一家 is an article, not a count; 五個月 is a duration; 兩位數 is a number of digits; 2004年 never
    /// reaches here (年 is no unit).
    /// </summary>
    private static bool FitsKind(string paragraph, Match match, AmountKind kind, StatedNumber number)
    {
        var end = match.Index + match.Length;
        var next = end < paragraph.Length ? paragraph[end] : ' ';
        var unit = match.Groups["unit"].Value;
        return kind switch
        {
            AmountKind.Count => number.Min >= 2 && !Array.Exists(TimeWords, w => paragraph.AsSpan(end).StartsWith(w, StringComparison.Ordinal)),
            AmountKind.People => !(next is '數' or '單' or '字' or '義' or '額' or '次' && unit != "人") && !(unit == "位" && number.Min < 2) && !(unit == "人" && next is '民'),
            _ => true,
        };
    }
}
