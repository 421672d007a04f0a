using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Seeds;
using Explainer.Site;

namespace Explainer.Tests.Site.Annotations;

/// <summary>Small explainers, profiles and notes built in memory.</summary>
internal static class AnnotationFixtures
{
    public static ExplainerModel Build(string seedText, CorrectionSet? corrections = null)
    {
        var seed = SeedParser.Parse("t.txt", seedText);
        return ExplainerBuilder.Build(seed, "seeds/t.txt", "hash", SeedSettings.Default, corrections ?? CorrectionSet.Empty, true, new DiagnosticBag());
    }

    public static Profile Profile(string id, params string[] aliases) =>
        new(id, ProfileKind.Person, id, "", [.. aliases], "", "", "", "why", [], [], $"input/profiles/{id}.yml");

    public static Note Note(string id, string quote, string prefix = "", string suffix = "") =>
        new(id, NoteKind.Context, quote, prefix, suffix, id, "body", [], $"input/t/notes/{id}.md", 3, 8);

    public static CorrectionSet Corrections(params (string Original, string Corrected)[] pairs) =>
        new(null, [.. pairs.Select((p, i) => new Correction(p.Original, p.Corrected, "reason", null, i + 1, 1))]);

    public static ImmutableArray<ParagraphModel> Paragraphs(ExplainerModel explainer) =>
        [.. explainer.Sections.SelectMany(s => s.Paragraphs)];
}
