// Explainer: runs inside an embedded section. It tells the page that frames it how tall the section
// is, whenever that changes, so the iframe needs no scrollbar; and it honours ?theme=light|dark.
// Message (to the parent window): { type: "explainer:resize", height: <CSS pixels>, url: <this page> }.
(() => {
  "use strict";
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") {
    document.documentElement.dataset.theme = theme;
  }
  if (window.parent === window) {
    return;
  }
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // The height is not a secret and the embedding site is not known in advance: any origin may read it.
      window.parent.postMessage({ type: "explainer:resize", height, url: location.href }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  report();
})();
