using System.Security.Cryptography;
using System.Text;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// Theme assets go under /assets/; at the site's root go the favicon, beside the pages that link it,
/// and the embed loader, at the short address other sites paste. Stylesheets and scripts under
/// /assets/ carry a hash of their content in their name (<c>site.3f9a1c0b2e.css</c>), so they can be
/// cached for a year: a changed file is a new URL. Templates link them through <c>assets["site.css"]</c>.
/// </summary>
public sealed class PlaceAssets : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        var source = input.Source ?? "";
        var destination = source is "favicon.svg" or SiteUrls.EmbedLoader ? source
            : Fingerprinted(source) ? "assets/" + WithHash(source, input.Content)
            : "assets/" + source;
        yield return input.Clone(destination: destination, metadata: [new(Keys.AssetName, source)]);
    }

    private static bool Fingerprinted(string source) =>
        source.EndsWith(".css", StringComparison.Ordinal) || source.EndsWith(".js", StringComparison.Ordinal);

    /// <summary><c>dir/name.ext</c> → <c>dir/name.&lt;10 hex digits of SHA-256&gt;.ext</c>.</summary>
    public static string WithHash(string path, string content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..10];
        var dot = path.LastIndexOf('.');
        return $"{path[..dot]}.{hash}{path[dot..]}";
    }
}
