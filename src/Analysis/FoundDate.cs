namespace Explainer.Analysis;

/// <summary>
/// A date a paragraph states. Index/Length: the date words ("1984年5月14日", "今年春天", "本周四", "一個月後");
/// Clause/ClauseIndex: the event's words, as for <see cref="FoundAmount"/>. <see cref="DateFinder.Resolve"/>
/// turns it into a day or a span.
/// </summary>
public sealed record FoundDate(int Index, int Length, string Text, DateKind Kind, int ClauseIndex, string Clause);
