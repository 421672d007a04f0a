using Explainer.Seeds;

namespace Explainer.Tests.Seeds;

public class LineJoinerTests
{
    [Theory]
    [InlineData("承諾投入600", "0億美元", "承諾投入6000億美元")]
    [InlineData("名為TBD Lab", "的“特種部隊”", "名為TBD Lab的“特種部隊”")]
    [InlineData("針對頂尖 AI", "研究人員", "針對頂尖 AI研究人員")]
    [InlineData("首席 AI 科學家", "Yann LeCun", "首席 AI 科學家Yann LeCun")]
    [InlineData("said the plan", "was bold", "said the plan was bold")]
    [InlineData("Hello,", "world", "Hello, world")]
    [InlineData("worth 20", "billion", "worth 20 billion")]
    [InlineData("Windows", "11", "Windows 11")]
    [InlineData("”,”,歸", "根結底", "”,”,歸根結底")]
    public void Joins_wrapped_lines_with_a_space_only_between_latin_words(string left, string right, string expected) =>
        Assert.Equal(expected, LineJoiner.Join(left, right));
}
