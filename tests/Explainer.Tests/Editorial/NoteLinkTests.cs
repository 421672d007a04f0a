using Explainer.Editorial;

namespace Explainer.Tests.Editorial;

/// <summary>A note's unsafe links are found however they are spelled, including without a ':' in the file.</summary>
public sealed class NoteLinkTests
{
    [Theory]
    [InlineData("見 [此](javascript:alert(1))。")]
    [InlineData("見 [此](javascript&#58;alert(1))。")]
    [InlineData("見 [此](javascript&colon;alert(1))。")]
    [InlineData("見 <javascript:alert(1)>。")]
    [InlineData("見 [此][x]。\n\n[x]: data&#x3A;text/html,hi\n")]
    public void An_unsafe_link_is_an_error_at_its_line(string body)
    {
        var file = YamlFile.Parse("input/story/notes/n.md", "kind: context\nquote: 預算\ntitle: 預算\n", lineOffset: 1);
        Note.Read(file, "n", body, bodyLine: 6);
        var error = Assert.Single(file.Diagnostics, d => d.Message.Contains("not an http(s), mailto or relative link", StringComparison.Ordinal));
        Assert.InRange(error.Line, 6, 8);
    }

    [Theory]
    [InlineData("純文字，沒有連結。")]
    [InlineData("見 [此](https://example.com/a) 與 [那](../x/)。")]
    public void Safe_links_and_plain_text_pass(string body)
    {
        var file = YamlFile.Parse("input/story/notes/n.md", "kind: context\nquote: 預算\ntitle: 預算\n", lineOffset: 1);
        Note.Read(file, "n", body, bodyLine: 6);
        Assert.DoesNotContain(file.Diagnostics, d => d.Message.Contains("link", StringComparison.Ordinal));
    }
}
