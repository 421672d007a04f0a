using Explainer.Site;

namespace Explainer.Tests.Site;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("紮克伯格挖來了 Alexandr Wang。", 7, 2)]
    [InlineData("投入6000億美元", 5, 1)]
    [InlineData("TBD Lab 的“特種部隊”，", 5, 2)]
    [InlineData("，。、「」", 0, 0)]
    [InlineData("", 0, 0)]
    public void Chinese_characters_and_Latin_words_are_counted_apart_and_punctuation_not_at_all(string text, int characters, int words)
    {
        Assert.Equal((characters, words), ReadingTime.Count(text));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(255, 0, 1)]
    [InlineData(256, 0, 2)]
    [InlineData(0, 228, 1)]
    [InlineData(255, 228, 2)]
    [InlineData(2550, 456, 12)]
    public void Minutes_add_both_rates_and_round_up(int characters, int words, int minutes)
    {
        Assert.Equal(minutes, ReadingTime.Minutes(characters, words));
    }
}
