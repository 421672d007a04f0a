using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Seeds;
using Explainer.Theme;

namespace Explainer.Site.Modules;

/// <summary>Parses each seed with its settings and corrections into an <see cref="ExplainerModel"/>.</summary>
public sealed class ParseSeeds(string seedsFolder) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        if (inputs.IsEmpty)
        {
            context.Diagnostics.Add(Diagnostic.Warning(ThemeTemplates.DisplayPath(Path.GetFullPath(seedsFolder)), 0, 0,
                "no seeds (*.txt) in this folder: the site has no explainers. Put an article's text here, one .txt per article"));
        }
        var documents = ImmutableArray.CreateBuilder<IDocument>();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        // Seeds parse independently (both cores); slugs are then claimed in input order, as one loop would.
        var parsed = new (IDocument Input, string Path, ExplainerModel? Explainer)[inputs.Length];
        Parallel.For(0, inputs.Length, i => parsed[i] = Parse(inputs[i], context));
        foreach (var (input, path, explainer) in parsed)
        {
            if (explainer is null)
            {
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(input.Source ?? path));
            if (slugs.TryGetValue(explainer.Slug, out var other))
            {
                context.Diagnostics.Add(Diagnostic.Error(path, 1, 1, $"slug '{explainer.Slug}' is already used by {other}; set another in input/{stem}/explainer.yml"));
                continue;
            }
            slugs[explainer.Slug] = path;
            documents.Add(input.Clone(metadata: [new(Keys.Explainer, explainer)]));
        }
        var stems = inputs.Select(i => Path.GetFileNameWithoutExtension(i.Source ?? "")).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in context.OutputsOf(ExplainerPipelines.Editorial).Where(d => d.TryGet<string>(Keys.SeedStem, out var stem) && !stems.Contains(stem)))
        {
            var settings = orphan.Get<Editorial.SeedSettings>(Keys.SeedSettings);
            context.Diagnostics.Add(Diagnostic.Warning(settings.SourcePath ?? orphan.Source ?? "input", 0, 0,
                $"editorial files for '{orphan.Source}', but there is no seed {orphan.Source}.txt"));
        }
        return documents.ToImmutable();
    }

    private static (IDocument Input, string Path, ExplainerModel? Explainer) Parse(IDocument input, IExecutionContext context)
    {
        var path = ThemeTemplates.DisplayPath(input.Get<string>(ReadFiles.FullPathKey));
        var fileName = Path.GetFileName(input.Source ?? path);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var decoded = SeedText.Decode(input.Get<byte[]>(ReadFiles.BytesKey));
        if (decoded.Problem is not null)
        {
            context.Diagnostics.Add(new Diagnostic(decoded.IsError ? Severity.Error : Severity.Warning, path, decoded.Line, decoded.Column, decoded.Problem));
        }
        if (decoded.Text is null)
        {
            return (input, path, null);
        }
        var (settings, corrections, _) = EditorialLookup.ForSeed(context, stem);
        var seed = SeedParser.Parse(fileName, decoded.Text, settings.ParseOptions);
        if (seed.Sections.IsEmpty || seed.Sections.All(s => s.Paragraphs.IsEmpty))
        {
            context.Diagnostics.Add(Diagnostic.Error(path, Math.Max(seed.HeadlineLine, 1), 1, seed.HeadlineLine == 0
                ? (decoded.Text.TrimStart('\uFEFF').Length == 0 ? "the seed is empty" : "the seed has only blank lines")
                    + ": expected a headline on the first line, then the article"
                : "the seed has a headline but no article: expected the article's paragraphs below the headline"));
            return (input, path, null);
        }
        var sha = ExplainerBuilder.Sha256Of(input.Get<byte[]>(ReadFiles.BytesKey));
        return (input, path, ExplainerBuilder.Build(seed, path, sha, settings, corrections, EditorialLookup.Site(context).FullWidthPunctuation, context.Diagnostics));
    }
}
