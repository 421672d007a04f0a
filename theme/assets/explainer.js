// Explainer: the margin, made interactive. The page works without this file: every mention, note
// number and correction mark is a link to its card or note, which CSS shows on narrow screens when it
// is the link's :target. With it, on narrow screens hover, focus and touch open the card or note next
// to its paragraph, and Escape closes it; on wide screens, where the margin is always visible, they
// highlight the card or note beside the text.
(() => {
  "use strict";
  const narrow = window.matchMedia("(max-width: 71.99rem)");
  const triggers = [...document.querySelectorAll("a.mention, a.note-ref, a.correction-ref")]
    .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((t) => t.target && t.target.closest(".margin"));
  let pinned = null;
  let lastTrigger = null;

  // On narrow screens a margin block reads best after its paragraph; on wide ones it floats from before
  // it, where the markup has it. It is moved only when opened on a narrow screen, and moved back when
  // the screen turns wide: moving every block at load re-laid out the whole page.
  const moved = new Set();
  const placeAfter = (margin) => {
    const paragraph = margin.nextElementSibling;
    if (!moved.has(margin) && paragraph && paragraph.tagName === "P" && paragraph.id) {
      paragraph.insertAdjacentElement("afterend", margin);
      moved.add(margin);
    }
  };
  const placeBack = () => {
    for (const margin of moved) {
      margin.previousElementSibling.insertAdjacentElement("beforebegin", margin);
    }
    moved.clear();
  };

  // Corrections are shown on demand at every width; cards and notes only on narrow screens.
  const opens = (trigger) => narrow.matches || trigger.link.classList.contains("correction-ref");

  const setOpen = (trigger, open) => {
    if (open && narrow.matches) {
      placeAfter(trigger.target.closest(".margin"));
    }
    trigger.target.classList.toggle(opens(trigger) ? "is-open" : "is-highlighted", open);
    if (opens(trigger)) {
      trigger.link.setAttribute("aria-expanded", String(open));
    }
  };

  const closeAll = () => {
    for (const trigger of triggers) {
      setOpen(trigger, false);
    }
    pinned = null;
  };

  const reset = () => {
    closeAll();
    for (const trigger of triggers) {
      const { link, target } = trigger;
      target.classList.remove("is-open", "is-highlighted");
      if (opens(trigger)) {
        link.setAttribute("aria-expanded", "false");
        link.setAttribute("aria-controls", target.id);
      } else {
        link.removeAttribute("aria-expanded");
        link.removeAttribute("aria-controls");
      }
    }
    if (!narrow.matches) {
      placeBack();
    }
  };

  for (const trigger of triggers) {
    const { link, target } = trigger;
    const show = () => {
      if (pinned && pinned !== trigger) {
        setOpen(pinned, false);
        pinned = null;
      }
      setOpen(trigger, true);
      lastTrigger = trigger;
    };
    const hide = () => {
      if (pinned !== trigger) {
        setOpen(trigger, false);
      }
    };
    link.addEventListener("mouseenter", show);
    link.addEventListener("mouseleave", hide);
    link.addEventListener("focus", show);
    link.addEventListener("blur", hide);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (pinned === trigger) {
        pinned = null;
        setOpen(trigger, false);
        return;
      }
      show();
      pinned = trigger;
      if (!narrow.matches) {
        target.scrollIntoView({ block: "nearest" });
      }
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && lastTrigger) {
      closeAll();
      // Closed, but focus stays where the reader was, on the mention or number.
      if (document.activeElement !== lastTrigger.link) {
        lastTrigger.link.focus({ preventScroll: true });
        setOpen(lastTrigger, false);
      }
    }
  });

  narrow.addEventListener("change", reset);
  reset();

  // Copy buttons for the embed snippets (the snippets themselves read fine without them).
  for (const pre of document.querySelectorAll(".embed-code pre")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "複製";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(pre.querySelector("code").textContent);
        button.textContent = "已複製";
      } catch {
        button.textContent = "請手動選取";
      }
    });
    pre.prepend(button);
  }
})();
