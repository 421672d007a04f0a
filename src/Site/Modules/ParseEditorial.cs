using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Modules;
using Explainer.Theme;

namespace Explainer.Site.Modules;

/// <summary>
/// Reads the editorial layer: <c>site.yml</c>; <c>zh-hans.yml</c> (the Simplified edition's overrides); <c>profiles/&lt;id&gt;.yml</c>; and per seed
/// <c>&lt;seed name&gt;/explainer.yml</c>, <c>corrections.yml</c> and <c>notes/&lt;id&gt;.md</c>. Yields one
/// document for the site, one for the profiles, and one per seed folder.
/// </summary>
public sealed class ParseEditorial : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = SiteSettings.Default;
        var simplified = SimplifiedOverrides.None;
        var profiles = ImmutableArray.CreateBuilder<Profile>();
        var perSeed = new SortedDictionary<string, SeedEditorial>(StringComparer.Ordinal);
        SeedEditorial Seed(string stem) => perSeed.TryGetValue(stem, out var found) ? found : perSeed[stem] = new SeedEditorial();
        // Files parse independently (both cores), then fold in path order, as one loop would.
        var ordered = inputs.OrderBy(i => i.Source, StringComparer.Ordinal).ToArray();
        var read = new (string[] Parts, object? Value, ImmutableArray<Diagnostic> Diagnostics)[ordered.Length];
        Parallel.For(0, ordered.Length, i => read[i] = Read(ordered[i], context));
        foreach (var (parts, value, diagnostics) in read)
        {
            switch (parts, value)
            {
                case (["site.yml"], SiteSettings settings):
                    site = settings;
                    break;
                case (["zh-hans.yml"], SimplifiedOverrides overrides):
                    simplified = overrides;
                    break;
                case (["profiles", _], Profile profile):
                    profiles.Add(profile);
                    break;
                case ([var stem, "explainer.yml"], SeedSettings settings):
                    Seed(stem).Settings = settings;
                    break;
                case ([var stem, "corrections.yml"], CorrectionSet corrections):
                    Seed(stem).Corrections = corrections;
                    break;
                case ([var stem, "data.yml"], Editorial.Data.ExplainerData data):
                    Seed(stem).Data = data;
                    break;
                case ([var stem, "notes", _], Note note):
                    Seed(stem).Notes.Add(note);
                    break;
            }
            context.Diagnostics.AddRange(diagnostics);
        }
        CheckAliases(profiles, context.Diagnostics);
        var documents = ImmutableArray.CreateBuilder<IDocument>();
        documents.Add(new Document("site.yml", null, "", [new(Keys.SiteSettings, site)]));
        documents.Add(new Document("profiles", null, "", [new(Keys.Profiles, profiles.ToImmutable())]));
        documents.Add(new Document("zh-hans.yml", null, "", [new(Keys.SimplifiedOverrides, simplified)]));
        foreach (var (stem, editorial) in perSeed)
        {
            documents.Add(new Document(stem, null, "",
            [
                new(Keys.SeedStem, stem),
                new(Keys.SeedSettings, editorial.Settings),
                new(Keys.Corrections, editorial.Corrections),
                new(Keys.Notes, editorial.Notes.ToImmutableArray()),
                new(Keys.Data, editorial.Data),
            ]));
        }
        return documents.ToImmutable();
    }

    /// <summary>
    /// One editorial file, recognised by its path: what it holds, and what its reading found wrong. Not
    /// the parsed file: its YAML tree is garbage as soon as the file is read, rather than kept (and
    /// moved by the collector) until every file is.
    /// </summary>
    private static (string[] Parts, object? Value, ImmutableArray<Diagnostic> Diagnostics) Read(IDocument input, IExecutionContext context)
    {
        var path = ThemeTemplates.DisplayPath(input.Get<string>(ReadFiles.FullPathKey));
        var parts = (input.Source ?? "").Split('/');
        YamlFile? file = null;
        object? value = null;
        if (Seeds.SeedText.FirstInvalidUtf8(input.Get<byte[]>(ReadFiles.BytesKey)) is { } bad)
        {
            context.Diagnostics.Add(Diagnostic.Error(path, bad.Line, bad.Column,
                "the file is not valid UTF-8 (it may be Big5 or another encoding): save it as UTF-8"));
            return (parts, null, []);
        }
        switch (parts)
        {
            case ["site.yml"]:
                value = SiteSettings.Read(file = YamlFile.Parse(path, input.Content));
                break;
            case ["zh-hans.yml"]:
                value = SimplifiedOverrides.Read(file = YamlFile.Parse(path, input.Content));
                break;
            case ["profiles", var name] when name.EndsWith(".yml", StringComparison.Ordinal):
                value = Profile.Read(file = YamlFile.Parse(path, input.Content), name[..^4]);
                break;
            case [_, "explainer.yml"]:
                value = SeedSettings.Read(file = YamlFile.Parse(path, input.Content));
                break;
            case [_, "corrections.yml"]:
                value = CorrectionSet.Read(file = YamlFile.Parse(path, input.Content));
                break;
            case [_, "data.yml"]:
                value = Editorial.Data.DataFile.Read(file = YamlFile.Parse(path, input.Content));
                break;
            case [_, "notes", var name] when name.EndsWith(".md", StringComparison.Ordinal):
                var (yaml, body) = FrontMatter.Split(input.Content);
                var normalized = input.Content.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
                if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
                {
                    context.Diagnostics.Add(Diagnostic.Error(path, 1, 1,
                        "the note has no front matter: start it with a line '---', then its kind, quote and title, then '---', then the note"));
                    break;
                }
                var bodyLine = normalized[..(normalized.Length - body.Length)].Count(c => c == '\n') + 1;
                value = Note.Read(file = YamlFile.Parse(path, yaml, lineOffset: 1), name[..^3], body, bodyLine);
                break;
            default:
                context.Diagnostics.Add(Diagnostic.Warning(path, 0, 0,
                    "not an editorial file Explainer reads (site.yml, zh-hans.yml, profiles/<id>.yml, <seed name>/explainer.yml, corrections.yml, data.yml, notes/<id>.md)"));
                break;
        }
        return (parts, value, file?.Diagnostics ?? []);
    }

    /// <summary>One alias for two profiles would make every mention ambiguous: an error naming both files.</summary>
    private static void CheckAliases(IEnumerable<Profile> profiles, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            foreach (var alias in profile.Aliases)
            {
                if (owners.TryGetValue(alias, out var owner))
                {
                    var (line, column) = profile.AliasPositions.GetValueOrDefault(alias, (1, 1));
                    var (ownerLine, _) = owner.AliasPositions.GetValueOrDefault(alias, (1, 1));
                    diagnostics.Add(Diagnostic.Error(profile.SourcePath, line, column,
                        $"alias '{alias}' is claimed by both {owner.SourcePath} (line {ownerLine}) and {profile.SourcePath}: a mention could not tell which it names"));
                    continue;
                }
                owners[alias] = profile;
            }
        }
    }

    private sealed class SeedEditorial
    {
        public SeedSettings Settings { get; set; } = SeedSettings.Default;

        public CorrectionSet Corrections { get; set; } = CorrectionSet.Empty;

        public List<Note> Notes { get; } = [];

        public Editorial.Data.ExplainerData Data { get; set; } = Editorial.Data.ExplainerData.None;
    }
}
