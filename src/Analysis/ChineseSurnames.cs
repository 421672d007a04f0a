using System.Collections.Frozen;

namespace Explainer.Analysis;

/// <summary>
/// Common Chinese surnames in Traditional forms, the table <see cref="ChineseNameRule"/> checks a name's
/// first character against. Compiled from the published frequency rankings (Taiwan's Ministry of the
/// Interior, 全國姓名統計分析; mainland China's Ministry of Public Security, 2020 surname report; the
/// Hong Kong romanisation lists), the top of each merged: 283 single and 25 compound surnames.
/// A surname here is necessary for a name, never sufficient: a title or a speech verb must frame it.
/// </summary>
internal static class ChineseSurnames
{
    private const string Single =
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏" +
        "孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍蔣石古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏" +
        "柳凃邵錢伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒闕凌崔尹孔辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向" +
        "包丘梅利華裴樊房全佘左花魯安鮑郝穆塗邢蒲成谷常閻練盛鄔耿聶符申祝繆陽解曲岳齊籃應單舒畢喬龐翟牛鄞" +
        "留季覃卜項喻商滕焦車買虞苗戚牟雲巴力艾樂臧司占易岑靳衛宮景薄郎苑柴隋閔蘭封費晏桂鞏伊尚寧明仲欒冉" +
        "霍荊儲刁嶽茅平鄢湛羿卞惠郁竇晉酆柏鄺滿祁區勞冼勾瞿宗談米姬井裘蒙丹歸戈燕鄂門寇蓋路於時";

    private static readonly string[] Compound =
    [
        "歐陽", "司馬", "諸葛", "上官", "東方", "夏侯", "皇甫", "尉遲", "公孫", "慕容", "長孫", "宇文", "司徒",
        "令狐", "澹台", "軒轅", "端木", "獨孤", "南宮", "西門", "張簡", "范姜", "張廖", "簡陳", "鍾離",
    ];

    private static readonly FrozenSet<char> Singles = Single.ToFrozenSet();

    private static readonly FrozenSet<string> Compounds = Compound.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Surnames that are also everyday words at the head of a clause (高層, 周一, 於是, 時間, 方面, 向來): never named without a title.</summary>
    private static readonly FrozenSet<char> Ambiguous = "高周於時方向文上常安萬全易成和明平尚寧司力金白石古包路門關雲車龍花谷曲華利左應單留占宮景封費仲井丹歸燕蓋商項買苗戚巴樂官解齊季申武史毛章任原伍".ToFrozenSet();

    /// <summary>The length of the surname at <paramref name="index"/>: 2 for a compound one, 1, or 0 for none.</summary>
    public static int At(string text, int index)
    {
        if (index + 1 < text.Length && Compounds.Contains(text.Substring(index, 2)))
        {
            return 2;
        }
        return index < text.Length && Singles.Contains(text[index]) ? 1 : 0;
    }

    public static bool IsAmbiguous(char surname) => Ambiguous.Contains(surname);

    public static int Count => Singles.Count + Compounds.Count;
}
