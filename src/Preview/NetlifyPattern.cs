using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Preview;

/// <summary>
/// Netlify's path patterns: <c>*</c> matches the rest of the path (the splat), <c>:name</c> one
/// segment; everything else literally. A match's values fill <c>:splat</c> and <c>:name</c> in a target.
/// </summary>
public sealed class NetlifyPattern
{
    private static readonly Regex Placeholder = new(@":([A-Za-z][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

    private readonly Regex _regex;

    public NetlifyPattern(string pattern)
    {
        Text = pattern;
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*')
            {
                regex.Append("(?<splat>.*)");
            }
            else if (Placeholder.Match(pattern, i) is { Success: true } name && name.Index == i)
            {
                regex.Append("(?<").Append(name.Groups[1].Value).Append(">[^/]+)");
                i += name.Length - 1;
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }
        // Linear in the path whatever the pattern, so no time limit: a limit is measured on the clock,
        // and a request paused by a busy machine would fail with it.
        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
    }

    public string Text { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);

    /// <summary>The target with the match's splat and placeholders filled in, or null when the path does not match.</summary>
    public string? Rewrite(string path, string target)
    {
        var match = _regex.Match(path);
        if (!match.Success)
        {
            return null;
        }
        return Placeholder.Replace(target, p => match.Groups[p.Groups[1].Value] is { Success: true } group ? group.Value : p.Value);
    }
}
