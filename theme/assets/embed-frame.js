// Explainer: runs inside an embedded section. It tells the page that frames it how tall the section
// is, whenever that changes, so the iframe needs no scrollbar; it honours ?theme=light|dark; and it
// keeps working in a sandboxed frame (WordPress's sandbox="allow-scripts": an opaque origin, no
// storage, no top navigation).
//
// To the parent window, on load and whenever the height changes (heights in CSS pixels):
//   { type: "explainer:resize", height, url }      ours, read by embed.js
//   { message: "height", value: height, secret }   WordPress's, when the URL carries #?secret=…
// From the parent window:
//   { type: "explainer:hello", scheme }            embed.js, on taking over an iframe that may have
//                                                  loaded before it listened: answered with the height;
//                                                  scheme ("light" or "dark") is the colour scheme the
//                                                  host declares where the iframe stands.
//
// WordPress's protocol is the one its own embeds speak (wp-includes/js/wp-embed-template.js) and its
// host script believes (wp-includes/js/wp-embed.js): wp_filter_oembed_result (wp-includes/embed.php)
// keeps only the oEmbed answer's iframe, adds sandbox="allow-scripts" security="restricted", a random
// alphanumeric data-secret and "#?secret=<it>" to the src; the host then believes a message only from
// that iframe's window with that secret, sets the iframe's height attribute from "height" (clamped to
// 200–1000 px) and, on { message: "link", value: url }, navigates the top window when the link's host
// is the iframe's own and the iframe has focus. wp-embed.js adds a secret itself (by changing the
// src's fragment) to an iframe that has none, hence the hashchange listener.
(() => {
  "use strict";
  const root = document.documentElement;
  const theme = new URLSearchParams(location.search).get("theme");
  const themed = theme === "light" || theme === "dark";
  if (themed) {
    root.dataset.theme = theme;
  }

  // Sandboxed without allow-same-origin, the page's origin is opaque and links cannot leave the
  // frame: each address is offered as text to copy instead.
  const sandboxed = self.origin === "null";
  const address = document.querySelector("[data-embed-address]");
  const showAddress = (href) => {
    if (!address) {
      return;
    }
    const text = address.querySelector("code");
    if (text && href) {
      text.textContent = href;
    }
    address.hidden = false;
    if (text) {
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  };
  if (sandboxed) {
    showAddress(null);
  }

  if (window.parent === window) {
    return;
  }

  const secret = () => /(?:^#|[?&])secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? null;
  // Neither the height nor the address is a secret, and the embedding site is not known in advance
  // (nor, sandboxed, is its origin distinguishable): any origin may read these messages.
  const post = (message) => window.parent.postMessage(message, "*");

  let last = 0;
  const report = (always) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) {
      return;
    }
    last = height;
    post({ type: "explainer:resize", height, url: location.href.replace(/#.*$/, "") });
    const key = secret();
    if (key) {
      post({ message: "height", value: height, secret: key });
    }
  };

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || data.type !== "explainer:hello") {
      return;
    }
    if (!themed && (data.scheme === "light" || data.scheme === "dark")) {
      // The host's own scheme: its background shows through (site.css, embedding).
      root.dataset.theme = data.scheme;
      root.dataset.hostScheme = data.scheme;
    }
    report(true);
  });

  if (sandboxed) {
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href][target=_top]") : null;
      if (!link || event.defaultPrevented) {
        return;
      }
      // The sandbox would refuse the navigation (and say so on the console): WordPress's host
      // navigates for us instead, and every reader gets the address to copy.
      event.preventDefault();
      const key = secret();
      if (key) {
        post({ message: "link", value: link.href, secret: key });
      }
      showAddress(link.href);
    });
  }

  new ResizeObserver(() => report(false)).observe(root);
  window.addEventListener("load", () => report(false));
  window.addEventListener("hashchange", () => report(true));
  report(true);
})();
