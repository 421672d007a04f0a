using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Editorial.Data;

/// <summary>A number as a Chinese sentence states it: exact (6000億 = 600,000,000,000) or a range (數億 = 2–9 億).</summary>
public sealed record StatedNumber(decimal Min, decimal Max, string Text, int Index)
{
    public bool IsRange => Min != Max;
}

/// <summary>
/// Reads the first number in Chinese text: Arabic digits (with , and .) or Chinese numerals (一 … 十, 兩),
/// followed by an optional myriad multiplier (萬, 億, 兆); <c>數</c> before a multiplier means "several"
/// (2 to 9 of it). Hard-wrapped seeds are joined first, so <c>600</c> + <c>0億</c> arrives as <c>6000億</c>.
/// </summary>
public static partial class ChineseNumber
{
    [GeneratedRegex(@"(?<several>數)(?<mult>[十百千萬億兆]+)|(?<digits>\d[\d,]*(\.\d+)?)(?<mult>[十百千萬億兆]*)|(?<cjk>[零一二兩三四五六七八九十百千]+)(?<mult>[萬億兆]*)")]
    private static partial Regex Number();

    public static StatedNumber? First(string text)
    {
        var match = Number().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var multiplier = Multiplier(match.Groups["mult"].Value);
        if (match.Groups["several"].Success)
        {
            return new StatedNumber(2 * multiplier, 9 * multiplier, match.Value, match.Index);
        }
        var value = match.Groups["digits"].Success
            ? decimal.Parse(match.Groups["digits"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : ChineseNumerals(match.Groups["cjk"].Value);
        return new StatedNumber(value * multiplier, value * multiplier, match.Value, match.Index);
    }

    private static decimal Multiplier(string units) =>
        units.Aggregate(1m, (product, unit) => product * unit switch
        {
            '十' => 10m,
            '百' => 100m,
            '千' => 1_000m,
            '萬' => 10_000m,
            '億' => 100_000_000m,
            '兆' => 1_000_000_000_000m,
            _ => 1m,
        });

    /// <summary>一 … 九, 兩, and 十/百/千 within a myriad: 四 = 4, 十五 = 15, 兩百三十 = 230.</summary>
    private static decimal ChineseNumerals(string text)
    {
        decimal total = 0, digit = 0;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c);
            if (d >= 0 || c == '兩')
            {
                digit = c == '兩' ? 2 : d;
                continue;
            }
            var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 1m };
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
