namespace Explainer.Editorial;

/// <summary>BlockYaml's keys and one-line values: plain, quoted, and the empty <c>[]</c> and <c>{}</c>.</summary>
internal sealed partial class BlockYaml
{
    /// <summary>
    /// Where the ':' ends a plain key that starts at <paramref name="at"/>: the first ':' followed by a
    /// space or the line's end, before any comment. -1 when the line holds no such key.
    /// </summary>
    private int KeyEnd(int at)
    {
        var end = LineEnd(_line);
        if (at >= end || IsIndicator(_text[at]))
        {
            return -1;
        }
        for (var i = at; i < end; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                return _text[i - 1] == ' ' ? throw new NotPlain() : i; // "key :" keeps the space out: YamlDotNet's call
            }
            if (c == '#' && _text[i - 1] == ' ')
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    /// <summary>A value that starts at <paramref name="at"/> (column <paramref name="column"/>, from 0) and ends on its line.</summary>
    private YamlNode InlineValue(int at, int column)
    {
        var end = LineEnd(_line);
        var start = new Mark(_line + 1, column + 1);
        YamlNode node;
        int after;
        switch (_text[at])
        {
            case '[' when at + 1 < end && _text[at + 1] == ']':
                (node, after) = (new YamlSequenceNode { Start = start }, at + 2);
                break;
            case '{' when at + 1 < end && _text[at + 1] == '}':
                (node, after) = (new YamlMappingNode { Start = start }, at + 2);
                break;
            case '\'':
                (node, after) = (new YamlScalarNode(SingleQuoted(at, end, out var close)) { Start = start }, close + 1);
                break;
            case '"':
                var quote = _text.IndexOf('"', at + 1, end - at - 1);
                if (quote < 0 || _text.AsSpan(at + 1, quote - at - 1).Contains('\\'))
                {
                    throw new NotPlain();
                }
                (node, after) = (new YamlScalarNode(_text[(at + 1)..quote]) { Start = start }, quote + 1);
                break;
            case var c when IsIndicator(c):
                throw new NotPlain();
            default:
                var stop = at;
                while (stop < end && !(_text[stop] == '#' && _text[stop - 1] == ' '))
                {
                    if (_text[stop] == ':' && (stop + 1 == end || _text[stop + 1] == ' '))
                    {
                        throw new NotPlain(); // a mapping value where none may be
                    }
                    stop++;
                }
                var last = stop;
                while (_text[last - 1] == ' ')
                {
                    last--;
                }
                (node, after) = (new YamlScalarNode(_text[at..last]) { Start = start }, stop);
                break;
        }
        // After the value: nothing, or a comment after a space.
        var rest = after;
        while (rest < end && _text[rest] == ' ')
        {
            rest++;
        }
        if (rest < end && !(_text[rest] == '#' && _text[rest - 1] == ' '))
        {
            throw new NotPlain();
        }
        _line++;
        return node;
    }

    private string SingleQuoted(int open, int end, out int close)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = open + 1; i < end; i++)
        {
            if (_text[i] != '\'')
            {
                builder.Append(_text[i]);
            }
            else if (i + 1 < end && _text[i + 1] == '\'')
            {
                builder.Append('\'');
                i++;
            }
            else
            {
                close = i;
                return builder.ToString();
            }
        }
        throw new NotPlain(); // goes on over lines
    }
}
