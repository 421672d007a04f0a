using System.Globalization;
using System.Text;

namespace Explainer.Seeds;

/// <summary>Character classes for Chinese, Japanese and Korean text, by Unicode block.</summary>
public static class CjkText
{
    /// <summary>Ideographs, kana, hangul, bopomofo, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x2E80 and <= 0x2FDF) // radicals
            or (>= 0x3000 and <= 0x303F) // CJK symbols and punctuation
            or (>= 0x3040 and <= 0x30FF) // hiragana, katakana
            or (>= 0x3100 and <= 0x312F) // bopomofo
            or (>= 0x3190 and <= 0x31FF)
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x4E00 and <= 0x9FFF) // unified ideographs
            or (>= 0xAC00 and <= 0xD7AF) // hangul syllables
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0xFE30 and <= 0xFE4F) // compatibility forms
            or (>= 0xFF00 and <= 0xFFEF) // half-width and full-width forms
            or (>= 0x20000 and <= 0x3FFFF); // extensions B and later
    }

    public static bool IsCjk(char c) => !char.IsSurrogate(c) && IsCjk(new Rune(c));

    public static bool ContainsCjk(string text) => text.EnumerateRunes().Any(IsCjk);

    /// <summary>A letter of a Latin-script word (ASCII or accented), not a digit.</summary>
    public static bool IsLatinLetter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Width in ideograph units: CJK counts 1, everything else ½ (how wide a line looks).</summary>
    public static double DisplayWidth(string text) =>
        text.EnumerateRunes().Sum(r => IsCjk(r) ? 1.0 : 0.5);

    /// <summary>
    /// No whitespace, then NFKC: the comparison the fidelity contract uses. Whitespace goes first so
    /// that text differing only in whitespace folds the same: a combining mark that a hard wrap put at
    /// the start of a line (<c>a⏎\u0306</c>) composes with the letter it follows once the wrap is joined
    /// (<c>ă</c>), and must compose the same way in the seed's own lines. What NFKC itself turns into
    /// whitespace (<c>¨</c> is a space and <c>\u0308</c>) goes too.
    /// </summary>
    public static string Fold(string text) =>
        WithoutSpace(WithoutSpace(text).Normalize(NormalizationForm.FormKC));

    private static string WithoutSpace(string text)
    {
        var first = 0;
        while (first < text.Length && !IsRemoved(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text; // most text: nothing to take out, nothing to copy
        }
        var kept = new System.Text.StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!IsRemoved(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static bool IsRemoved(char c) => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
