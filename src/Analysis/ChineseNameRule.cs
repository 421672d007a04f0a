using System.Collections.Frozen;

namespace Explainer.Analysis;

/// <summary>
/// A Chinese personal name by rule: a surname from <see cref="ChineseSurnames"/> and one or two given
/// characters, framed on the right by a speech verb, punctuation or a word that cannot be part of a
/// name (等, 也, 則, 在, 與, 和 …). Without a title before it, the name must open a clause and be followed
/// by a speech verb, and its surname must not be an everyday word (高層說 is no person).
/// </summary>
internal static class ChineseNameRule
{
    public static readonly string[] SpeechVerbs =
    [
        "表示", "說", "稱", "指出", "透露", "評價道", "補充說", "補充道", "強調", "坦言", "認為", "解釋", "回應", "寫道",
        "告訴", "宣布", "宣稱", "承認", "否認", "提到", "警告", "問", "反駁道", "直言", "談到", "預估", "預期", "估計",
        "分析", "受訪", "呼籲", "證實", "重申", "提醒", "建議",
    ];

    /// <summary>Words after a titled name that end it: what the person does next (代表公司列出, 接受採訪, 出席).</summary>
    private static readonly string[] EndingWords = ["代表", "接受", "出席", "率領", "率團", "親自", "日前", "近日", "今天", "昨天", "上午", "下午", "當天"];

    /// <summary>An anonymised reference, no name: 宋男, 陳女, 林姓男子, 王嫂, 李伯, 張媽, 吳某.</summary>
    private static readonly FrozenSet<char> Anonymous = "男女姓嫂伯媽某婦氏".ToFrozenSet();

    /// <summary>Forms of address after a surname: 王先生, 李小姐, 張太太.</summary>
    private static readonly string[] Addresses = ["先生", "小姐", "太太", "女士", "老師", "阿姨", "老闆", "同學"];

    /// <summary>Words after a name that end it: it is followed by what it does or joins, not by more name.</summary>
    private static readonly FrozenSet<char> Followers = "等也則在與和及的曾今昨近於就都還又並將已仍亦再更是對向把被從跟".ToFrozenSet();

    /// <summary>Characters that do not occur as given names in news text, but do after a surname-like word (高層, 周一, 何時).</summary>
    private static readonly FrozenSet<char> NotGiven =
        "一二三四五六七八九十百千萬億們層方面國市府部局人者員長官界業司商會期年月日天週周時前後上下中內外也都還則曾又並卻就再不已仍亦等的了著過是有在與和及所以因而但或說稱".ToFrozenSet();

    /// <summary>The length of a name starting at <paramref name="index"/>, or 0.</summary>
    public static int NameAt(string text, int index, bool titled)
    {
        var surname = ChineseSurnames.At(text, index);
        if (surname == 0 || (!titled && ((surname == 1 && ChineseSurnames.IsAmbiguous(text[index])) || !OpensClause(text, index))))
        {
            return 0;
        }
        var shortName = surname + 1;
        var longName = surname + 2;
        // A surname that is also an everyday word (周, 高, 於) is a name after a title, but its given name
        // must then look like one: 執行長於會中表示 is no 於會中.
        var strict = !titled || (surname == 1 && ChineseSurnames.IsAmbiguous(text[index]));
        if (!GivenAt(text, index + surname, !strict) || Anonymous.Contains(text[index + surname]) || StartsWithAny(text, index + surname, Addresses))
        {
            return 0;
        }
        if (StartsWithSpeechVerb(text, index + shortName) || (titled && EndsName(text, index + shortName, strong: true)))
        {
            return Checked(shortName);
        }
        if (GivenAt(text, index + shortName, !strict) && (StartsWithSpeechVerb(text, index + longName) || (titled && EndsName(text, index + longName, strong: false))))
        {
            return Checked(longName);
        }
        return titled && EndsName(text, index + shortName, strong: false) ? shortName : 0;

        int Checked(int length) => titled || StartsWithSpeechVerb(text, index + length) ? length : 0;
    }

    /// <summary>After a title any character but a function word can be a given name (張一鳴); without one, fewer.</summary>
    private static bool GivenAt(string text, int index, bool titled) =>
        index < text.Length && Han.Is(text[index]) && !Followers.Contains(text[index]) && (titled || !NotGiven.Contains(text[index]));

    private static bool OpensClause(string text, int index) =>
        index == 0 || !Han.Is(text[index - 1]) || text[index - 1] is '據';

    /// <summary>Strong: punctuation, a space, Latin, the end; weak adds the <see cref="Followers"/>.</summary>
    private static bool EndsName(string text, int index, bool strong) =>
        index >= text.Length || !Han.Is(text[index]) || StartsWithSpeechVerb(text, index)
        || (!strong && (Followers.Contains(text[index]) || StartsWithAny(text, index, EndingWords)));

    public static bool StartsWithSpeechVerb(string text, int index) => StartsWithAny(text, index, SpeechVerbs);

    private static bool StartsWithAny(string text, int index, string[] words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(index).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
