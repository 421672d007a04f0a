using Explainer.Chinese;
using Explainer.Engine;

namespace Explainer.Site.Automatic;

/// <summary>
/// A likely Simplified→Traditional conversion error (or variant, or mainland name form) in a seed, where
/// the seed has it, for an editor to accept as a correction or decline in corrections.yml.
/// </summary>
public sealed record Suggestion(string File, int Line, int Column, string Original, string Suggested, SuspectKind Kind, string Reason, string Context)
{
    /// <summary>The kind as corrections.yml spells it.</summary>
    public string KindName => Kind switch
    {
        SuspectKind.Error => "error",
        SuspectKind.Variant => "variant",
        _ => "transliteration",
    };

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Suggestion(File, Line, Column, $"「{Original}」→「{Suggested}」({KindName}) {Reason}");
}
