using System.Security.Cryptography;
using System.Text;

namespace Explainer.Editorial;

/// <summary>One visible correction of the seed's words: the original is always kept beside it.</summary>
public sealed record Correction(string Original, string Corrected, string Reason, int? ExpectedCount, int Line, int Column)
{
    /// <summary>The fragment id of this correction in a page's list of corrections.</summary>
    public string Key => KeyOf(Original, Corrected);

    /// <summary>
    /// Derived from the text alone, so the Markdown renderer and the list agree without sharing state.
    /// NFKC, because the renderer sees the corrected words after the typographic rule has made their
    /// punctuation full-width.
    /// </summary>
    public static string KeyOf(string original, string corrected)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(original + "\u2192" + corrected.Normalize(NormalizationForm.FormKC)));
        return "correction-" + Convert.ToHexStringLower(hash)[..8];
    }
}
