using Explainer.Chinese;
using G = Explainer.Tests.Golden.Golden;

namespace Explainer.Tests.Chinese;

public class ConversionCheckerTests
{
    private static string[] Lines(string name) => File.ReadAllLines(Path.Combine(G.Folder("Conversion"), name + ".txt"));

    [Fact]
    public void The_real_seed_reports_the_known_conversion_errors()
    {
        string[] known = ["矽穀", "四麵", "體係", "幹擾", "采訪", "采訪", "派係", "水麵", "隻盯著", "係統", "隻會", "隻知道", "經曆", "隻有", "畫麵"];
        var errors = Lines("000-real-seed")
            .SelectMany(line => ConversionChecker.Find(line).Where(s => s.Kind == SuspectKind.Error).Select(s => (line, s)))
            .ToList();

        var found = known.Count(word => errors.Any(e => Covers(e.line, e.s, word)));
        var falseAlarms = errors.Where(e => !known.Any(word => Covers(e.line, e.s, word))).Select(e => e.s.Original).ToList();

        Assert.True(found >= 14, $"found {found} of {known.Length}");
        Assert.Empty(falseAlarms);
    }

    [Fact]
    public void A_native_Taiwanese_article_has_at_most_one_error()
    {
        var errors = Lines("001-native-taiwan-article").SelectMany(line => ConversionChecker.Find(line)).Where(s => s.Kind == SuspectKind.Error).ToList();

        Assert.True(errors.Count <= 1, string.Join(", ", errors.Select(e => e.Original)));
    }

    [Theory]
    [InlineData("麵包")]
    [InlineData("一隻貓")]
    [InlineData("乾杯")]
    [InlineData("後來")]
    [InlineData("係數")]
    [InlineData("聯繫")]
    public void Legitimate_words_in_the_native_article_are_not_suspects(string word)
    {
        var lines = Lines("001-native-taiwan-article").Where(l => l.Contains(word, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);

        foreach (var line in lines)
        {
            var suspects = ConversionChecker.Find(line);
            Assert.DoesNotContain(suspects, s => Covers(line, s, word));
        }
    }

    [Fact]
    public void A_suspect_names_its_span_and_the_corrected_span()
    {
        const string text = "此處四麵玻璃幕牆";

        var suspect = Assert.Single(ConversionChecker.Find(text));

        Assert.Equal(text.Substring(suspect.Index, suspect.Length), suspect.Original);
        Assert.Equal("四麵", suspect.Original);
        Assert.Equal("四面", suspect.Suggested);
        Assert.Equal(SuspectKind.Error, suspect.Kind);
        Assert.Equal("簡轉繁錯誤：「面」誤轉為麵食的「麵」；此處應為「面」。", suspect.Reason);
    }

    [Fact]
    public void A_measure_word_after_a_number_is_not_a_suspect() =>
        Assert.Empty(ConversionChecker.Find("兩隻手和三隻鳥"));

    [Fact]
    public void A_form_variant_is_a_variant_not_an_error()
    {
        var suspect = Assert.Single(ConversionChecker.Find("鑒於情勢"));

        Assert.Equal(SuspectKind.Variant, suspect.Kind);
        Assert.Equal("鑒於", suspect.Original);
        Assert.Equal("鑑於", suspect.Suggested);
    }

    [Theory]
    [InlineData("社會動蕩不安")]
    [InlineData("政府昨天宣布")]
    [InlineData("新台幣一千元")]
    [InlineData("臺北的計畫")]
    public void A_form_Taiwan_writes_is_not_a_variant(string text) =>
        Assert.Empty(ConversionChecker.Find(text));

    [Fact]
    public void Phrases_that_disagree_on_a_character_are_settled_by_bidirectional_matching()
    {
        // Forward matching alone takes 水干 (水乾) and cuts 干扰.
        var suspect = Assert.Single(ConversionChecker.Find("地下水幹擾開挖"));

        Assert.Equal(SuspectKind.Error, suspect.Kind);
        Assert.Equal("幹擾", suspect.Original);
        Assert.Equal("干擾", suspect.Suggested);
    }

    [Fact]
    public void A_character_one_segmentation_writes_as_the_text_does_is_not_suspect() =>
        Assert.DoesNotContain(ConversionChecker.Find("山穀裡"), s => s.Original.Contains('裡'));

    [Fact]
    public void A_mainland_transliteration_of_a_name_is_a_transliteration()
    {
        var suspect = Assert.Single(ConversionChecker.Find("導演丹尼·博伊爾的新片"));

        Assert.Equal(SuspectKind.Transliteration, suspect.Kind);
        Assert.Equal("丹尼·鮑伊", suspect.Suggested);
    }

    [Fact]
    public void A_transliterated_name_is_found_wherever_its_interpunct_stands()
    {
        var text = "前言·不是人名。" + new string('我', 40) + "導演丹尼·博伊爾的新片，又見丹尼·博伊爾。";

        var names = ConversionChecker.Find(text).Where(s => s.Kind == SuspectKind.Transliteration).ToList();

        Assert.Equal([text.IndexOf("丹尼", StringComparison.Ordinal), text.LastIndexOf("丹尼", StringComparison.Ordinal)], names.Select(s => s.Index));
        Assert.All(names, s => Assert.Equal("丹尼·鮑伊", s.Suggested));
    }

    [Fact]
    public void Suspects_are_ordered_by_index_and_keep_offsets_after_a_surrogate_pair()
    {
        const string text = "𠮷家隻有山穀";

        var suspects = ConversionChecker.Find(text);

        Assert.Equal(["隻有", "山穀"], suspects.Select(s => s.Original));
        Assert.All(suspects, s => Assert.Equal(text.Substring(s.Index, s.Length), s.Original));
        Assert.Equal(3, suspects[0].Index); // 𠮷 is two UTF-16 code units
    }

    [Fact]
    public void Text_without_Chinese_has_no_suspects() =>
        Assert.Empty(ConversionChecker.Find("Meta and OpenAI, 2025."));

    private static bool Covers(string line, ConversionSuspect s, string word)
    {
        for (var at = line.IndexOf(word, StringComparison.Ordinal); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (s.Index < at + word.Length && at < s.Index + s.Length)
                return true;
        }
        return false;
    }
}
