namespace Explainer.Analysis;

/// <summary>
/// A name a paragraph states. Index/Length: the name itself ("Dave Arnold", "黃仁勳", "Theory Ventures").
/// Title: the words before it that say who or what it is, exactly as written ("Meta 發言人", "輝達執行長",
/// "風投公司"), from TitleIndex; "" and -1 when none.
/// </summary>
public sealed record FoundName(int Index, int Length, string Name, NameKind Kind, int TitleIndex, string Title);
