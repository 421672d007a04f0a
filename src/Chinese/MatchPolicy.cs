namespace Explainer.Chinese;

/// <summary>How a group of dictionaries answers a prefix query (OpenCC's <c>match_policy</c>).</summary>
internal enum MatchPolicy
{
    /// <summary>The first dictionary with any match answers, even if a later one has a longer key.</summary>
    ShortCircuit,

    /// <summary>The longest match over all dictionaries; on a tie, the earlier dictionary.</summary>
    Union,
}
