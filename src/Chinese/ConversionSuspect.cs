namespace Explainer.Chinese;

/// <summary>What kind of conversion trace a suspect is.</summary>
public enum SuspectKind
{
    /// <summary>The character belongs to another word: 麵 (noodles) for 面 (face), 穀 (grain) for 谷 (valley).</summary>
    Error,

    /// <summary>A standard-form difference (裏/裡, 周/週, 鑒/鑑): not wrong, only not the usual form.</summary>
    Variant,

    /// <summary>A mainland name or word form where Taiwan has its own (TWPhrases: 軟件→軟體).</summary>
    Transliteration,
}

/// Index/Length are UTF-16 offsets into the text given to Find; Original == text.Substring(Index, Length).
/// The span is a short word around the suspect character (e.g. 矽穀, 四麵, 采訪, 水麵, 隻會), the
/// smallest span that makes a sensible `corrections.yml` original; Suggested has the same span corrected.
public sealed record ConversionSuspect(int Index, int Length, string Original, string Suggested, SuspectKind Kind, string Reason);
