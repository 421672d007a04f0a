using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site.Annotations;

namespace Explainer.Site.Modules;

/// <summary>
/// Attaches profiles, notes and data to each explainer (see <see cref="AnnotationPlanner"/> and
/// <see cref="Data.DataPlanner"/>). A profile that no explainer mentions is a warning: probably a
/// misspelt alias.
/// </summary>
public sealed class PlanAnnotations(bool lenient) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var profiles = EditorialLookup.Profiles(context);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<IDocument>();
        foreach (var input in inputs)
        {
            var explainer = input.Get<ExplainerModel>(Keys.Explainer);
            var stem = Path.GetFileNameWithoutExtension(explainer.SeedFile);
            var (_, _, notes) = EditorialLookup.ForSeed(context, stem);
            var annotations = AnnotationPlanner.Plan(explainer, profiles, notes, lenient, context.Diagnostics);
            var data = Data.DataPlanner.Plan(explainer, EditorialLookup.DataFor(context, stem), context.Diagnostics);
            mentioned.UnionWith(annotations.ParagraphsByProfile.Keys);
            documents.Add(input.Clone(metadata: [new(Keys.Annotations, annotations), new(Keys.Data, data)]));
        }
        foreach (var profile in profiles.Where(p => !mentioned.Contains(p.Id)))
        {
            context.Diagnostics.Add(Diagnostic.Warning(profile.SourcePath, 1, 1,
                $"profile '{profile.Id}' matches nothing in the seeds (aliases: {string.Join(", ", profile.Aliases)})"));
        }
        return documents.ToImmutable();
    }
}
