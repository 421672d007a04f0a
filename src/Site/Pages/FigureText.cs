using System.Globalization;
using Explainer.Editorial.Data;

namespace Explainer.Site.Pages;

/// <summary>How a figure reads: in 億 for the Chinese reader, with the English equivalent beside it.</summary>
public static class FigureText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How English writes a currency before its amount: US$, NT$, HK$ …</summary>
    public static string CurrencyPrefix(string currency) => currency switch
    {
        "USD" => "US$",
        "TWD" => "NT$",
        "HKD" => "HK$",
        "" => "",
        _ => currency + " ",
    };

    public static string Chinese(Figure figure, StatedNumber stated)
    {
        var about = figure.Approximate ? "約 " : "";
        if (figure.Currency.Length > 0 || figure.Group == "money")
        {
            var unit = figure.Currency == "USD" ? "美元" : figure.Unit;
            var also = figure.Also.Length > 0 ? $"（{figure.Also}）" : "";
            return figure.Kind == FigureKind.Range
                ? $"{stated.Text}{unit}{also}"
                : $"{about}{Yi(figure.Value)}{unit}{also}";
        }
        return $"{about}{figure.Value.ToString("0.##", Invariant)} {figure.Unit}";
    }

    public static string English(Figure figure)
    {
        var about = figure.Approximate ? "about " : "";
        if (figure.Currency.Length > 0 || figure.Group == "money")
        {
            var prefix = CurrencyPrefix(figure.Currency);
            return figure.Kind switch
            {
                FigureKind.Range when figure.Value >= 100_000_000m && figure.ValueMax < 1_000_000_000m => prefix.Length > 0 ? $"hundreds of millions of {prefix.Trim()}" : "hundreds of millions",
                FigureKind.Range => $"{prefix}{Short(figure.Value)}–{Short(figure.ValueMax)}",
                _ => $"{about}{prefix}{Short(figure.Value)}",
            };
        }
        return $"{about}{figure.Value.ToString("0.##", Invariant)} {figure.UnitEn}".TrimEnd();
    }

    /// <summary>20 億, 143 億, 6000 億, 1 兆; below a 億, in 萬 (500 萬), below a 萬, as it is.</summary>
    public static string Yi(decimal value) =>
        value >= 1_000_000_000_000m ? $"{(value / 1_000_000_000_000m).ToString("0.##", Invariant)} 兆"
        : value >= 100_000_000m ? $"{(value / 100_000_000m).ToString("0.##", Invariant)} 億"
        : value >= 10_000m ? $"{(value / 10_000m).ToString("0.##", Invariant)} 萬"
        : value.ToString("0.##", Invariant);

    /// <summary>2 billion, 14.3 billion, 600 billion, 200 million.</summary>
    public static string Short(decimal value) =>
        value >= 1_000_000_000_000m ? $"{(value / 1_000_000_000_000m).ToString("0.##", Invariant)} trillion"
        : value >= 1_000_000_000m ? $"{(value / 1_000_000_000m).ToString("0.##", Invariant)} billion"
        : value >= 1_000_000m ? $"{(value / 1_000_000m).ToString("0.##", Invariant)} million"
        : value >= 1_000m ? $"{(value / 1_000m).ToString("0.##", Invariant)} thousand"
        : value.ToString("0.##", Invariant);
}
