// Explainer: the margin, made interactive. The page works without this file: every mention, note
// number and correction mark is a link to its card or note, which CSS shows on narrow screens when it
// is the link's :target, and floats beside its paragraph on wide ones. With it, on wide screens each
// card and note stands level with its own mention or number (or, where the margin has no room there,
// is folded and opens at it); on narrow screens hover, focus and touch open the card or note next to
// its paragraph, and Escape closes it; on wide screens they highlight the card or note beside the text.
(() => {
  "use strict";
  const narrow = window.matchMedia("(max-width: 59.99rem)");
  const triggers = [...document.querySelectorAll("a.mention, a.note-ref, a.correction-ref")]
    .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((t) => t.target && t.target.closest(".margin"));
  let pinned = null;
  let lastTrigger = null;

  // ---- wide screens: each block beside its reference ----

  // How far below and above its reference's line a block may stand (CSS px), and the space between two.
  const reach = 120;
  const rise = 60;
  const spacing = 12;
  // The first reference in the text to each block: the line the block belongs beside.
  const references = new Map();
  for (const { link, target } of triggers) {
    if (!references.has(target)) {
      references.set(target, link);
    }
  }
  const articles = [...document.querySelectorAll("article.explainer")];

  // Reads every position first and writes every position after. A block has three forms: whole; brief
  // (a note's label and first lines, a card's name and role; whole while its reference is hovered or
  // focused); and folded (hidden; it opens at its reference). First every block is placed brief, notes
  // before cards, at the free spot of the margin nearest its reference's line; one with no free spot
  // within `reach` below the line or `rise` above it, inside its section, is folded. Then each placed
  // block is made whole where the margin has room for it before the next.
  // A section is placed when it is first rendered: on wide screens the later sections of an explainer
  // wait for the viewport (content-visibility), and placing them at load would lay them all out. Until
  // then its blocks stand, unseen, where the markup has them; the text never moves, since the margin's
  // blocks take no room in it.
  const rank = (block) => (block.classList.contains("card") ? 1 : 0);
  const rendered = (section) =>
    !section.firstElementChild || !section.firstElementChild.checkVisibility ||
    section.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
  const place = (sections) => {
    const plans = sections.map((section) => {
      const blocks = [...section.querySelectorAll(":scope > .margin > div:not(.note-fix)")];
      for (const block of blocks) {
        block.classList.remove("is-folded");
        block.classList.add("is-brief");
      }
      return { section, blocks, fixes: [...section.querySelectorAll(":scope > .margin > .note-fix")] };
    });
    const measured = plans.map(({ section, blocks, fixes }) => {
      const box = section.getBoundingClientRect();
      // A section that waits for the viewport clips what paints outside it; the last one of a page that
      // has no such section (a section's own page, an embed) may lend its blocks the room beside what follows.
      const contained = getComputedStyle(section).contentVisibility === "auto";
      const alone = !contained && !section.nextElementSibling?.matches(".section");
      const entry = (block) => {
        const line = references.get(block)?.getClientRects()[0];
        return { block, at: line ? line.top - box.top : 0, brief: block.offsetHeight };
      };
      return {
        end: alone ? section.closest("article").getBoundingClientRect().bottom - box.top : box.height,
        entries: blocks.map(entry),
        fixes: fixes.map(entry),
      };
    });
    // Whole heights: one more layout, with every block whole.
    for (const { blocks } of plans) {
      for (const block of blocks) {
        block.classList.remove("is-brief");
      }
    }
    for (const { entries, fixes } of measured) {
      for (const entry of [...entries, ...fixes]) {
        entry.whole = entry.block.offsetHeight;
      }
    }
    for (const { end, entries } of measured) {
      const taken = []; // placed entries, by top
      const free = (top, height) =>
        top >= 0 && top + height <= end &&
        taken.every((other) => top + height + spacing <= other.top || top >= other.top + other.brief + spacing);
      const order = [...entries].sort((a, b) => rank(a.block) - rank(b.block) || a.at - b.at);
      for (const entry of order) {
        // Level with the line, or just above or below a block already placed: the nearest free spot
        // no more than `rise` above the line or `reach` below it.
        const candidates = [entry.at, ...taken.flatMap((other) => [other.top + other.brief + spacing, other.top - entry.brief - spacing])]
          .filter((top) => top >= entry.at - rise && top <= entry.at + reach && free(top, entry.brief))
          .sort((a, b) => Math.abs(a - entry.at) - Math.abs(b - entry.at) || a - b);
        entry.folded = candidates.length === 0;
        entry.top = candidates[0];
        if (!entry.folded) {
          taken.push(entry);
          taken.sort((a, b) => a.top - b.top);
        }
      }
      taken.forEach((entry, i) => {
        const next = i + 1 < taken.length ? taken[i + 1].top - spacing : end;
        entry.isBrief = entry.top + entry.whole > next;
      });
    }
    // Folded blocks and correction reasons open at their mark, inside the section where it has room.
    const opening = ({ at, whole }, end) => Math.max(0, Math.min(at, end - whole));
    for (const { end, entries, fixes } of measured) {
      for (const entry of entries) {
        const { block, folded, isBrief } = entry;
        block.style.top = `${Math.round(folded ? opening(entry, end) : entry.top)}px`;
        block.classList.toggle("is-folded", folded);
        block.classList.toggle("is-brief", !folded && isBrief);
      }
      for (const entry of fixes) {
        entry.block.style.top = `${Math.round(opening(entry, end))}px`;
      }
    }
  };
  const sections = articles.flatMap((article) => [...article.querySelectorAll(".section")]);
  const placeRendered = () => {
    for (const article of articles) {
      article.classList.add("is-placed");
    }
    place(sections.filter(rendered));
  };

  const unplace = () => {
    // Touches nothing on a phone's first load: nothing was placed.
    for (const article of articles.filter((a) => a.classList.contains("is-placed"))) {
      article.classList.remove("is-placed");
      for (const block of article.querySelectorAll(".section > .margin > div")) {
        block.classList.remove("is-folded", "is-brief");
        block.style.top = "";
      }
    }
  };

  // ---- narrow screens: a block opens after its paragraph ----

  // On narrow screens a margin block reads best after its paragraph; on wide ones it stands from before
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

  // Corrections, folded and brief blocks are shown (whole) on demand at every width; cards and notes on
  // narrow screens.
  const opens = (trigger) =>
    narrow.matches || trigger.link.classList.contains("correction-ref") || trigger.target.matches(".is-folded, .is-brief");

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

  // Which links open what depends on the width and on what placing folded: their ARIA says so.
  const describe = (within = document) => {
    for (const trigger of triggers) {
      const { link, target } = trigger;
      if (!within.contains(target) || trigger === pinned) {
        continue;
      }
      target.classList.remove("is-open", "is-highlighted");
      if (opens(trigger)) {
        link.setAttribute("aria-expanded", "false");
        link.setAttribute("aria-controls", target.id);
      } else {
        link.removeAttribute("aria-expanded");
        link.removeAttribute("aria-controls");
      }
    }
  };

  const reset = () => {
    closeAll();
    if (narrow.matches) {
      unplace();
    } else {
      placeBack();
      placeRendered();
    }
    describe();
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
  // At load nothing is open or placed yet: only wide screens have work to do before the ARIA.
  if (!narrow.matches) {
    placeRendered();
  }
  describe();

  // Lines move when the column's width changes or a card's details open: place the margin again.
  let width = null;
  let queued = false;
  const replace = () => {
    if (!queued && !narrow.matches) {
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!narrow.matches) {
          const open = pinned;
          placeRendered();
          describe();
          if (open) {
            setOpen(open, true);
            pinned = open;
          }
        }
      });
    }
  };
  if (articles.length > 0) {
    new ResizeObserver(([entry]) => {
      // The first report is the width just placed for.
      if (width !== null && entry.contentRect.width !== width) {
        replace();
      }
      width = entry.contentRect.width;
    }).observe(articles[0]);
    for (const article of articles) {
      article.addEventListener("toggle", (event) => event.target.closest(".margin") && replace(), true);
    }
    // A later section is placed as it is first rendered, before it scrolls into view.
    for (const section of sections) {
      section.addEventListener("contentvisibilityautostatechange", (event) => {
        if (!event.skipped && !narrow.matches) {
          place([section]);
          describe(section);
        }
      });
    }
  }

  // 繁／简: the other script's copy of this page, at the reader's place (the link alone opens its top).
  for (const link of document.querySelectorAll("[data-edition-switch] a")) {
    link.addEventListener("click", () => {
      if (location.hash) {
        link.hash = location.hash;
      }
    });
  }

  // Copy buttons for the embed snippets (the snippets themselves read fine without them), in the
  // page's script.
  const words = document.documentElement.lang === "zh-Hans"
    ? { copy: "复制", copied: "已复制", select: "请手动选取" }
    : { copy: "複製", copied: "已複製", select: "請手動選取" };
  for (const pre of document.querySelectorAll(".embed-code pre")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = words.copy;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(pre.querySelector("code").textContent);
        button.textContent = words.copied;
      } catch {
        button.textContent = words.select;
      }
    });
    pre.prepend(button);
  }
})();
