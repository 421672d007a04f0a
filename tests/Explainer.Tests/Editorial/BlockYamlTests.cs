using System.Text;
using CsCheck;
using Explainer.Editorial;
using Explainer.Tests.Harness;
using Yaml = YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Editorial;

/// <summary>
/// BlockYaml, the fast reader of plain block YAML, against YamlDotNet: whatever it accepts, YamlDotNet
/// reads to the same nodes at the same positions; and it accepts every editorial file in the repository
/// (else the build would quietly be back on the slow path).
/// </summary>
public sealed class BlockYamlTests
{
    [Fact]
    public void Every_editorial_file_here_is_read_fast_and_as_yamldotnet_reads_it()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Input, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} editorial files found");
        foreach (var path in files)
        {
            var text = File.ReadAllText(path);
            if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                text = FrontMatter.Split(text).Yaml;
            }
            Assert.True(BlockYaml.TryParse(text, out var fast), $"{path} is left to YamlDotNet");
            AssertSame(YamlDotNet(text), fast, path);
        }
    }

    [Theory]
    [InlineData("a: 1\nb: two words # comment\nc: 'it''s'\nd: \"x: y\"\n", true)]
    [InlineData("a: 1\n", true)]
    [InlineData("b: two words # comment\n", true)]
    [InlineData("c: 'it''s'\n", true)]
    [InlineData("d: \"x: y\"\n", true)]
    [InlineData("list:\n- a\n- b\nnext: c\n", true)]
    [InlineData("- id: x\n  value: 1\n\n-   id: y\n    value: 2\n", true)]
    [InlineData("key:\n  nested:\n    - a\n    - b: c\n      d: e\n", true)]
    [InlineData("empty: []\nnone: {}\n", true)]
    [InlineData("# only a comment\n\n", true)]
    [InlineData("", true)]
    [InlineData("url: https://example.com/a#b\n", true)]
    [InlineData("text: 「你好」：世界\u3000\n", true)]
    [InlineData("a: b\n  c\n", false)]          // a plain scalar over two lines
    [InlineData("a: |\n  text\n", false)]       // a block scalar
    [InlineData("a: \"\\u0041\"\n", false)]     // an escape
    [InlineData("a: &x 1\nb: *x\n", false)]     // an anchor and an alias
    [InlineData("a: [1, 2]\n", false)]          // a flow sequence
    [InlineData("a: 1\na: 2\n", false)]         // a duplicate key
    [InlineData("a:\nb: 1\n", false)]           // an empty value
    [InlineData("a:\tb\n", false)]              // a tab
    [InlineData("---\na: 1\n", false)]          // a document marker
    [InlineData("a: b: c\n", false)]            // YamlDotNet's error
    public void Reads_the_plain_kind_and_leaves_the_rest(string text, bool fast)
    {
        Assert.Equal(fast, BlockYaml.TryParse(text, out var node));
        if (fast)
        {
            AssertSame(YamlDotNet(text), node, text);
        }
    }

    /// <summary>Pieces of editorial YAML, right and wrong: keys, values with every indicator, indents, comments.</summary>
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String[Gen.Char["ab1 :#-?'\"[]{},&*!|>%@`~\\\u3000\u00A0市「」：。"], 0, 12],
        Gen.Const("[]"), Gen.Const("{}"), Gen.Const("'q''s'"), Gen.Const("\"d q\""), Gen.Const("x # c"), Gen.Const("-1"), Gen.Const("a: b"));

    private static readonly Gen<string> Key = Gen.OneOf(Gen.Const("a"), Gen.Const("b"), Gen.Const("title_en"), Gen.Const("k k"), Gen.Const("a "), Gen.Const("'q'"), Gen.Const("-x"), Gen.Const("市"));

    private static readonly Gen<string> Indent = Gen.Int[0, 4].Select(n => new string(' ', n));

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Select(Indent, Key, Value, (i, k, v) => $"{i}{k}: {v}"),
        Gen.Select(Indent, Key, (i, k) => $"{i}{k}:"),
        Gen.Select(Indent, Value, (i, v) => $"{i}- {v}"),
        Gen.Select(Indent, Key, Value, (i, k, v) => $"{i}-  {k}: {v}"),
        Gen.Select(Indent, Value, (i, v) => $"{i}{v}"),
        Gen.Select(Indent, i => $"{i}# comment"),
        Gen.Const(""), Gen.Const("---"), Gen.Const("-"));

    [Fact]
    public void Whatever_it_accepts_yamldotnet_reads_the_same()
    {
        var accepted = 0;
        Line.Array[1, 12].Select(lines => string.Join('\n', lines) + "\n").Sample(text =>
        {
            if (!BlockYaml.TryParse(text, out var fast))
            {
                return;
            }
            accepted++;
            AssertSame(YamlDotNet(text), fast, text);
        }, iter: 20000);
        Assert.True(accepted > 500, $"only {accepted} generated documents were read fast"); // the property must not be vacuous
    }

    /// <summary>Nested documents of the accepted kind (mappings, sequences, compact mappings, indents of 1 to 4),
    /// each built from a list of random choices, with the values and stray lines above mixed in.</summary>
    [Fact]
    public void Nested_documents_read_as_yamldotnet_reads_them()
    {
        var accepted = 0;
        Gen.Select(Gen.Int[0, 99].Array[20, 80], Value.Array[10], Line.Array[3]).Sample((choices, values, stray) =>
        {
            var text = Document(choices, values, stray);
            if (BlockYaml.TryParse(text, out var fast))
            {
                accepted++;
                AssertSame(YamlDotNet(text), fast, text);
            }
        }, iter: 10000);
        Assert.True(accepted > 2000, $"only {accepted} nested documents were read fast");
    }

    private static string Document(int[] choices, string[] values, string[] stray)
    {
        var text = new StringBuilder();
        var next = 0;
        int Choose(int n) => choices[next++ % choices.Length] % n;
        string Scalar() => Choose(3) == 0 ? values[Choose(values.Length)] : "v" + Choose(9);
        void Mapping(int indent, string first, int depth)
        {
            var keys = 1 + Choose(3);
            for (var k = 0; k < keys; k++)
            {
                text.Append(k == 0 ? first : new string(' ', indent)).Append("k" + k).Append(':');
                Value(indent, depth);
                if (Choose(12) == 0)
                {
                    text.Append(Choose(2) == 0 ? "\n" : new string(' ', Choose(6)) + "# note\n");
                }
                if (Choose(25) == 0)
                {
                    text.Append(stray[Choose(stray.Length)]).Append('\n');
                }
            }
        }
        void Sequence(int indent, int depth)
        {
            var items = 1 + Choose(3);
            for (var i = 0; i < items; i++)
            {
                var dash = new string(' ', indent) + "-" + new string(' ', 1 + Choose(2));
                if (depth < 3 && Choose(2) == 0)
                {
                    Mapping(indent + dash.Length - indent, dash, depth + 1);
                }
                else
                {
                    text.Append(dash).Append(Scalar()).Append('\n');
                }
            }
        }
        void Value(int indent, int depth)
        {
            switch (depth < 3 ? Choose(4) : 0)
            {
                case 0:
                    text.Append(' ').Append(Scalar()).Append(Choose(5) == 0 ? " # c" : "").Append('\n');
                    break;
                case 1:
                    text.Append('\n');
                    var deeper = indent + 1 + Choose(4);
                    Mapping(deeper, new string(' ', deeper), depth + 1);
                    break;
                default:
                    text.Append('\n');
                    Sequence(indent + (Choose(2) == 0 ? 0 : 1 + Choose(3)), depth + 1);
                    break;
            }
        }
        if (Choose(4) == 0)
        {
            Sequence(0, 0);
        }
        else
        {
            Mapping(0, "", 0);
        }
        return text.ToString();
    }

    private static YamlNode? YamlDotNet(string text)
    {
        var stream = new Yaml.YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.FirstOrDefault()?.RootNode is { } root ? YamlDotNetReader.Convert(root) : null;
    }

    private static void AssertSame(YamlNode? expected, YamlNode? actual, string context)
    {
        var difference = new StringBuilder();
        Compare(expected, actual, "root", difference);
        Assert.True(difference.Length == 0, $"{context}:\n{difference}");
    }

    private static void Compare(YamlNode? expected, YamlNode? actual, string at, StringBuilder difference)
    {
        if (expected is null && actual is null)
        {
            return;
        }
        if (expected is null || actual is null || expected.GetType() != actual.GetType() || expected.Start != actual.Start)
        {
            difference.AppendLine($"{at}: expected {Describe(expected)}, read {Describe(actual)}");
            return;
        }
        if (expected is YamlScalarNode e && actual is YamlScalarNode a && (e.Value != a.Value || e.Tag != a.Tag))
        {
            difference.AppendLine($"{at}: expected {Describe(e)}, read {Describe(a)}");
            return;
        }
        var (want, got) = (Children(expected, at), Children(actual, at));
        if (want.Count != got.Count)
        {
            difference.AppendLine($"{at}: {want.Count} children expected, {got.Count} read");
            return;
        }
        for (var i = 0; i < want.Count; i++)
        {
            Compare(want[i].Node, got[i].Node, want[i].At, difference);
        }
    }

    /// <summary>A sequence's items, a mapping's keys and values (in order), each with where it is; a scalar has none.</summary>
    private static List<(string At, YamlNode Node)> Children(YamlNode node, string at) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select((child, i) => ($"{at}[{i}]", child))],
        YamlMappingNode mapping => [.. mapping.Children.SelectMany((entry, i) => new[]
        {
            ($"{at} key {i}", entry.Key),
            ($"{at}.{(entry.Key as YamlScalarNode)?.Value}", entry.Value),
        })],
        _ => [],
    };

    private static string Describe(YamlNode? node) => node switch
    {
        null => "nothing",
        YamlScalarNode s => $"scalar '{s.Value}'{(s.Tag is null ? "" : " " + s.Tag)} at {s.Start}",
        _ => $"{node.GetType().Name} at {node.Start}",
    };
}
