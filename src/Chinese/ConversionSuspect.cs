namespace Explainer.Chinese;

/// Index/Length are UTF-16 offsets into the text given to Find; Original == text.Substring(Index, Length).
/// The span is a short word around the suspect character (e.g. 矽穀, 四麵, 采訪, 水麵, 隻會), the
/// smallest span that makes a sensible `corrections.yml` original; Suggested has the same span corrected.
public sealed record ConversionSuspect(int Index, int Length, string Original, string Suggested, SuspectKind Kind, string Reason);
