using System.Globalization;
using System.Text;

namespace Explainer.Site.Draft;

/// <summary>
/// Writes the editorial files' plain block YAML by hand, so that they keep the comments that tell an
/// editor what each entry is. Every string is double-quoted (YAML's JSON-like escapes), so no seed
/// text can change the file's structure.
/// </summary>
public static class DraftYaml
{
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A number as data.yml writes it: digits grouped by underscores (600_000_000_000).</summary>
    public static string Number(decimal value)
    {
        var plain = value.ToString("0.##", CultureInfo.InvariantCulture);
        var point = plain.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? plain : plain[..point];
        var grouped = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                grouped.Append('_');
            }
            grouped.Append(whole[i]);
        }
        return grouped + (point < 0 ? "" : plain[point..]);
    }
}
