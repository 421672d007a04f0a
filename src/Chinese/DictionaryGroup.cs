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
            if (!dictionary.TryMatchPrefix(text, out var matchedLength, out var matchedValues))
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
