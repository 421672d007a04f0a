namespace Explainer.Site.Links;

/// <summary>A link resolved against its page: into the site (target path, its file, fragment), external (no target), or not a URL.</summary>
internal readonly record struct Resolution(bool Valid, string Link, string? Target, string? File, string Fragment);
