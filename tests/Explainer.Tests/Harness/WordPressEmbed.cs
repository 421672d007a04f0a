using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Harness;

/// <summary>
/// What a WordPress site publishes when an author pastes the address of a provider it does not trust,
/// and the host script it runs, reproduced from WordPress's own code (read on GitHub, WordPress/WordPress):
/// <c>wp_filter_oembed_result</c> in wp-includes/embed.php keeps, of the oEmbed answer's <c>html</c>, only
/// the last iframe (and a blockquote before it) with the attributes src, width, height, frameborder,
/// marginwidth, marginheight, scrolling and title (wp_kses drops every other attribute and element,
/// scripts included), appends <c>#?secret=</c> and a random alphanumeric secret
/// (<c>wp_generate_password(10, false)</c>) to src, copies the secret into <c>data-secret</c>, and adds
/// <c>class="wp-embedded-content" sandbox="allow-scripts" security="restricted"</c>. wp-includes/js/wp-embed.js
/// then listens for <c>{ message, value, secret }</c> (see <see cref="HostScript"/>).
/// </summary>
public static class WordPressEmbed
{
    private static readonly string[] KeptAttributes = ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"];

    /// <summary>A secret as WordPress makes one: ten letters and digits.</summary>
    public static string NewSecret() =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 10);

    /// <summary>The iframe WordPress publishes for <paramref name="oEmbedHtml"/>, or null where WordPress shows only a link.</summary>
    public static string? Filter(string oEmbedHtml, string secret)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + oEmbedHtml);
        // The pattern `.*(<iframe.*?></iframe>)` takes the last iframe of the answer.
        var iframe = document.Body?.QuerySelectorAll("iframe").LastOrDefault();
        if (iframe is null)
        {
            return null;
        }

        var attributes = new List<string> { "class=\"wp-embedded-content\"", "sandbox=\"allow-scripts\"", "security=\"restricted\"" };
        foreach (var attribute in iframe.Attributes)
        {
            if (!KeptAttributes.Contains(attribute.Name, StringComparer.Ordinal))
            {
                continue;
            }
            if (attribute.Name == "src")
            {
                attributes.Add($"src=\"{WebUtility.HtmlEncode(attribute.Value + "#?secret=" + secret)}\"");
                attributes.Add($"data-secret=\"{secret}\"");
            }
            else
            {
                attributes.Add($"{attribute.Name}=\"{WebUtility.HtmlEncode(attribute.Value)}\"");
            }
        }
        return $"<iframe {string.Join(' ', attributes)}></iframe>";
    }

    /// <summary>
    /// The host's listener, as wp-embed.js behaves: it believes a message only from the window of the
    /// iframe whose data-secret the message carries, removes that iframe's style, sets its height
    /// attribute from "height" clamped to 200–1000 px, and on "link" sends the top window to the URL
    /// when it is http(s) on the iframe's own host and the iframe has focus. It also keeps every
    /// message in <c>window.received</c>, for the tests.
    /// </summary>
    public const string HostScript = """
        <script>
        window.received = [];
        window.addEventListener("message", (event) => {
          const data = event.data;
          window.received.push(JSON.parse(JSON.stringify(data ?? null)));
          if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) {
            return;
          }
          for (const iframe of document.querySelectorAll(`iframe[data-secret="${data.secret}"]`)) {
            if (event.source !== iframe.contentWindow) {
              continue;
            }
            iframe.removeAttribute("style");
            if (data.message === "height") {
              let height = parseInt(data.value, 10);
              if (height > 1000) {
                height = 1000;
              } else if (~~height < 200) {
                height = 200;
              }
              iframe.height = height;
            }
            if (data.message === "link") {
              const from = new URL(iframe.getAttribute("src"), location.href);
              const to = new URL(data.value, location.href);
              if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === iframe) {
                window.top.location.href = data.value;
              }
            }
          }
        });
        </script>
        """;

    /// <summary>The height wp-embed.js gives an iframe whose page reports <paramref name="reported"/>.</summary>
    public static double HostHeight(double reported) => Math.Clamp(Math.Floor(reported), 200, 1000);
}
