using Explainer.Site.Annotations;
using static Explainer.Tests.Site.Annotations.AnnotationFixtures;

namespace Explainer.Tests.Site.Annotations;

public class AliasMatcherTests
{
    private static string Found(string text, params Explainer.Editorial.Profile[] profiles) =>
        string.Join(",", new AliasMatcher(profiles).Find(text).Select(m => $"{m.ProfileId}:{text.Substring(m.Start, m.Length)}"));

    [Fact]
    public void The_longest_alias_wins()
    {
        var text = "這些小組統歸於“Meta 超級智能實驗室”,Meta 則";

        Assert.Equal("msl:Meta 超級智能實驗室,meta:Meta", Found(text, Profile("meta", "Meta"), Profile("msl", "Meta 超級智能實驗室")));
    }

    [Fact]
    public void A_latin_alias_is_never_found_inside_a_longer_word()
    {
        Assert.Equal("wang:Wang,wang:Wang", Found("Wang的任務;Wangs 不是;TWang 也不是;與 Wang。", Profile("wang", "Wang")));
    }

    [Fact]
    public void Cjk_aliases_are_found_between_cjk_characters()
    {
        Assert.Equal("zuck:紮克伯格,zuck:紮克伯格", Found("今年,紮克伯格對 Meta;鄰紮克伯格的辦公室", Profile("zuck", "紮克伯格")));
    }

    [Fact]
    public void Aliases_are_case_sensitive()
    {
        Assert.Equal("", Found("the meta of it", Profile("meta", "Meta")));
    }
}
