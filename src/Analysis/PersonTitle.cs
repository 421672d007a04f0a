using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Explainer.Analysis;

/// <summary>
/// The words before a name that say who the person is: a title (發言人, 執行長, 首席…官, 合夥人) with what
/// qualifies it directly (知名, 普通, an organisation: "Meta 發言人", "輝達執行長", "Meta 首席 AI 科學家"),
/// stopping at punctuation and at the function words that begin a clause (包括, 以及, 的, 與, 還有).
/// </summary>
internal static partial class PersonTitle
{
    /// <summary>Person titles, longest first where one ends another (共同創辦人 before 創辦人).</summary>
    [GeneratedRegex(Keyword_)]
    private static partial Regex Keyword();

    /// <summary>Titles that end exactly at <paramref name="end"/> (a space before the name allowed).</summary>
    [GeneratedRegex(Keyword_ + @"\s?$", RegexOptions.RightToLeft)]
    private static partial Regex KeywordAtEnd();

    private const string Keyword_ =
        @"(?:首席[^，。,、；;：:！？!?\s(（]{0,4}?\s?[A-Za-z]{0,4}\s?官|CEO|CFO|CTO|COO|執行長|董事長|總經理|副總裁|總裁|副主席|主席|院長|市長|部長|局長|署長|校長|" +
        @"縣長|州長|議長|理事長|秘書長|處長|科長|課長|組長|所長|社長|館長|廳長|司長|廠長|鎮長|鄉長|區長|會長|團長|主委|總幹事|總統|總理|首相|立委|議員|委員|發言人|記者|專家|教授|分析師|經濟學家|科學家|研究員|工程師|" +
        @"合夥人|創投人|投資人|共同創辦人|聯合創始人|創辦人|創始人|創業者|負責人|總監|顧問|律師|主任|總編輯|主編|作家|導演)";

    /// <summary>Characters that begin or join clauses, never part of a title's qualifier (except inside <see cref="KeptWords"/>).</summary>
    private static readonly FrozenSet<char> Stops = "的與和及是為被對向在讓請跟同稱說指曾也還則更當如像其該有由據將把了並而但或即就都又再已仍亦位這那此從".ToFrozenSet();

    private static readonly string[] StopPairs =
    [
        "包括", "包含", "以及", "例如", "擔任", "出任", "身為", "作為", "今天", "昨天", "昨日", "今日", "日前", "近日",
        "宣布", "宣佈", "任命", "表示", "指出", "透露", "會見", "接見", "拜會", "邀請", "率領", "陪同", "根據", "出席", "參加",
    ];

    /// <summary>Words of organisation names that hold a <see cref="Stops"/> character: 同業公會, 有限公司, 共和國.</summary>
    private static readonly string[] KeptWords = ["同業", "共同", "協同", "合同", "有限", "共和", "和平", "永和", "中和", "對外"];

    /// <summary>An organisation and its office can be long (花蓮縣旅館商業同業公會理事長); a run longer than this is no title.</summary>
    private const int MaxQualifier = 14;

    public static Regex Keywords => Keyword();

    /// <summary>The title ending right before <paramref name="nameIndex"/>, or null.</summary>
    public static (int Index, string Text)? Before(string text, int nameIndex)
    {
        var match = KeywordAtEnd().Match(text, 0, nameIndex);
        return match.Success ? Extend(text, match.Index, match.Index + match.Length) : null;
    }

    /// <summary>The title whose keyword spans [keywordStart, end), with its qualifiers; trailing space dropped.</summary>
    public static (int Index, string Text) Extend(string text, int keywordStart, int end)
    {
        var start = keywordStart;
        for (var segment = 0; segment < 4; segment++)
        {
            var p = start > 0 && IsSpace(text[start - 1]) ? start - 1 : start;
            if (p > 0 && Han.Is(text[p - 1]))
            {
                var q = p;
                while (q > 0 && p - q < MaxQualifier && Han.Is(text[q - 1]) && !IsStop(text, q - 1) && !EndsWithStopPair(text, q))
                {
                    q--;
                }
                var bounded = q == 0 || !Han.Is(text[q - 1]) || IsStop(text, q - 1) || EndsWithStopPair(text, q);
                if (q == p || !bounded)
                {
                    break;
                }
                start = q;
                if (q > 0 && Han.Is(text[q - 1]))
                {
                    break;
                }
            }
            else if (p > 0 && char.IsAsciiLetterOrDigit(text[p - 1]))
            {
                var q = p;
                while (q > 0 && (char.IsAsciiLetterOrDigit(text[q - 1]) || text[q - 1] is '.' or '&' or '\'' or '-' || (text[q - 1] == ' ' && q > 1 && char.IsAsciiLetterOrDigit(text[q - 2]))))
                {
                    q--;
                }
                if (!char.IsAsciiLetterUpper(text[q]))
                {
                    break;
                }
                start = q;
            }
            else
            {
                break;
            }
        }
        var stop = end;
        while (stop > keywordStart && IsSpace(text[stop - 1]))
        {
            stop--;
        }
        return (start, text[start..stop]);
    }

    /// <summary>A space between a title and a name: ASCII, full-width (記者　鄭彤) or no-break.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    /// <summary>A stop character, unless it is part of a word an organisation name uses (商業同業公會).</summary>
    private static bool IsStop(string text, int index)
    {
        if (!Stops.Contains(text[index]))
        {
            return false;
        }
        foreach (var word in KeptWords)
        {
            if ((index + 2 <= text.Length && text.AsSpan(index, 2).SequenceEqual(word)) || (index >= 1 && text.AsSpan(index - 1, 2).SequenceEqual(word)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool EndsWithStopPair(string text, int end)
    {
        foreach (var pair in StopPairs)
        {
            if (end >= 2 && text.AsSpan(end - 2, 2).SequenceEqual(pair))
            {
                return true;
            }
        }
        return false;
    }
}
