using System.Collections.Immutable;

namespace Explainer.Editorial;

/// <summary>
/// A person or organisation of the story (input/profiles/&lt;id&gt;.yml). Text fields may cite
/// <see cref="Sources"/> as <c>[n]</c>; text without a citation is what the seed itself says.
/// </summary>
public sealed record Profile(
    string Id,
    ProfileKind Kind,
    string Name,
    string NameZh,
    ImmutableArray<string> Aliases,
    string Role,
    string Organisation,
    string Side,
    string Why,
    ImmutableArray<string> Figures,
    ImmutableArray<Source> Sources,
    string SourcePath)
{
    /// <summary>Where each alias stands in the profile's file, so a clash can point at it.</summary>
    public ImmutableDictionary<string, (int Line, int Column)> AliasPositions { get; init; } = ImmutableDictionary<string, (int Line, int Column)>.Empty;

    public static Profile Read(YamlFile file, string fileId)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "id", "kind", "name", "name_zh", "aliases", "role", "organisation", "side", "why", "figures", "sources");
        var id = file.RequiredString(map, "id");
        if (id.Length > 0 && id != fileId)
        {
            file.Error(map, $"id '{id}' must match the file name '{fileId}.yml'");
        }
        var kind = file.String(map, "kind") switch
        {
            "person" or null => ProfileKind.Person,
            "organisation" or "organization" => ProfileKind.Organisation,
            var other => Invalid(other),
        };
        var quoted = file.Quotes(map, "aliases").Where(a => a.Text.Length > 0).DistinctBy(a => a.Text, StringComparer.Ordinal).ToImmutableArray();
        var aliases = quoted.Select(a => a.Text).ToImmutableArray();
        if (aliases.IsEmpty)
        {
            file.Error(map, "a profile needs at least one alias: the forms in which the seed names it");
        }
        var profile = new Profile(
            fileId,
            kind,
            file.RequiredString(map, "name"),
            file.String(map, "name_zh") ?? "",
            aliases,
            file.String(map, "role") ?? "",
            file.String(map, "organisation") ?? "",
            file.String(map, "side") ?? "",
            file.RequiredString(map, "why"),
            file.Strings(map, "figures"),
            Editorial.Sources.Read(file, map),
            file.Path)
        {
            AliasPositions = quoted.ToImmutableDictionary(a => a.Text, a => (a.Line, a.Column), StringComparer.Ordinal),
        };
        Editorial.Sources.CheckCitations(file, map, profile.Sources, [profile.Role, profile.Why, .. profile.Figures]);
        return profile;

        ProfileKind Invalid(string value)
        {
            file.Error(map, $"kind '{value}' is neither 'person' nor 'organisation'");
            return ProfileKind.Person;
        }
    }
}
