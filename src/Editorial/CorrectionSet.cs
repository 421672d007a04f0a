using System.Collections.Immutable;

namespace Explainer.Editorial;

/// <summary>The corrections of one seed (input/&lt;seed name&gt;/corrections.yml), applied by exact match.</summary>
public sealed class CorrectionSet
{
    public static readonly CorrectionSet Empty = new(null, []);

    public CorrectionSet(string? sourcePath, ImmutableArray<Correction> corrections, ImmutableArray<DeclinedSuggestion> declined = default)
    {
        SourcePath = sourcePath;
        Declined = declined.IsDefault ? [] : declined;
        // Longest first, so "首席言收官" wins over a shorter correction inside it.
        Items = [.. corrections.OrderByDescending(c => c.Original.Length).ThenBy(c => c.Line)];
        _byFirstChar = Items.Where(c => c.Original.Length > 0).GroupBy(c => c.Original[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The corrections by the first character of their original (each list longest first), so
    /// that <see cref="Apply"/> looks at a character once instead of trying every correction there.</summary>
    private readonly Dictionary<char, Correction[]> _byFirstChar; // only read once built

    public string? SourcePath { get; }

    public ImmutableArray<Correction> Items { get; }

    /// <summary>Suggestions the editor declined: never applied, only kept quiet.</summary>
    public ImmutableArray<DeclinedSuggestion> Declined { get; }

    public static CorrectionSet Read(YamlFile file)
    {
        var corrections = ImmutableArray.CreateBuilder<Correction>();
        var declined = ImmutableArray.CreateBuilder<DeclinedSuggestion>();
        foreach (var item in file.RootSequence())
        {
            if (item is not YamlMappingNode map)
            {
                file.Error(item, "each correction must be a mapping with 'original', 'corrected' and 'reason'");
                continue;
            }
            if (map.Get("declined") is not null)
            {
                // A declined suggestion: the original stays; the reason says why, for the next editor.
                file.CheckKeys(map, "original", "suggested", "kind", "declined");
                var words = file.RequiredString(map, "original");
                var why = file.RequiredString(map, "declined");
                if (words.Length > 0)
                {
                    declined.Add(new DeclinedSuggestion(words, why, file.LineOf(map), (int)map.Start.Column));
                }
                continue;
            }
            file.CheckKeys(map, "original", "corrected", "reason", "count", "kind");
            if (file.String(map, "kind") is { } kind && kind is not ("error" or "variant" or "transliteration"))
            {
                file.Error(map, $"kind '{kind}' is none of error, variant, transliteration");
            }
            var original = file.RequiredString(map, "original");
            var corrected = file.RequiredString(map, "corrected");
            if (original.Length == 0 || corrected.Length == 0)
            {
                continue;
            }
            if (original == corrected)
            {
                file.Error(map, $"the correction of '{original}' changes nothing");
                continue;
            }
            corrections.Add(new Correction(original, corrected, file.RequiredString(map, "reason"), file.Int(map, "count"), file.LineOf(map), (int)map.Start.Column));
        }
        return new CorrectionSet(file.Path, corrections.ToImmutable(), declined.ToImmutable());
    }

    /// <summary>The text as the reader sees it, every correction applied (for titles and metadata).</summary>
    public string Correct(string text) => string.Concat(Apply(text).Select(s => s.Correction?.Corrected ?? s.Text));

    /// <summary>Cuts text into plain and corrected runs, leftmost match first, never overlapping.</summary>
    public ImmutableArray<TextSegment> Apply(string text)
    {
        if (Items.IsEmpty)
        {
            return [new TextSegment(text, null)];
        }
        // Every paragraph is cut again for each page it stands on and for its corrections list: the
        // cuts of a text are made once (bounded: the set belongs to one seed, whose texts are few).
        if (_applied.TryGetValue(text, out var known))
        {
            return known;
        }
        var cut = Cut(text);
        if (_applied.Count < 4096)
        {
            _applied.TryAdd(text, cut);
        }
        return cut;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<TextSegment>> _applied = new(StringComparer.Ordinal);

    private ImmutableArray<TextSegment> Cut(string text)
    {
        var segments = ImmutableArray.CreateBuilder<TextSegment>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            Correction? match = null;
            if (_byFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (text.AsSpan(i).StartsWith(candidate.Original, StringComparison.Ordinal))
                    {
                        match = candidate;
                        break;
                    }
                }
            }
            if (match is null)
            {
                i++;
                continue;
            }
            if (i > plainStart)
            {
                segments.Add(new TextSegment(text[plainStart..i], null));
            }
            segments.Add(new TextSegment(match.Original, match));
            i += match.Original.Length;
            plainStart = i;
        }
        if (plainStart < text.Length)
        {
            segments.Add(new TextSegment(text[plainStart..], null));
        }
        return segments.ToImmutable();
    }
}
