using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// Copies a model (records, anonymous objects, lists, strings, numbers) into Scriban's own
/// <see cref="ScriptObject"/>/<see cref="ScriptArray"/> with snake_case names, so templates see a
/// sanitised snapshot, never a live object they could call into.
/// </summary>
public static class ScriptModel
{
    public static ScriptObject From(object model) =>
        Convert(model) as ScriptObject ?? throw new ArgumentException("A template model must be an object.", nameof(model));

    private static object? Convert(object? value)
    {
        switch (value)
        {
            case null or string or bool or int or long or double or decimal:
                return value;
            case ScriptObject or ScriptArray:
                return value;
            case Shared shared:
                return shared.Converted;
            case IDictionary dictionary:
                var map = new ScriptObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map.SetValue(System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", Convert(entry.Value), false);
                }
                return map;
            case IEnumerable sequence:
                var array = new ScriptArray();
                foreach (var item in sequence)
                {
                    array.Add(Convert(item));
                }
                return array;
            default:
                var properties = PropertiesOf.GetOrAdd(value.GetType(), Properties);
                var result = new ScriptObject(properties.Length);
                foreach (var (name, property) in properties)
                {
                    // SetValue, not the indexer: a new object has no read-only member to check for first.
                    result.SetValue(name, Convert(property.GetValue(value)), false);
                }
                return result;
        }
    }

    /// <summary>
    /// A part that many pages' models show alike (an explainer's table of contents on each of its
    /// pages): converted once, and read-only, since every page reads the same copy. A template that
    /// tries to change it fails with Scriban's error.
    /// </summary>
    public sealed class Shared(object value)
    {
        private ScriptObject? _converted;

        internal ScriptObject Converted => LazyInitializer.EnsureInitialized(ref _converted, () => Freeze(From(value)));

        private static ScriptObject Freeze(ScriptObject model)
        {
            Freeze((object)model);
            return model;
        }

        private static void Freeze(object? value)
        {
            switch (value)
            {
                case ScriptObject { IsReadOnly: false } map:
                    map.IsReadOnly = true;
                    foreach (var (_, item) in map)
                    {
                        Freeze(item);
                    }
                    break;
                case ScriptArray { IsReadOnly: false } array:
                    array.IsReadOnly = true;
                    foreach (var item in array)
                    {
                        Freeze(item);
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// The hash of a snapshot's content (names, values, order): equal hashes mean a template renders the
    /// same page from either, which is what lets a page be reused without rendering it.
    /// </summary>
    public static string Hash(ScriptObject model)
    {
        using var hash = new BufferedHash();
        Append(hash, model);
        return hash.Finish();
    }

    private static void Append(BufferedHash hash, object? value)
    {
        switch (value)
        {
            case null:
                hash.Text('n', "");
                break;
            case string text:
                hash.Text('s', text);
                break;
            case ScriptObject map:
                hash.Text('o', map.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var (key, item) in map)
                {
                    hash.Text('k', key);
                    Append(hash, item);
                }
                break;
            case ScriptArray array:
                hash.Text('a', array.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in array)
                {
                    Append(hash, item);
                }
                break;
            default:
                // Only what Convert returns reaches here: bool and numbers.
                hash.Text('v', value.GetType().Name + ":" + System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>
    /// SHA-256 over a model's many small strings, fed in 64 KiB blocks: one call into the hash per
    /// string cost more than the hashing itself. Each string goes in tagged and length-prefixed (as
    /// UTF-16), so that no two different snapshots hash alike.
    /// </summary>
    private sealed class BufferedHash : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _used;

        public void Text(char tag, string text)
        {
            Span<byte> header = stackalloc byte[1 + sizeof(int)];
            header[0] = (byte)tag;
            BitConverter.TryWriteBytes(header[1..], text.Length);
            Add(header);
            Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        }

        private void Add(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                if (_used == _buffer.Length)
                {
                    Flush();
                }
                var take = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..take].CopyTo(_buffer.AsSpan(_used));
                _used += take;
                bytes = bytes[take..];
            }
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }

        public string Finish()
        {
            Flush();
            return System.Convert.ToHexString(_hash.GetHashAndReset());
        }

        public void Dispose()
        {
            _hash.Dispose();
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    /// <summary>Each model type's readable properties with their template names, looked up once per type.</summary>
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesOf = new();

    /// <summary>
    /// Models are records and anonymous types of this assembly, and only those: a Native AOT publish
    /// keeps every property of this assembly (<c>TrimmerRootAssembly</c> in Explainer.csproj), not of
    /// any other, so another assembly's type is refused here in every build rather than trimmed there.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070:UnrecognizedReflectionPattern",
        Justification = "Only types of this assembly get here (checked), and an AOT publish roots the whole assembly.")]
    private static (string Name, PropertyInfo Property)[] Properties(Type type) =>
        type.Assembly != typeof(ScriptModel).Assembly
            ? throw new ArgumentException($"A template model holds a {type}: models are built of this assembly's types, strings, numbers and lists.", nameof(type))
            : [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => (SnakeCase(p.Name), p))];

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && name[i - 1] != '_')
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
