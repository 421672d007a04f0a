using Explainer.Analysis;

namespace Explainer.Tests.Analysis;

public class NameFinderTests
{
    [Fact]
    public void A_spokesman_is_a_person_with_his_title()
    {
        var name = Assert.Single(NameFinder.Find("在一份聲明中,Meta 發言人 Dave Arnold 否認"));

        Assert.Equal(("Dave Arnold", NameKind.Person, "Meta 發言人"), (name.Name, name.Kind, name.Title));
    }

    [Fact]
    public void A_name_ending_in_ventures_is_an_organisation()
    {
        var names = NameFinder.Find("風投公司 Theory Ventures 的普通合夥人 Tomasz Tunguz 評價道");

        Assert.Equal([("Theory Ventures", NameKind.Organisation, "風投公司"), ("Tomasz Tunguz", NameKind.Person, "普通合夥人")],
            names.Select(n => (n.Name, n.Kind, n.Title)));
    }

    [Theory]
    [InlineData("輝達執行長黃仁勳表示", "黃仁勳", "輝達執行長")]
    [InlineData("字節跳動創辦人張一鳴說", "張一鳴", "字節跳動創辦人")]
    [InlineData("台東縣旅館商業同業公會理事長陳琇菡分析,訂房下滑", "陳琇菡", "台東縣旅館商業同業公會理事長")]
    [InlineData("台南市府交通處長許志勲坦言", "許志勲", "台南市府交通處長")]
    [InlineData("海信集團董事局主席周厚傑代表公司列出數據", "周厚傑", "海信集團董事局主席")]
    [InlineData("董事長兼首席執行官高立新接受採訪", "高立新", "董事長兼首席執行官")]
    [InlineData("門票免費。中央社記者 羅玥", "羅玥", "中央社記者")]
    [InlineData("新館動工。新華社記者\u3000鄭彤", "鄭彤", "新華社記者")]
    public void A_chinese_name_after_a_title_ends_before_the_verb(string text, string expected, string title)
    {
        var name = Assert.Single(NameFinder.Find(text));

        Assert.Equal((expected, title), (name.Name, name.Title));
    }

    [Theory]
    [InlineData("這位41歲的 CEO 表示,AI 和 VR 是重點")]
    [InlineData("高層說明了原因")]
    [InlineData("據知情人士透露")]
    [InlineData("宋男說,那些錢都是借來的")]
    [InlineData("陳女表示不知情,林姓男子則拒絕受訪")]
    [InlineData("王先生說他很滿意")]
    [InlineData("執行長於會中表示")]
    public void Acronyms_and_words_are_not_names(string text)
    {
        Assert.Empty(NameFinder.Find(text));
    }
}
