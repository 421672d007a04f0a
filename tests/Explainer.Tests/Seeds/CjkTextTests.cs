using Explainer.Seeds;

namespace Explainer.Tests.Seeds;

/// <summary>
/// <see cref="CjkText.Fold"/> is the fidelity contract's comparison: text that differs only in
/// whitespace (a hard wrap the parser joins, a space Markdown drops) folds to the same string.
/// </summary>
public class CjkTextTests
{
    [Fact]
    public void A_combining_mark_wrapped_onto_the_next_line_folds_as_the_joined_line_does()
    {
        // The shrunk case of the fidelity property (CsCheck seed aBFQbWIsMCP1): the seed's lines keep
        // "a" and U+0306 apart, the rendered paragraph joins them into "ă".
        var joined = LineJoiner.Join("，a", "\u0306");

        Assert.Equal("，a\u0306", joined);
        Assert.Equal(",\u0103", CjkText.Fold("，a\n\u0306"));
        Assert.Equal(CjkText.Fold("，a\n\u0306"), CjkText.Fold(joined));
    }

    [Theory]
    [InlineData("e \u0301", "e\u0301")]
    [InlineData("e\u3000\u0301", "e\u0301")]
    [InlineData("\u1100\u200B\u1161", "\u1100\u1161")]
    [InlineData("市議會\u00A0預算\t通過。", "市議會預算通過。")]
    public void Whitespace_and_format_characters_never_change_what_the_rest_folds_to(string spaced, string unspaced) =>
        Assert.Equal(CjkText.Fold(unspaced), CjkText.Fold(spaced));

    [Fact]
    public void Folding_leaves_no_whitespace_even_where_nfkc_makes_some()
    {
        Assert.Equal("A1,\u0308", CjkText.Fold("Ａ１，\u00A8")); // NFKC: ¨ is a space and U+0308
    }
}
