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
    ];

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
        if (!GivenAt(text, index + surname, titled))
        {
            return 0;
        }
        if (StartsWithSpeechVerb(text, index + shortName) || (titled && EndsName(text, index + shortName, strong: true)))
        {
            return Checked(shortName);
        }
        if (GivenAt(text, index + shortName, titled) && (StartsWithSpeechVerb(text, index + longName) || (titled && EndsName(text, index + longName, strong: false))))
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
        index >= text.Length || !Han.Is(text[index]) || StartsWithSpeechVerb(text, index) || (!strong && Followers.Contains(text[index]));

    public static bool StartsWithSpeechVerb(string text, int index)
    {
        foreach (var verb in SpeechVerbs)
        {
            if (text.AsSpan(index).StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
