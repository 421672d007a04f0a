// Explainer embed loader. Turns every <div data-explainer-embed="URL" data-title="…"> on the page into
// a titled, lazily loaded iframe of that embed URL that follows its content's height. It believes a
// height only from that iframe's own window and origin. No cookies, no third parties.
(() => {
  "use strict";
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
  const upgrade = () => {
    for (const holder of document.querySelectorAll("[data-explainer-embed]:not([data-explainer-ready])")) {
      let url;
      try {
        url = new URL(holder.getAttribute("data-explainer-embed"), document.baseURI);
      } catch {
        continue;
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") {
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
      frames.set(iframe.contentWindow, { iframe, origin: url.origin });
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", upgrade);
  } else {
    upgrade();
  }
})();
