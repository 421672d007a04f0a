namespace Explainer.Analysis;

public enum AmountKind { Money, Percent, People, Age, Count }

/// <summary>
/// A figure a paragraph states. Index/Length: the amount's own words ("6000億美元", "數億美元", "600人",
/// "28歲", "49%", "約234億港元"), an approximating word (約, 近, 逾, 超過, 左右) included. Clause: the clause
/// around it exactly as written (cut at ，。；：！？、, quotation marks and an unclosed bracket), from
/// ClauseIndex: the label a chart shows. Value/ValueMax: equal for a point, a range for 數億, 一兩百, 三至五萬.
/// Unit: the unit as written (美元, 人, 歲, %, 個); Currency: ISO code, "" when the text does not say.
/// Also: a conversion in brackets right after the amount (30億美元(約234億港元)).
/// </summary>
public sealed record FoundAmount(int Index, int Length, string Text, AmountKind Kind, decimal Value, decimal ValueMax,
    bool Approximate, string Unit, string Currency, int ClauseIndex, string Clause, FoundAmount? Also);

public enum DateKind { Absolute, Relative }

/// <summary>
/// A date a paragraph states. Index/Length: the date words ("1984年5月14日", "今年春天", "本周四", "一個月後");
/// Clause/ClauseIndex: the event's words, as for <see cref="FoundAmount"/>. <see cref="DateFinder.Resolve"/>
/// turns it into a day or a span.
/// </summary>
public sealed record FoundDate(int Index, int Length, string Text, DateKind Kind, int ClauseIndex, string Clause);

public enum NameKind { Person, Organisation }

/// <summary>
/// A name a paragraph states. Index/Length: the name itself ("Dave Arnold", "黃仁勳", "Theory Ventures").
/// Title: the words before it that say who or what it is, exactly as written ("Meta 發言人", "輝達執行長",
/// "風投公司"), from TitleIndex; "" and -1 when none.
/// </summary>
public sealed record FoundName(int Index, int Length, string Name, NameKind Kind, int TitleIndex, string Title);
