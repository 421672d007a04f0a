// Explainer embed loader. Sizes our embeds on the host page to their content's height:
// - an iframe marked data-explainer-embed (the oEmbed snippet: the iframe, then this script) is
//   taken over as it stands, never replaced, so a host that ran no script still shows it;
// - a <div data-explainer-embed="URL" data-title="…"> (the older snippet) becomes a titled, lazily
//   loaded iframe of that embed URL.
// It believes a height only from that iframe's own window and origin ("null" for a sandboxed iframe
// without allow-same-origin), tells each embed the colour scheme the host declares where it stands,
// and asks it for its height, which it may have sent before this script listened. Pasting several
// snippets loads the script several times: the first copy does the work. No cookies, no third parties.
(() => {
  "use strict";
  const existing = window.explainerEmbed;
  if (existing && typeof existing.upgrade === "function") {
    existing.upgrade();
    return;
  }

  const frames = new Map();
  window.addEventListener("message", (event) => {
    const frame = frames.get(event.source);
    if (!frame || event.origin !== frame.origin) {
      return;
    }
    const data = event.data;
    if (data && data.type === "explainer:resize" && Number.isFinite(data.height) && data.height > 0 && data.height < 100000) {
      frame.iframe.style.height = `${Math.ceil(data.height)}px`;
    }
  });

  // The scheme the host declares for the iframe (CSS color-scheme, inherited from the page). An
  // undeclared one ("normal") says nothing: a dark page that does not declare it must not get a
  // see-through embed with dark text, so the embed then keeps its own background.
  const schemeAt = (iframe) => {
    const declared = getComputedStyle(iframe).colorScheme.split(/\s+/);
    const light = declared.includes("light");
    const dark = declared.includes("dark");
    if (light && dark) {
      return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    return dark ? "dark" : light ? "light" : undefined;
  };

  // "*": the frame may still hold its initial blank document, or be sandboxed (an opaque origin);
  // the message carries nothing private.
  const hello = (iframe) => iframe.contentWindow?.postMessage({ type: "explainer:hello", scheme: schemeAt(iframe) }, "*");

  const embedUrl = (value) => {
    try {
      const url = new URL(value, document.baseURI);
      return url.protocol === "https:" || url.protocol === "http:" ? url : null;
    } catch {
      return null;
    }
  };

  const adopt = (iframe, url) => {
    const opaque = iframe.hasAttribute("sandbox") && !iframe.sandbox.contains("allow-same-origin");
    frames.set(iframe.contentWindow, { iframe, origin: opaque ? "null" : url.origin });
    iframe.addEventListener("load", () => hello(iframe));
    hello(iframe);
  };

  const upgrade = () => {
    for (const holder of document.querySelectorAll("[data-explainer-embed]:not([data-explainer-ready])")) {
      if (holder instanceof HTMLIFrameElement) {
        const url = embedUrl(holder.getAttribute("src") ?? "");
        if (url) {
          holder.setAttribute("data-explainer-ready", "");
          adopt(holder, url);
        }
        continue;
      }
      const url = embedUrl(holder.getAttribute("data-explainer-embed") ?? "");
      if (!url) {
        continue;
      }
      const iframe = document.createElement("iframe");
      iframe.src = url.href;
      iframe.title = holder.getAttribute("data-title") || "Explainer";
      iframe.loading = "lazy";
      iframe.referrerPolicy = "strict-origin-when-cross-origin";
      iframe.style.cssText = "display:block;width:100%;height:600px;border:0;overflow:hidden";
      holder.setAttribute("data-explainer-ready", "");
      holder.replaceChildren(iframe);
      adopt(iframe, url);
    }
  };

  window.explainerEmbed = Object.freeze({ upgrade });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", upgrade);
  } else {
    upgrade();
  }
})();
