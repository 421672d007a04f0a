using Explainer.Seeds;

namespace Explainer.Tests.Seeds;

public class SeedParserTests
{
    private static ParsedSeed Parse(string text, SeedParseOptions? options = null) => SeedParser.Parse("t.txt", text, options);

    [Fact]
    public void Second_line_is_a_subtitle_only_when_it_has_no_cjk()
    {
        Assert.Equal("English headline", Parse("中文標題\nEnglish headline\n第一段。\n").Subtitle);
        Assert.Null(Parse("中文標題\nOpenAI 週一發布新模型。\n第一段。\n").Subtitle);
    }

    [Fact]
    public void Every_paragraph_keeps_its_seed_lines()
    {
        var seed = Parse("標題\n第一段開始,\n第一段結束。\n第二段。\n");

        var paragraphs = seed.Sections.Single().Paragraphs;
        Assert.Equal([(2, 3), (4, 4)], paragraphs.Select(p => (p.FirstLine, p.LastLine)));
    }

    [Fact]
    public void A_short_line_without_punctuation_after_a_sentence_is_a_heading()
    {
        var seed = Parse("標題\n第一段。\n小標題\n第二段。\n");

        Assert.Equal([null, "小標題"], seed.Sections.Select(s => s.Heading));
        Assert.Equal(3, seed.Sections[1].HeadingLine);
    }

    [Fact]
    public void A_short_line_inside_an_unfinished_sentence_is_not_a_heading()
    {
        var seed = Parse("標題\n他說,\n小標題\n結束。\n");

        Assert.Single(seed.Sections);
        Assert.Equal("他說,小標題結束。", seed.Sections[0].Paragraphs.Single().Text);
    }

    [Fact]
    public void Overrides_force_and_forbid_headings()
    {
        var text = "標題\n第一段。\n小標題\n第二段。\n這一行其實是標題,雖然有逗號\n第三段。\n";
        var options = new SeedParseOptions { NotHeadings = ["小標題"], ForcedHeadings = ["這一行其實是標題,雖然有逗號"] };

        var seed = Parse(text, options);

        Assert.Equal([null, "這一行其實是標題,雖然有逗號"], seed.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void The_last_line_is_never_a_heading()
    {
        var seed = Parse("標題\n第一段。\n完\n");

        Assert.Equal(["第一段。", "完"], seed.Sections.Single().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Empty_and_blank_seeds_parse_to_nothing_without_throwing()
    {
        Assert.Empty(Parse("").Sections);
        Assert.Empty(Parse("\n\n  \n").Sections);
        Assert.Empty(Parse("\uFEFF只有標題").Sections);
    }

    [Fact]
    public void Every_character_of_the_seed_survives_parsing()
    {
        var text = File.ReadAllText(Directory.GetFiles(Harness.RepoPaths.Seeds, "*.txt").Single());
        var seed = SeedParser.Parse("seed.txt", text);

        var parsed = string.Concat(new[] { seed.Headline, seed.Subtitle ?? "" }
            .Concat(seed.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Heading ?? ""))));
        Assert.Equal(CjkText.Fold(text), CjkText.Fold(parsed));
    }
}
