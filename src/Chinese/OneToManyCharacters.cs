using System.Collections.Frozen;

namespace Explainer.Chinese;

/// <summary>
/// The classic one-to-many characters of Simplified→Traditional conversion whose members are different
/// words, each with a word that shows its use. The members are STCharacters' candidates (OpenCC);
/// the table only says which of them mean different things, which OpenCC's data does not. A pair
/// outside this table (裏/裡, 周/週, 鑒/鑑, 台/臺, 了/瞭) is a matter of form: a Variant.
/// </summary>
internal static class OneToManyCharacters
{
    private static readonly FrozenDictionary<char, string> UseOf = new Dictionary<char, string>
    {
        ['面'] = "臉面", ['麵'] = "麵食", ['麪'] = "麵食",
        ['系'] = "系統", ['係'] = "關係", ['繫'] = "聯繫",
        ['只'] = "只有", ['隻'] = "量詞（一隻）", ['祇'] = "神祇",
        ['干'] = "干擾", ['乾'] = "乾淨", ['幹'] = "幹部",
        ['谷'] = "山谷", ['穀'] = "穀物",
        ['歷'] = "經歷", ['曆'] = "曆法",
        ['採'] = "採訪", ['采'] = "風采",
        ['后'] = "皇后", ['後'] = "前後",
        ['梁'] = "橋梁", ['樑'] = "屋樑",
        ['嘗'] = "嘗試", ['嚐'] = "品嚐",
        ['獲'] = "獲得", ['穫'] = "收穫",
        ['里'] = "鄰里", ['裏'] = "裏面", ['裡'] = "裡面",
        ['發'] = "發展", ['髮'] = "頭髮",
        ['松'] = "松樹", ['鬆'] = "鬆軟",
        ['鍾'] = "鍾情", ['鐘'] = "時鐘",
        ['衝'] = "衝突", ['沖'] = "沖水",
        ['制'] = "制度", ['製'] = "製造",
        ['征'] = "征服", ['徵'] = "徵收",
        ['范'] = "姓氏", ['範'] = "範圍",
        ['云'] = "人云亦云", ['雲'] = "雲朵",
        ['準'] = "標準", ['准'] = "批准",
        ['斗'] = "一斗米", ['鬥'] = "鬥爭",
        ['丑'] = "小丑", ['醜'] = "醜陋",
        ['復'] = "恢復", ['複'] = "複雜", ['覆'] = "覆蓋",
        ['匯'] = "匯款", ['彙'] = "詞彙",
        ['餘'] = "剩餘", ['余'] = "姓氏",
        ['表'] = "表示", ['錶'] = "手錶",
        ['捲'] = "捲入", ['卷'] = "試卷",
        ['築'] = "建築", ['筑'] = "地名",
        ['鬱'] = "憂鬱", ['郁'] = "濃郁",
        ['樸'] = "樸素", ['朴'] = "朴樹",
        ['鹹'] = "鹹味", ['咸'] = "老少咸宜",
        ['纖'] = "纖維", ['縴'] = "縴夫",
        ['蘇'] = "蘇醒", ['囌'] = "嚕囌",
        ['淀'] = "地名", ['澱'] = "沉澱",
        ['困'] = "困難", ['睏'] = "睏倦",
    }.ToFrozenDictionary();

    // Measure words take 隻 after a number or a demonstrative: 兩隻手, 這隻狗.
    private const string Counters = "一二三四五六七八九十兩幾每這那半單數百千萬多好";

    /// <summary>True when <paramref name="written"/> and <paramref name="meant"/> are different words.</summary>
    public static bool AreDifferentWords(char written, char meant) =>
        UseOf.TryGetValue(written, out var a) && UseOf.TryGetValue(meant, out var b) && a != b
        && !(IsInnerForm(written) && IsInnerForm(meant));

    public static string UseOfCharacter(char c) => UseOf.TryGetValue(c, out var use) ? use : c.ToString();

    /// <summary>隻 right after a number or demonstrative is the measure word, whatever the round trip says.</summary>
    public static bool IsMeasureWordInPlace(ReadOnlySpan<char> text, int index) =>
        text[index] == '隻' && index > 0 && Counters.Contains(text[index - 1]);

    // 裏 and 裡 are one word in two forms.
    private static bool IsInnerForm(char c) => c is '裏' or '裡';
}
