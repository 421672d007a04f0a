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
