using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
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
            case IDictionary dictionary:
                var map = new ScriptObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] = Convert(entry.Value);
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
                    result[name] = Convert(property.GetValue(value));
                }
                return result;
        }
    }

    /// <summary>Each model type's readable properties with their template names, looked up once per type.</summary>
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesOf = new();

    private static (string Name, PropertyInfo Property)[] Properties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
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
