namespace Explainer.Tests.Engine;

public class SmokeTests
{
    [Fact]
    public void Runs() => Assert.True(true);
}
