using System.Runtime.CompilerServices;

namespace Explainer.Chinese;

/// <summary>OpenCC's <c>DictGroup</c> and <c>UnionDictGroup</c>.</summary>
internal sealed class DictionaryGroup(MatchPolicy policy, params IPrefixDictionary[] dictionaries) : IPrefixDictionary
{
    public int MaxKeyLength { get; } = dictionaries.Max(d => d.MaxKeyLength);

    public IReadOnlyList<IPrefixDictionary> Dictionaries => dictionaries;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string[] values)
    {
        length = 0;
        values = [];
        foreach (var dictionary in dictionaries)
        {
            // Most members are dictionaries, called directly rather than through the interface.
            int matchedLength;
            string[] matchedValues;
            var matched = dictionary is OpenCcDictionary leaf
                ? leaf.TryMatchPrefix(text, out matchedLength, out matchedValues)
                : dictionary.TryMatchPrefix(text, out matchedLength, out matchedValues);
            if (!matched)
                continue;
            if (policy == MatchPolicy.ShortCircuit)
            {
                length = matchedLength;
                values = matchedValues;
                return true;
            }
            if (matchedLength > length)
            {
                length = matchedLength;
                values = matchedValues;
            }
        }
        return length > 0;
    }
}
