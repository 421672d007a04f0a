using Explainer.Engine;

namespace Explainer.Tests.Engine;

public class DocumentTests
{
    [Fact]
    public void Clone_leaves_the_original_unchanged()
    {
        var original = new Document("in.txt", null, "text", [new("Key", "old")]);

        var clone = original.Clone(destination: "out.html", content: "new", metadata: [new("Key", "new"), new("Other", 1)]);

        Assert.Equal(("text", null, "old"), (original.Content, original.Destination, original.Get<string>("Key")));
        Assert.Equal(("new", "out.html", "new", 1), (clone.Content, clone.Destination, clone.Get<string>("Key"), clone.Get<int>("Other")));
        Assert.Equal("in.txt", clone.Source);
    }

    [Fact]
    public void Missing_metadata_is_a_bug_that_names_the_document()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new Document("in.txt", null, "").Get<string>("Absent"));
        Assert.Contains("in.txt", error.Message);
    }
}
