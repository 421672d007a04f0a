using System.Globalization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Scriban's rules for the values compiled templates handle: truth, text, members and operators. Any
/// other value or operation is <see cref="NotCompiled"/>: Scriban renders the page.
/// </summary>
internal static class CompiledOperators
{
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        Captured captured => captured.ToString(),
        _ => throw new NotCompiled(),
    };

    /// <summary>Scriban's truth: null and false are false, everything else (0 and "" too) is true.</summary>
    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        _ => value != EmptyScriptObject.Default,
    };

    public static object? Member(object? target, string name)
    {
        object? value;
        switch (target)
        {
            case ScriptObject map:
                if (!map.TryGetValue(name, out value))
                {
                    throw new NotCompiled();
                }
                break;
            case ScriptArray array when name == "size":
                return array.Count;
            case LoopState loop:
                return loop.Member(name);
            default:
                throw new NotCompiled();
        }
        return IsFunction(value) ? throw new NotCompiled() : value;
    }

    /// <summary>
    /// A function (Scriban calls it where it is named). Most values are text, a model's objects and
    /// lists, told apart without an interface check; a subclass of ScriptObject may be a function too
    /// (Scriban's <c>date</c>), so only the plain class is.
    /// </summary>
    public static bool IsFunction(object? value) =>
        value is not (null or string or ScriptArray) && value.GetType() != typeof(ScriptObject) && value is IScriptCustomFunction;

    /// <summary>Scriban's binary operators on strings (as text) and on whole numbers.</summary>
    public static object Binary(ScriptBinaryOperator op, object? left, object? right)
    {
        if (left is string || right is string)
        {
            var l = ToText(left);
            var r = ToText(right);
            return op switch
            {
                ScriptBinaryOperator.Add => (l ?? "") + (r ?? ""),
                ScriptBinaryOperator.CompareEqual => l == r,
                ScriptBinaryOperator.CompareNotEqual => l != r,
                ScriptBinaryOperator.CompareGreater => string.Compare(l, r, StringComparison.Ordinal) > 0,
                ScriptBinaryOperator.CompareLess => string.Compare(l, r, StringComparison.Ordinal) < 0,
                ScriptBinaryOperator.CompareGreaterOrEqual => string.Compare(l, r, StringComparison.Ordinal) >= 0,
                ScriptBinaryOperator.CompareLessOrEqual => string.Compare(l, r, StringComparison.Ordinal) <= 0,
                _ => throw new NotCompiled(),
            };
        }
        if (left is int a && right is int b)
        {
            return op switch
            {
                ScriptBinaryOperator.CompareEqual => a == b,
                ScriptBinaryOperator.CompareNotEqual => a != b,
                ScriptBinaryOperator.CompareGreater => a > b,
                ScriptBinaryOperator.CompareLess => a < b,
                ScriptBinaryOperator.CompareGreaterOrEqual => a >= b,
                ScriptBinaryOperator.CompareLessOrEqual => a <= b,
                _ => throw new NotCompiled(), // sums: Scriban widens on overflow
            };
        }
        throw new NotCompiled();
    }
}
