using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Explainer.Engine;

/// <summary>
/// Content hashes that decide whether a phase can be reused. A phase's key hashes what it reads (its
/// input documents, and the keys of the phases it can see), so equal keys mean equal work, and a key
/// doubles as the version of the phase's output for the phases downstream.
/// </summary>
public static class Fingerprint
{
    /// <summary>
    /// The hash of documents' source, destination, content and metadata, or null when a metadata value
    /// is not plain data (a string, bytes or a primitive) and so cannot be compared across runs.
    /// </summary>
    public static string? Of(ImmutableArray<IDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, documents.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var document in documents)
        {
            Add(hash, document.Source);
            Add(hash, document.Destination);
            Add(hash, document.Content);
            Add(hash, document.Metadata.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (key, value) in document.Metadata)
            {
                Add(hash, key);
                switch (value)
                {
                    case string text:
                        Add(hash, "s:" + text);
                        break;
                    case byte[] bytes:
                        Add(hash, "b:" + bytes.Length.ToString(CultureInfo.InvariantCulture));
                        hash.AppendData(bytes);
                        break;
                    case bool or char or Enum or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal:
                        Add(hash, value.GetType().FullName + ":" + Convert.ToString(value, CultureInfo.InvariantCulture));
                        break;
                    default:
                        return null;
                }
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A key made of other keys, in the given order (callers pass a deterministic order).</summary>
    public static string Combine(params IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            Add(hash, part);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // A string never changes, so its hash is kept for as long as the string lives: a page reused from
    // the last run is the same string, and is hashed once however many modules ask.
    private static readonly ConditionalWeakTable<string, string> TextHashes = new();

    /// <summary>The hash of one text.</summary>
    public static string OfText(string text)
    {
        if (TextHashes.TryGetValue(text, out var known))
        {
            return known;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(hash, text);
        var result = Convert.ToHexString(hash.GetHashAndReset());
        TextHashes.AddOrUpdate(text, result);
        return result;
    }

    /// <summary>Adds text to a hash as UTF-8, a slice at a time: long pages would otherwise each cost a large array.</summary>
    public static void AppendText(IncrementalHash hash, ReadOnlySpan<char> text)
    {
        const int Slice = 512;
        Span<byte> buffer = stackalloc byte[Slice * 3];
        while (!text.IsEmpty)
        {
            var length = Math.Min(Slice, text.Length);
            // Never split a surrogate pair between two slices.
            if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }
            var written = Encoding.UTF8.GetBytes(text[..length], buffer);
            hash.AppendData(buffer[..written]);
            text = text[length..];
        }
    }

    /// <summary>A key that matches nothing before or after: for inputs that cannot be fingerprinted.</summary>
    public static string Unique() => "unique:" + Guid.NewGuid().ToString("N");

    // Length-prefixed, and null distinct from "", so that no two different sequences hash alike.
    private static void Add(IncrementalHash hash, string? text)
    {
        if (text is null)
        {
            hash.AppendData([0xFF]);
            return;
        }
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, Encoding.UTF8.GetByteCount(text));
        hash.AppendData(length);
        AppendText(hash, text);
    }
}
