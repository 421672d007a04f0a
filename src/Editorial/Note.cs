using System.Collections.Immutable;
using Markdig.Syntax;

namespace Explainer.Editorial;

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
    /// <summary>
    /// <c>lang: zh-Hant</c>: the note is about the Traditional text itself (a name's Traditional forms,
    /// a character the conversion confused), so the Simplified edition shows it as written.
    /// </summary>
    public bool KeepsTraditional { get; init; }

    /// <param name="file">The note's front matter.</param>
    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="bodyLine">The file's line where the body starts, to point at a bad link in it.</param>
    public static Note Read(YamlFile file, string fileId, string body, int bodyLine = 1)
    {
        CheckLinks(file, body, bodyLine);
        var map = file.RootMapping();
        file.CheckKeys(map, "kind", "quote", "prefix", "suffix", "title", "lang", "sources");
        var kind = file.String(map, "kind") switch
        {
            "context" or null => NoteKind.Context,
            "glossary" => NoteKind.Glossary,
            "fact-check" => NoteKind.FactCheck,
            "correction" => NoteKind.Correction,
            var other => Invalid(other),
        };
        var quote = file.RequiredString(map, "quote");
        var quoteNode = map.Get("quote") ?? map;
        if (body.Trim().Length == 0)
        {
            file.Warning(map, "the note has no text after its front matter");
        }
        var sources = Editorial.Sources.Read(file, map);
        Editorial.Sources.CheckCitations(file, map, sources, [body]);
        return new Note(fileId, kind, quote, file.String(map, "prefix") ?? "", file.String(map, "suffix") ?? "",
            file.String(map, "title") ?? "", body, sources, file.Path, file.LineOf(quoteNode), (int)quoteNode.Start.Column)
        {
            KeepsTraditional = Language(),
        };

        bool Language()
        {
            var lang = file.String(map, "lang");
            if (lang is null or "zh-Hant")
                return lang is not null;
            file.Error(map.Get("lang")!, $"lang '{lang}' is not zh-Hant, the one language a note can be kept in on the Simplified edition");
            return false;
        }

        NoteKind Invalid(string value)
        {
            file.Error(map, $"kind '{value}' is not one of context, glossary, fact-check, correction");
            return NoteKind.Context;
        }
    }

    /// <summary>
    /// A note's links lead readers off the page: only http(s), mailto and plain relative links, never
    /// javascript:, data: or another scheme (Markdown would render them as they are).
    /// </summary>
    private static void CheckLinks(YamlFile file, string body, int bodyLine)
    {
        if (body.AsSpan().IndexOfAny(':', '&') < 0)
        {
            return; // no scheme can be written without a ':', nor spelled as an entity (&#58;) without a '&'
        }
        var document = Markdig.Markdown.Parse(body);
        var urls = document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => (l.Url, l.Span.Start))
            .Concat(document.Descendants<Markdig.Syntax.Inlines.AutolinkInline>().Select(l => ((string?)l.Url, l.Span.Start)))
            .Concat(document.Descendants<Markdig.Syntax.LinkReferenceDefinition>().Select(d => (d.Url, d.Span.Start)));
        foreach (var found in urls.DistinctBy(u => u.Item1).OrderBy(u => u.Start))
        {
            var (url, start) = (found.Item1, found.Start);
            if (url is not null && !IsSafeUrl(url))
            {
                // Where the URL is written (inline spans carry no position without extra parsing work).
                var at = body.IndexOf(url, StringComparison.Ordinal);
                var before = body[..Math.Clamp(at >= 0 ? at : start, 0, body.Length)];
                var line = bodyLine + before.Count(c => c == '\n');
                var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
                file.ErrorAt(line, column, $"link '{url}' in the note is not an http(s), mailto or relative link; it would not be safe to publish");
            }
        }
    }

    public static bool IsSafeUrl(string url)
    {
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var squeezed = new string([.. url.Where(c => c > ' ')]);
        var end = squeezed.IndexOfAny(['/', '?', '#']);
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || (end >= 0 && colon > end))
        {
            return true; // relative
        }
        var scheme = squeezed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
