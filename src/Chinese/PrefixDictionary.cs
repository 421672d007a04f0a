namespace Explainer.Chinese;

/// <summary>What OpenCC's <c>Dict::MatchPrefix</c> answers: the longest key that starts the text.</summary>
internal interface IPrefixDictionary
{
    /// <summary>The longest key, in UTF-16 code units, so a lookup never tries longer prefixes.</summary>
    int MaxKeyLength { get; }

    /// <summary>The longest key that is a prefix of <paramref name="text"/>; keys never split a surrogate pair.</summary>
    bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string[] values);
}
