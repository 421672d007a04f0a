using Explainer.Chinese;

namespace Explainer.Tests.Chinese;

public class ChineseConverterTests
{
    [Theory]
    [InlineData("後來", "后来")]
    [InlineData("麵包", "面包")]
    [InlineData("頭髮", "头发")]
    [InlineData("一隻貓", "一只猫")]
    [InlineData("聯繫", "联系")]
    [InlineData("乾杯", "干杯")]
    [InlineData("矽谷", "矽谷")]
    public void Traditional_becomes_simplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseConverter.TraditionalToSimplified.Convert(traditional));

    [Theory]
    [InlineData("头发", "頭髮")]
    [InlineData("干杯", "乾杯")]
    [InlineData("一只猫", "一隻貓")]
    [InlineData("联系", "聯繫")]
    [InlineData("后来", "後來")]
    [InlineData("面包", "麪包")]
    public void Simplified_becomes_traditional_by_its_phrases(string simplified, string traditional) =>
        Assert.Equal(traditional, ChineseConverter.SimplifiedToTraditional.Convert(simplified));

    [Fact]
    public void Taiwan_variants_are_reversed_before_simplifying() =>
        Assert.Equal("里面着急", ChineseConverter.TaiwanToSimplified.Convert("裡面著急"));

    [Fact]
    public void Simplified_to_Taiwan_names_the_valley_with_Taiwan_phrases()
    {
        Assert.Equal("矽谷", ChineseConverter.SimplifiedToTaiwanPhrases.Convert("硅谷"));
        Assert.Equal("硅谷", ChineseConverter.SimplifiedToTraditional.Convert("硅谷"));
    }

    [Fact]
    public void The_longest_phrase_wins_over_a_shorter_one_and_over_characters()
    {
        // 干 alone is 幹; 干杯 is a phrase (乾杯); 发 alone is 發, 头发 a phrase (頭髮).
        Assert.Equal("幹", ChineseConverter.SimplifiedToTraditional.Convert("干"));
        Assert.Equal("乾杯頭髮發", ChineseConverter.SimplifiedToTraditional.Convert("干杯头发发"));
    }

    [Fact]
    public void A_phrase_match_moves_past_the_whole_phrase()
    {
        // 一只 is a phrase (一隻); after it 只 starts afresh and takes the character's first value.
        Assert.Equal("一隻只", ChineseConverter.SimplifiedToTraditional.Convert("一只只"));
    }

    [Fact]
    public void A_surrogate_pair_is_one_character_and_passes_unchanged()
    {
        const string text = "𠮷野家的🍜麵";
        Assert.Equal("𠮷野家的🍜面", ChineseConverter.TraditionalToSimplified.Convert(text));
    }

    [Fact]
    public void Compatibility_ideographs_are_normalized_first() =>
        Assert.Equal("岂", ChineseConverter.TraditionalToSimplified.Convert("\uF900"));

    [Fact]
    public void Text_without_Chinese_is_unchanged() =>
        Assert.Equal("ASCII abc 123, é", ChineseConverter.TraditionalToSimplified.Convert("ASCII abc 123, é"));

    [Fact]
    public void Empty_text_stays_empty() =>
        Assert.Equal("", ChineseConverter.SimplifiedToTraditional.Convert(""));
}
