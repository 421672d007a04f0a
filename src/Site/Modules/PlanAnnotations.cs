using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site.Annotations;

namespace Explainer.Site.Modules;

/// <summary>
/// Attaches profiles, notes and data to each explainer (see <see cref="AnnotationPlanner"/> and
/// <see cref="Data.DataPlanner"/>), completes the data with what the seed states on its own (see
/// <see cref="Automatic.AutomaticData"/>) and reports likely conversion errors as suggestions. A profile that no explainer mentions is a warning: probably a
/// misspelt alias.
/// </summary>
public sealed class PlanAnnotations(bool lenient) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var profiles = EditorialLookup.Profiles(context);
        var aliases = new AliasMatcher(profiles);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var planned = new (IDocument Document, ExplainerAnnotations Annotations)[inputs.Length];
        // Each explainer is planned on its own (both cores); the results keep the inputs' order.
        Parallel.For(0, inputs.Length, i =>
        {
            var input = inputs[i];
            var explainer = input.Get<ExplainerModel>(Keys.Explainer);
            var stem = Path.GetFileNameWithoutExtension(explainer.SeedFile);
            var (_, _, notes) = EditorialLookup.ForSeed(context, stem);
            var annotations = AnnotationPlanner.Plan(explainer, profiles, notes, lenient, context.Diagnostics);
            var editorial = EditorialLookup.DataFor(context, stem);
            var seedPath = explainer.SeedPath;
            var data = Automatic.AutomaticData.Complete(Data.DataPlanner.Plan(explainer, editorial, context.Diagnostics), explainer, editorial, aliases, seedPath, context.Diagnostics);
            var suggestions = Automatic.SuggestionFinder.Find(explainer, seedPath);
            context.Diagnostics.AddRange(suggestions.Select(s => s.ToDiagnostic()));
            planned[i] = (input.Clone(metadata: [new(Keys.Annotations, annotations), new(Keys.Data, data), new(Keys.Suggestions, suggestions)]), annotations);
        });
        var documents = ImmutableArray.CreateBuilder<IDocument>(inputs.Length);
        foreach (var (document, annotations) in planned)
        {
            mentioned.UnionWith(annotations.ParagraphsByProfile.Keys);
            documents.Add(document);
        }
        foreach (var profile in profiles.Where(p => !mentioned.Contains(p.Id)))
        {
            context.Diagnostics.Add(Diagnostic.Warning(profile.SourcePath, 1, 1,
                $"profile '{profile.Id}' matches nothing in the seeds (aliases: {string.Join(", ", profile.Aliases)})"));
        }
        return documents.ToImmutable();
    }
}
