namespace Explainer.Analysis;

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
