using Explainer.Editorial;

namespace Explainer.Tests.Editorial;

public class TypographyTests
{
    [Theory]
    [InlineData("今年,紮克伯格", "今年，紮克伯格")]
    [InlineData("焦點之一在於:Cox", "焦點之一在於：Cox")]
    [InlineData("追平OpenAI 和 Google,而非", "追平OpenAI 和 Google，而非")]
    [InlineData("“超級智能”,歸根", "“超級智能”，歸根")]
    [InlineData("發布模型;其商業化", "發布模型；其商業化")]
    [InlineData("Hello, world: yes; no? ok!", "Hello, world: yes; no? ok!")]
    [InlineData("時間 10:30, 地點", "時間 10:30, 地點")]
    [InlineData("A.I的動力源", "A.I的動力源")]
    public void Half_width_punctuation_in_chinese_text_is_shown_full_width(string seed, string shown) =>
        Assert.Equal(shown, Typography.FullWidthPunctuation(seed));

    [Fact]
    public void The_rule_is_reversed_by_nfkc()
    {
        var seed = "今年,他說:好;真的?是的!Hello, world.";

        var shown = Typography.FullWidthPunctuation(seed);

        Assert.NotEqual(seed, shown);
        Assert.Equal(seed, shown.Normalize(System.Text.NormalizationForm.FormKC));
    }
}
