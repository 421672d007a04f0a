using System.Reflection;
using System.Text;

namespace Explainer.Chinese;

/// <summary>
/// One OpenCC text dictionary (<c>key TAB value value…</c>, <c>#</c> comments), embedded in the
/// assembly so the converter needs no files beside the binary and works under Native AOT.
/// </summary>
internal sealed class OpenCcDictionary : IPrefixDictionary
{
    private readonly Dictionary<string, string[]> entries;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // The longest key that starts (ends) with each UTF-16 unit: most characters start no phrase, so
    // a match there tries one length instead of every length up to MaxKeyLength (about ten times
    // fewer lookups for the conversion checker, which runs over every paragraph of every seed).
    private readonly byte[] longestStarting = new byte[char.MaxValue + 1];
    private readonly byte[] longestEnding = new byte[char.MaxValue + 1];

    private OpenCcDictionary(string name, Dictionary<string, string[]> entries, int maxKeyLength)
    {
        Name = name;
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxKeyLength = maxKeyLength;
        foreach (var key in entries.Keys)
        {
            var length = (byte)Math.Min(key.Length, byte.MaxValue);
            longestStarting[key[0]] = Math.Max(longestStarting[key[0]], length);
            longestEnding[key[^1]] = Math.Max(longestEnding[key[^1]], length);
        }
    }

    /// <summary>The longest key that starts with this unit (0: none does).</summary>
    public int LongestKeyStartingWith(char first) => longestStarting[first];

    /// <summary>The longest key that ends with this unit (0: none does).</summary>
    public int LongestKeyEndingWith(char last) => longestEnding[last];

    public string Name { get; }

    public int MaxKeyLength { get; }

    public IReadOnlyDictionary<string, string[]> Entries => entries;

    public bool TryGetValues(ReadOnlySpan<char> key, out string[] values) => lookup.TryGetValue(key, out values!);

    public bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string[] values)
    {
        for (length = text.IsEmpty ? 0 : Math.Min(longestStarting[text[0]], text.Length); length > 0; length--)
        {
            // A prefix that ends inside a surrogate pair is not a string of whole characters.
            if (char.IsHighSurrogate(text[length - 1]) && length < text.Length && char.IsLowSurrogate(text[length]))
                continue;
            if (lookup.TryGetValue(text[..length], out values!))
                return true;
        }
        values = [];
        return false;
    }

    /// <summary>Reads the embedded resource <c>Explainer.Chinese.OpenCC.NAME.txt</c>.</summary>
    public static OpenCcDictionary Load(string name)
    {
        var resource = $"Explainer.Chinese.OpenCC.{name}.txt";
        using var stream = typeof(OpenCcDictionary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource {resource} (Explainer.csproj embeds src/Chinese/OpenCC/*.txt).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(name, reader.ReadToEnd());
    }

    public static OpenCcDictionary Parse(string name, string text)
    {
        // Sized from the line count up front: STPhrases has 49,000 entries, and rehashing them twice over is
        // a good part of its load time.
        var entries = new Dictionary<string, string[]>(text.AsSpan().Count('\n') + 1, StringComparer.Ordinal);
        var lookupWhileParsing = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        var maxKeyLength = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            if (line.IsEmpty || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new InvalidDataException($"OpenCC dictionary {name}: a line without key and tab: {line}");
            var key = line[..tab];
            // OpenCC's text dictionaries keep the first line for a key; so does this.
            if (lookupWhileParsing.ContainsKey(key))
                continue;
            lookupWhileParsing[key] = SplitValues(line[(tab + 1)..]);
            maxKeyLength = Math.Max(maxKeyLength, key.Length);
        }
        return new OpenCcDictionary(name, entries, maxKeyLength);
    }

    private static string[] SplitValues(ReadOnlySpan<char> values)
    {
        values = values.Trim(' ');
        if (!values.Contains(' '))
            return [values.ToString()];
        var result = new List<string>(values.Count(' ') + 1);
        foreach (var range in values.Split(' '))
        {
            var value = values[range];
            if (!value.IsEmpty)
                result.Add(value.ToString());
        }
        return [.. result];
    }

    public override string ToString() => Name;
}
