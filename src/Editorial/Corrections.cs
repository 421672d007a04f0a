using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Explainer.Editorial;

/// <summary>One visible correction of the seed's words: the original is always kept beside it.</summary>
public sealed record Correction(string Original, string Corrected, string Reason, int? ExpectedCount, int Line, int Column)
{
    /// <summary>The fragment id of this correction in a page's list of corrections.</summary>
    public string Key => KeyOf(Original, Corrected);

    /// <summary>
    /// Derived from the text alone, so the Markdown renderer and the list agree without sharing state.
    /// NFKC, because the renderer sees the corrected words after the typographic rule has made their
    /// punctuation full-width.
    /// </summary>
    public static string KeyOf(string original, string corrected)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(original + "\u2192" + corrected.Normalize(NormalizationForm.FormKC)));
        return "correction-" + Convert.ToHexStringLower(hash)[..8];
    }
}

/// <summary>A run of seed text, either as the reporter wrote it or under a correction.</summary>
public sealed record TextSegment(string Text, Correction? Correction);

/// <summary>The corrections of one seed (input/&lt;seed name&gt;/corrections.yml), applied by exact match.</summary>
public sealed class CorrectionSet
{
    public static readonly CorrectionSet Empty = new(null, []);

    public CorrectionSet(string? sourcePath, ImmutableArray<Correction> corrections)
    {
        SourcePath = sourcePath;
        // Longest first, so "首席言收官" wins over a shorter correction inside it.
        Items = [.. corrections.OrderByDescending(c => c.Original.Length).ThenBy(c => c.Line)];
        _byFirstChar = Items.Where(c => c.Original.Length > 0).GroupBy(c => c.Original[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The corrections by the first character of their original (each list longest first), so
    /// that <see cref="Apply"/> looks at a character once instead of trying every correction there.</summary>
    private readonly Dictionary<char, Correction[]> _byFirstChar; // only read once built

    public string? SourcePath { get; }

    public ImmutableArray<Correction> Items { get; }

    public static CorrectionSet Read(YamlFile file)
    {
        var corrections = ImmutableArray.CreateBuilder<Correction>();
        foreach (var item in file.RootSequence())
        {
            if (item is not YamlMappingNode map)
            {
                file.Error(item, "each correction must be a mapping with 'original', 'corrected' and 'reason'");
                continue;
            }
            file.CheckKeys(map, "original", "corrected", "reason", "count");
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
        return new CorrectionSet(file.Path, corrections.ToImmutable());
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
