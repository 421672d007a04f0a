using Explainer.Editorial.Data;

namespace Explainer.Tests.Editorial.Data;

public class ChineseNumberTests
{
    [Theory]
    [InlineData("明年預算砍掉20億美元", "2000000000")]
    [InlineData("投入6000億美元", "600000000000")]
    [InlineData("估值高達 143億美元", "14300000000")]
    [InlineData("裁員600人", "600")]
    [InlineData("約100人", "100")]
    [InlineData("兩名研究人員離職", "2")]
    [InlineData("重組為四個小組", "4")]
    [InlineData("1.5兆", "1500000000000")]
    [InlineData("十五人", "15")]
    [InlineData("2,000 元", "2000")]
    public void Reads_the_first_number_as_the_sentence_states_it(string text, string expected)
    {
        var number = ChineseNumber.First(text);

        Assert.NotNull(number);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), number.Min);
        Assert.False(number.IsRange);
    }

    [Fact]
    public void Several_hundred_million_is_a_range()
    {
        var number = ChineseNumber.First("價值數億美元的薪酬包");

        Assert.NotNull(number);
        Assert.Equal((200_000_000m, 900_000_000m, "數億"), (number.Min, number.Max, number.Text));
    }

    [Fact]
    public void Text_without_a_number_has_none()
    {
        Assert.Null(ChineseNumber.First("數據中心的算力"));
    }
}
