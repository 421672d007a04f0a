namespace Explainer.Preview;

/// <summary>What a URL path names inside the site folder, or why it names nothing.</summary>
public sealed record SitePath(string? FullPath, int RefusedWith)
{
    public static SitePath Refused(int status) => new(null, status);
}
