using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Editorial.Data;

/// <summary>
/// Reads the first number in Chinese text: Arabic digits (with , and .) or Chinese numerals (一 … 十, 兩),
/// followed by an optional myriad multiplier (萬, 億, 兆); <c>數</c> before a multiplier means "several"
/// (2 to 9 of it). Hard-wrapped seeds are joined first, so <c>600</c> + <c>0億</c> arrives as <c>6000億</c>.
/// <see cref="Read"/> reads one whole numeral, compound (3億5000萬) or vague (一兩百, 三至五萬).
/// </summary>
public static partial class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    [GeneratedRegex(@"(?<several>數)(?<mult>[十百千萬億兆]+)|(?<digits>\d[\d,]*(\.\d+)?)(?<mult>[十百千萬億兆]*)|(?<cjk>[零一二兩三四五六七八九十百千]+)(?<mult>[萬億兆]*)")]
    private static partial Regex Number();

    /// <summary>A range between two numerals; the first takes the second's myriad when it has none (三至五萬).</summary>
    [GeneratedRegex(@"^(?<low>[^至到~～\-–]+?)\s*[至到~～\-–]\s*(?<high>[^至到~～\-–]+)$")]
    private static partial Regex Range();

    public static StatedNumber? First(string text)
    {
        var match = Number().Match(text);
        if (!match.Success)
        {
            return null;
        }
        if (match.Groups["several"].Success)
        {
            var multiplier = Multiplier(match.Groups["mult"].Value);
            return new StatedNumber(2 * multiplier, 9 * multiplier, match.Value, match.Index);
        }
        var value = Compound(match.Value.Replace(",", "", StringComparison.Ordinal))!.Value; // the pattern admits only numerals
        return new StatedNumber(value, value, match.Value, match.Index);
    }

    /// <summary>
    /// Reads <paramref name="numeral"/> whole, or returns null when it is not one numeral: 6000億, 1.5萬,
    /// 2,000, 3億5000萬, 三億五千萬, 兩千; 數億 / 數十億 / 幾百 (2 to 9 of the unit); 一兩百, 三四十萬
    /// (two neighbouring digits: a range); 三至五萬, 20到30億 (a range); 30多萬, 100餘 (approximate).
    /// </summary>
    public static StatedNumber? Read(string numeral)
    {
        if (Range().Match(numeral) is { Success: true } range)
        {
            var high = Read(range.Groups["high"].Value);
            var lowText = range.Groups["low"].Value;
            var lowOwn = Read(lowText);
            if (high is null || lowOwn is null)
            {
                return null;
            }
            var myriad = TrailingMyriad(range.Groups["high"].Value);
            var low = TrailingMyriad(lowText).Length == 0 && myriad.Length > 0 ? Read(lowText + myriad)! : lowOwn; // lowText read alone above
            return low.Min > high.Max ? null : new StatedNumber(low.Min, high.Max, numeral, 0) { Approximate = low.Approximate || high.Approximate };
        }
        var approximate = false;
        var text = numeral;
        var more = text.IndexOfAny(['多', '餘']);
        if (more > 0)
        {
            if (text.AsSpan(more + 1).IndexOfAnyExcept("萬億兆") >= 0)
            {
                return null;
            }
            approximate = true;
            text = text.Remove(more, 1);
        }
        if (text.Length >= 2 && text[0] is '數' or '幾')
        {
            if (text.AsSpan(1).IndexOfAnyExcept("十百千萬億兆") >= 0)
            {
                return null;
            }
            var unit = Multiplier(text[1..]);
            return new StatedNumber(2 * unit, 9 * unit, numeral, 0) { Approximate = approximate };
        }
        if (text.Length >= 3 && DigitOf(text[0]) is var first and >= 1 && DigitOf(text[1]) == first + 1 && IsUnits(text.AsSpan(2)))
        {
            var unit = Multiplier(text[2..]);
            return new StatedNumber(first * unit, (first + 1) * unit, numeral, 0) { Approximate = approximate };
        }
        return Compound(text.Replace(",", "", StringComparison.Ordinal)) is { } value
            ? new StatedNumber(value, value, numeral, 0) { Approximate = approximate }
            : null;
    }

    private static string TrailingMyriad(string numeral)
    {
        var start = numeral.Length;
        while (start > 0 && numeral[start - 1] is '萬' or '億' or '兆')
        {
            start--;
        }
        return numeral[start..];
    }

    private static bool IsUnits(ReadOnlySpan<char> text) => text.Length > 0 && text.IndexOfAnyExcept("十百千萬億兆") < 0;

    private static int DigitOf(char c) => c == '兩' ? 2 : Digits.IndexOf(c, StringComparison.Ordinal);

    private static decimal Multiplier(string units) =>
        units.Aggregate(1m, (product, unit) => product * UnitOf(unit));

    private static decimal UnitOf(char unit) => unit switch
    {
        '十' => 10m,
        '百' => 100m,
        '千' => 1_000m,
        '萬' => 10_000m,
        '億' => 100_000_000m,
        '兆' => 1_000_000_000_000m,
        _ => 1m,
    };

    /// <summary>
    /// Arabic or Chinese digits with 十/百/千 inside a myriad and 萬/億/兆 between myriads: 四 = 4,
    /// 十五 = 15, 兩百三十 = 230, 1.5萬 = 15,000, 3億5000萬 = 350,000,000. Null when not a numeral.
    /// </summary>
    private static decimal? Compound(string text)
    {
        decimal total = 0, section = 0, number = 0;
        var lastMyriad = decimal.MaxValue;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
                {
                    end++;
                }
                if (!decimal.TryParse(text.AsSpan(i, end - i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
                {
                    return null;
                }
                i = end - 1;
                any = true;
            }
            else if (DigitOf(c) >= 0)
            {
                number = DigitOf(c);
                any = true;
            }
            else if (c is '十' or '百' or '千')
            {
                section += (number == 0 ? 1 : number) * UnitOf(c);
                number = 0;
                any = true;
            }
            else if (c is '萬' or '億' or '兆' && any)
            {
                var unit = UnitOf(c);
                var part = section + number;
                if (part == 0 || unit >= lastMyriad)
                {
                    // 萬億: a myriad of the whole so far.
                    total = (total + part) * unit;
                }
                else
                {
                    total += part * unit;
                }
                lastMyriad = unit;
                section = 0;
                number = 0;
            }
            else
            {
                return null;
            }
        }
        return any ? total + section + number : null;
    }
}
