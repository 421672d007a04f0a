using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Explainer.Editorial;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>Looks up what the Editorial pipeline read, for the modules that depend on it.</summary>
public static class EditorialLookup
{
    public static SiteSettings Site(IExecutionContext context) =>
        context.OutputsOf(ExplainerPipelines.Editorial)
            .Select(d => d.TryGet<SiteSettings>(Keys.SiteSettings, out var s) ? s : null)
            .FirstOrDefault(s => s is not null) ?? SiteSettings.Default;

    public static SimplifiedOverrides SimplifiedOverrides(IExecutionContext context) =>
        context.OutputsOf(ExplainerPipelines.Editorial)
            .Select(d => d.TryGet<SimplifiedOverrides>(Keys.SimplifiedOverrides, out var o) ? o : null)
            .FirstOrDefault(o => o is not null) ?? Editorial.SimplifiedOverrides.None;

    public static ImmutableArray<Profile> Profiles(IExecutionContext context) =>
        context.OutputsOf(ExplainerPipelines.Editorial)
            .Select(d => d.TryGet<ImmutableArray<Profile>>(Keys.Profiles, out var p) ? p : [])
            .FirstOrDefault(p => !p.IsDefaultOrEmpty, []);

    public static (SeedSettings Settings, CorrectionSet Corrections, ImmutableArray<Note> Notes) ForSeed(IExecutionContext context, string stem)
    {
        var document = SeedDocument(context, stem);
        return document is null
            ? (SeedSettings.Default, CorrectionSet.Empty, [])
            : (document.Get<SeedSettings>(Keys.SeedSettings), document.Get<CorrectionSet>(Keys.Corrections), document.Get<ImmutableArray<Note>>(Keys.Notes));
    }

    public static Editorial.Data.ExplainerData DataFor(IExecutionContext context, string stem) =>
        SeedDocument(context, stem)?.Get<Editorial.Data.ExplainerData>(Keys.Data) ?? Editorial.Data.ExplainerData.None;

    /// <summary>
    /// The Editorial pipeline's documents by seed stem, indexed once per run (keyed by the immutable
    /// array itself), so that looking up N seeds costs N, not N².
    /// </summary>
    private static readonly ConditionalWeakTable<IDocument[], Dictionary<string, IDocument>> BySeed = new();

    private static IDocument? SeedDocument(IExecutionContext context, string stem)
    {
        var outputs = context.OutputsOf(ExplainerPipelines.Editorial);
        var array = ImmutableCollectionsMarshal.AsArray(outputs);
        if (array is null)
        {
            return null;
        }
        var index = BySeed.GetValue(array, documents =>
        {
            var byStem = new Dictionary<string, IDocument>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                if (document.TryGet<string>(Keys.SeedStem, out var s))
                {
                    byStem.TryAdd(s, document); // the first, as a scan would find
                }
            }
            return byStem; // only read once built: safe to share between threads
        });
        return index.GetValueOrDefault(stem);
    }
}
