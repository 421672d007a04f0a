using Explainer.Chinese;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Chinese;

/// <summary>The Simplified edition's conversion: OpenCC's tw2sp, an editor's overrides first, each character's place kept.</summary>
public class SimplifiedConversionTests
{
    private static readonly string Seed = File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());

    [Fact]
    public void With_no_overrides_it_is_OpenCCs_tw2sp_on_the_whole_seed()
    {
        Assert.Equal(ChineseConverter.TaiwanToSimplifiedPhrases.Convert(Seed), SimplifiedConversion.Plain.Convert(Seed));
    }

    [Theory]
    [InlineData("人工智慧", "人工智能")]
    [InlineData("Meta 執行長祖克柏", "Meta 首席执行官祖克柏")]
    [InlineData("資料中心裡的晶片", "数据中心里的芯片")]
    [InlineData("四面玻璃幕牆", "四面玻璃幕墙")]
    public void It_writes_mainland_words_in_simplified_characters(string traditional, string simplified)
    {
        Assert.Equal(simplified, SimplifiedConversion.Plain.Convert(traditional));
    }

    [Fact]
    public void Overrides_win_over_the_dictionaries_the_longest_first_and_a_word_can_be_kept()
    {
        var conversion = new SimplifiedConversion(new Dictionary<string, string>
        {
            ["祖克柏"] = "扎克伯格",
            ["祖克"] = "不该用上",
            ["核心"] = "核心",          // tw2sp writes 内核
            ["兩位元老"] = "两位元老",   // tw2sp reads 位元 (bit) across two words
        });

        Assert.Equal("扎克伯格与两位元老在核心业务上", conversion.Convert("祖克柏與兩位元老在核心業務上"));
        Assert.Equal("内核业务", SimplifiedConversion.Plain.Convert("核心業務"));
    }

    [Theory]
    [InlineData("祖克柏說：執行長的資料")]
    [InlineData("𠮷野家的麵包，乾杯")]
    [InlineData("")]
    public void Each_unit_knows_where_its_output_starts_and_the_parts_make_the_whole(string text)
    {
        var conversion = new SimplifiedConversion(new Dictionary<string, string> { ["祖克柏"] = "扎克伯格" });
        var aligned = conversion.ConvertAligned(text);

        Assert.Equal(text.Length + 1, aligned.Starts.Length);
        Assert.Equal(aligned.Text.Length, aligned.Starts[^1]);
        Assert.Equal(aligned.Text, string.Concat(Enumerable.Range(0, text.Length).Select(i => aligned.Of(i, i + 1).ToString())));
        Assert.Equal(conversion.Convert(text), aligned.Text);
    }

    [Theory]
    [InlineData("TSPhrases")]
    [InlineData("TSCharacters")]
    [InlineData("TWPhrasesRev")]
    [InlineData("TWVariantsRevPhrases")]
    [InlineData("TWVariantsRev")]
    [InlineData("CJK_Compatibility_Ideographs")]
    public void Every_key_of_the_dictionaries_has_a_Han_unit_so_text_without_one_is_left_as_it_is(string dictionary)
    {
        var keys = File.ReadLines(Path.Combine(RepoPaths.Root, "src", "Chinese", "OpenCC", dictionary + ".txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l[..l.IndexOf('\t')]);

        Assert.All(keys, key => Assert.True(key.AsSpan().ContainsAnyInRange('\u2E80', char.MaxValue), key));
        Assert.False(SimplifiedConversion.Plain.MayChange("A-B 2028 <p> & “quotes” — 1.5%"));
        Assert.True(SimplifiedConversion.Plain.MayChange("A型肝炎"));
        Assert.True(new SimplifiedConversion(new Dictionary<string, string> { ["Meta"] = "脸书" }).MayChange("Meta"));
    }

    [Fact]
    public void A_word_of_another_length_gives_its_whole_output_to_its_first_character()
    {
        var aligned = SimplifiedConversion.Plain.ConvertAligned("由執行長說");

        Assert.Equal("由首席执行官说", aligned.Text);
        Assert.Equal("首席执行官", aligned.Of(1, 2).ToString());
        Assert.Equal("", aligned.Of(2, 4).ToString());
        Assert.Equal("说", aligned.Of(4, 5).ToString());
    }
}
