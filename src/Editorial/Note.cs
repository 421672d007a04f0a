using System.Collections.Immutable;

namespace Explainer.Editorial;

public enum NoteKind
{
    Context,
    Glossary,
    FactCheck,
    Correction,
}

/// <summary>
/// A sidenote (input/&lt;seed name&gt;/notes/&lt;id&gt;.md), anchored by quoting the seed: the quote, and
/// optionally the text just before and after it, must find exactly one place in the article.
/// </summary>
public sealed record Note(
    string Id,
    NoteKind Kind,
    string Quote,
    string Prefix,
    string Suffix,
    string Title,
    string BodyMarkdown,
    ImmutableArray<Source> Sources,
    string SourcePath,
    int QuoteLine,
    int QuoteColumn)
{
    /// <param name="file">The note's front matter.</param>
    /// <param name="body">The Markdown after the front matter.</param>
    public static Note Read(YamlFile file, string fileId, string body)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "kind", "quote", "prefix", "suffix", "title", "sources");
        var kind = file.String(map, "kind") switch
        {
            "context" or null => NoteKind.Context,
            "glossary" => NoteKind.Glossary,
            "fact-check" => NoteKind.FactCheck,
            "correction" => NoteKind.Correction,
            var other => Invalid(other),
        };
        var quote = file.RequiredString(map, "quote");
        var quoteNode = map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("quote"), out var node) ? node : map;
        if (body.Trim().Length == 0)
        {
            file.Warning(map, "the note has no text after its front matter");
        }
        var sources = Editorial.Sources.Read(file, map);
        Editorial.Sources.CheckCitations(file, map, sources, [body]);
        return new Note(fileId, kind, quote, file.String(map, "prefix") ?? "", file.String(map, "suffix") ?? "",
            file.String(map, "title") ?? "", body, sources, file.Path, file.LineOf(quoteNode), (int)quoteNode.Start.Column);

        NoteKind Invalid(string value)
        {
            file.Error(map, $"kind '{value}' is not one of context, glossary, fact-check, correction");
            return NoteKind.Context;
        }
    }
}
