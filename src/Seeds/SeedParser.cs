using System.Collections.Immutable;

namespace Explainer.Seeds;

/// <summary>
/// Reads a plain-text article as copied from a PDF or a wire page: the headline, an optional English
/// subtitle, then paragraphs and headings. Generic on purpose: it guesses from the shape of lines and
/// takes <see cref="SeedParseOptions"/> where the guess is wrong. It never throws on input.
/// </summary>
public static class SeedParser
{
    public static ParsedSeed Parse(string fileName, string text, SeedParseOptions? options = null)
    {
        options ??= SeedParseOptions.Default;
        var lines = SplitLines(text);
        var cursor = 0;
        var headlineIndex = NextNonBlank(lines, cursor);
        if (headlineIndex < 0)
        {
            return new ParsedSeed(fileName, "", 0, null, 0, [], lines);
        }
        var headline = lines[headlineIndex];
        cursor = headlineIndex + 1;
        string? subtitle = null;
        var subtitleLine = 0;
        if (cursor < lines.Length && IsSubtitle(headline, lines[cursor], options))
        {
            subtitle = lines[cursor];
            subtitleLine = cursor + 1;
            cursor++;
        }
        var body = lines.Skip(cursor).Select((line, i) => new NumberedLine(cursor + i + 1, line)).ToList();
        var sections = UsesBlankLineParagraphs(body)
            ? ParseBlocks(body, options)
            : ParseLines(body, options);
        return new ParsedSeed(fileName, headline, headlineIndex + 1, subtitle, subtitleLine, sections, lines);
    }

    private sealed record NumberedLine(int Number, string Text)
    {
        public bool IsBlank => Text.Length == 0;
    }

    /// <summary>Lines without the BOM, the line ending or the wrapping indentation (1-based by index + 1).</summary>
    private static ImmutableArray<string> SplitLines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // A final newline does not make a last, empty line.
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        return [.. lines.Take(count).Select(line => line.Trim())];
    }

    private static int NextNonBlank(ImmutableArray<string> lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>An English headline under a CJK one: Latin script only, not a sentence of the story.</summary>
    private static bool IsSubtitle(string headline, string line, SeedParseOptions options) =>
        options.HasSubtitle ?? (line.Length > 0
            && CjkText.ContainsCjk(headline)
            && !CjkText.ContainsCjk(line)
            && line.Any(CjkText.IsLatinLetter)
            && !line.EndsWith('.')
            && line.Length <= 160);

    /// <summary>
    /// Blank lines separate paragraphs when most sentence-ending lines are followed by one; otherwise
    /// (one paragraph a line, hard-wrapped here and there) blank lines are rare noise.
    /// </summary>
    private static bool UsesBlankLineParagraphs(List<NumberedLine> body)
    {
        var blocks = 0;
        var endings = 0;
        var endingsBeforeBlank = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].IsBlank)
            {
                continue;
            }
            var lastOfBlock = i + 1 == body.Count || body[i + 1].IsBlank;
            blocks += lastOfBlock ? 1 : 0;
            if (SentenceText.EndsSentence(body[i].Text))
            {
                endings++;
                endingsBeforeBlank += lastOfBlock ? 1 : 0;
            }
        }
        return blocks >= 3 && endingsBeforeBlank * 2 >= endings;
    }

    private static bool LooksLikeHeading(string line, SeedParseOptions options) =>
        options.ForcedHeadings.Contains(line)
        || (!options.NotHeadings.Contains(line)
            && line.Length > 0
            && !SentenceText.HasSentencePunctuation(line)
            && line.Any(char.IsLetter)
            && CjkText.DisplayWidth(line) <= options.HeadingMaxWidth);

    /// <summary>Paragraphs are blocks between blank lines; a one-line block that looks like a heading is one.</summary>
    private static ImmutableArray<SeedSection> ParseBlocks(List<NumberedLine> body, SeedParseOptions options)
    {
        var blocks = new List<List<NumberedLine>>();
        var current = new List<NumberedLine>();
        foreach (var line in body)
        {
            if (!line.IsBlank)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                blocks.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            blocks.Add(current);
        }
        var builder = new SectionsBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isLast = i + 1 == blocks.Count;
            if (block.Count == 1 && !isLast && LooksLikeHeading(block[0].Text, options))
            {
                builder.StartSection(block[0]);
            }
            else
            {
                builder.AddParagraph(block);
            }
        }
        return builder.Build();
    }

    /// <summary>
    /// One paragraph a line, except that a line not ending a sentence runs on into the next (a hard
    /// wrap). A short line without sentence punctuation after a finished sentence is a heading.
    /// </summary>
    private static ImmutableArray<SeedSection> ParseLines(List<NumberedLine> body, SeedParseOptions options)
    {
        var builder = new SectionsBuilder();
        var paragraph = new List<NumberedLine>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.IsBlank)
            {
                Flush();
                continue;
            }
            var afterSentence = paragraph.Count == 0 || SentenceText.EndsSentence(paragraph[^1].Text);
            var next = body.Skip(i + 1).FirstOrDefault(l => !l.IsBlank);
            var forced = options.ForcedHeadings.Contains(line.Text);
            if ((afterSentence || forced) && next is not null && (forced || !RunsOn(line, body[i + 1])) && LooksLikeHeading(line.Text, options))
            {
                Flush();
                builder.StartSection(line);
                continue;
            }
            if (afterSentence)
            {
                Flush();
            }
            paragraph.Add(line);
        }
        Flush();
        return builder.Build();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                builder.AddParagraph(paragraph);
                paragraph = [];
            }
        }
    }

    /// <summary>A number or an English sentence cut by the wrap (<c>600</c> / <c>0億</c>) is no heading.</summary>
    private static bool RunsOn(NumberedLine line, NumberedLine next)
    {
        if (next.IsBlank)
        {
            return false;
        }
        var (last, first) = (line.Text[^1], next.Text[0]);
        return (CjkText.IsAsciiDigit(last) && (CjkText.IsAsciiDigit(first) || first is '%' or '.' or ','))
            || (CjkText.IsLatinLetter(last) && char.IsLower(first));
    }

    private sealed class SectionsBuilder
    {
        private readonly ImmutableArray<SeedSection>.Builder _sections = ImmutableArray.CreateBuilder<SeedSection>();
        private NumberedLine? _heading;
        private readonly ImmutableArray<SeedParagraph>.Builder _paragraphs = ImmutableArray.CreateBuilder<SeedParagraph>();

        public void StartSection(NumberedLine heading)
        {
            Close();
            _heading = heading;
        }

        public void AddParagraph(IReadOnlyList<NumberedLine> lines)
        {
            var joined = lines.Skip(1).Aggregate(lines[0].Text, (left, line) => LineJoiner.Join(left, line.Text));
            _paragraphs.Add(new SeedParagraph(joined, lines[0].Number, lines[^1].Number));
        }

        public ImmutableArray<SeedSection> Build()
        {
            Close();
            return _sections.ToImmutable();
        }

        private void Close()
        {
            if (_heading is not null || _paragraphs.Count > 0)
            {
                _sections.Add(new SeedSection(_heading?.Text, _heading?.Number ?? 0, _paragraphs.ToImmutable()));
            }
            _heading = null;
            _paragraphs.Clear();
        }
    }
}
