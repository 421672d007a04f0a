using System.Globalization;
using Explainer.Analysis;
using Explainer.Editorial.Data;

namespace Explainer.Tests.Analysis;

public class AmountFinderTests
{
    [Theory]
    [InlineData("6000億", "600000000000", "600000000000")]
    [InlineData("1.5萬", "15000", "15000")]
    [InlineData("數億", "200000000", "900000000")]
    [InlineData("數十億", "2000000000", "9000000000")]
    [InlineData("兩千", "2000", "2000")]
    [InlineData("3億5000萬", "350000000", "350000000")]
    [InlineData("三億五千萬", "350000000", "350000000")]
    [InlineData("一兩百", "100", "200")]
    [InlineData("三至五萬", "30000", "50000")]
    [InlineData("2,000", "2000", "2000")]
    [InlineData("一千零五", "1005", "1005")]
    public void Reads_a_whole_numeral(string numeral, string min, string max)
    {
        var number = ChineseNumber.Read(numeral);

        Assert.NotNull(number);
        Assert.Equal((decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture)), (number.Min, number.Max));
    }

    [Theory]
    [InlineData("30多萬")]
    [InlineData("100餘")]
    public void More_than_is_approximate(string numeral)
    {
        Assert.True(ChineseNumber.Read(numeral)?.Approximate);
    }

    [Theory]
    [InlineData("第3")]
    [InlineData("數據")]
    [InlineData("五至三")]
    public void What_is_not_one_numeral_is_not_read(string text)
    {
        Assert.Null(ChineseNumber.Read(text));
    }

    [Fact]
    public void The_pledge_split_across_a_line_is_one_figure_in_dollars()
    {
        var amount = Assert.Single(AmountFinder.Find("紮克伯格承諾投入6000億美元建設數據中心"));

        Assert.Equal(("6000億美元", AmountKind.Money, 600_000_000_000m, "USD"), (amount.Text, amount.Kind, amount.Value, amount.Currency));
    }

    [Fact]
    public void A_clause_keeps_its_bracketed_aside()
    {
        var amount = Assert.Single(AmountFinder.Find("知情人士稱,Bosworth 已收到指令,必須將其主管的Reality Labs (VR 和AR 部門)明年預算砍掉20億美元。這筆巨額預算"));

        Assert.Equal("必須將其主管的Reality Labs (VR 和AR 部門)明年預算砍掉20億美元", amount.Clause);
    }

    [Fact]
    public void A_conversion_in_brackets_is_part_of_one_figure()
    {
        var amount = Assert.Single(AmountFinder.Find("支付30億美元(約234億港元)的和解金"));

        Assert.Equal(("30億美元", "約234億港元", "HKD", true), (amount.Text, amount.Also?.Text, amount.Also?.Currency, amount.Also?.Approximate));
    }

    [Theory]
    [InlineData("公司在2004年成立")]
    [InlineData("第3季營收創新高")]
    [InlineData("重組為一個小組")]
    [InlineData("五個月過去了")]
    [InlineData("投入6000億建設")]
    public void A_number_without_a_unit_is_no_amount(string text)
    {
        Assert.Empty(AmountFinder.Find(text));
    }
}
