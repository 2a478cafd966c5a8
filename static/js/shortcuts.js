// Keyboard shortcuts for a staff work list (the moderation queue, checking themes), one mechanism for
// both. The list is the element with data-shortcuts="<selector of its items>". j and k move between
// items; any other key presses the control whose aria-keyshortcuts lists it, in the focused item, or,
// when the item has none, the answer just decided's (Undo on it), then the page's own control with that
// key (Apply in a sticky action bar). A select with several keys ("1 2 3") chooses the option in that key's place
// and sends its form (leave out with the fourth reason: 4). A control marked data-confirm (send to safeguarding,
// and every way of leaving an answer out) is only pressed by its key twice in a row (see arm, below); a click
// or tap on it is one action as always. In an item holding a theme finder, "/" or any letter but j and k
// types into the finder instead, and Ctrl+Enter saves.
// After htmx swaps in an item marked data-decided, the next item gets focus, so the keyboard never
// loses its place, and earlier decided items drop their parts marked data-until-next-decision (the
// words kept beside Undo) and show those marked data-after-next-decision (a line of the words with its own Undo
// button, and a link to Decided today, where any of the day's decisions can be undone); an item swapped back in
// (by either Undo) gets focus itself. With
// data-shortcuts-autofocus the first item has focus when the page opens; a page opened at an item's
// anchor starts from that item. Before any item has focus, a key that only an item has moves to the first
// and says so (data-shortcuts-first, {key} the key; data-shortcuts-first-none when the first has nothing for that
// key): it acts only when pressed again there.
(function () {
  "use strict";
  function list() { return document.querySelector("[data-shortcuts]"); }
  function selector() { return list().getAttribute("data-shortcuts"); }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }

  function items() { return all(list(), selector()); }
  function current() {
    var el = document.activeElement;
    return el && el.closest ? el.closest(selector()) : null;
  }
  function focusItem(item) {
    if (item) { item.focus(); item.scrollIntoView({ block: "center" }); }
  }
  function move(step) {
    var found = items();
    var i = found.indexOf(current());
    focusItem(found[Math.max(0, Math.min(found.length - 1, i < 0 ? 0 : i + step))]);
  }
  function control(item, key) {
    var wanted = '[aria-keyshortcuts~="' + CSS.escape(key) + '"]';
    var inItem = item ? item.querySelector(wanted) : null;
    if (inItem) return inItem;
    // The answer just decided keeps its own controls (Undo) until the next decision.
    var just = all(list(), "[data-decided]").filter(function (d) { return d.querySelector("[data-until-next-decision]"); })[0];
    var inJust = just ? just.querySelector(wanted) : null;
    if (inJust) return inJust;
    return all(document, wanted).filter(function (el) { return !el.closest(selector()); })[0] || null;
  }
  // A control marked data-confirm (Send to safeguarding, s; Leave out, r or a reason's number; Leave out as a
  // repeat, d) is never pressed by one key: the first press moves focus to it and says beside it, in a polite
  // live region (data-confirm-note names it), what pressing again does: data-confirm's words, with {key} the key
  // pressed and {choice} the option now chosen in its form (the reason, data-choice on the option). The same key
  // again, or Enter as on any focused button, presses it; another of its keys asks again about that one (4 after
  // 3: the fourth reason); Esc, or focus moving away, cancels, and puts back the option chosen before.
  function confirmNote(el) { return document.getElementById(el.getAttribute("data-confirm-note")); }
  function confirmWords(el, key) {
    var select = el.form && el.form.querySelector("select");
    var option = select && select.options[select.selectedIndex];
    var choice = option ? (option.getAttribute("data-choice") || option.text) : "";
    return el.getAttribute("data-confirm").split("{key}").join(key).split("{choice}").join(choice);
  }
  function arm(el, key, before) {
    if (!el.hasAttribute("data-armed")) el.confirmBefore = null;
    if (before && !el.confirmBefore) el.confirmBefore = before;  // the reason before the first of its keys
    el.setAttribute("data-armed", key);
    el.focus();
    var note = confirmNote(el);
    if (note) note.textContent = confirmWords(el, key);
  }
  function disarm(el, pressed) {
    el.removeAttribute("data-armed");
    if (el.confirmBefore && !pressed) el.confirmBefore.select.selectedIndex = el.confirmBefore.index;
    el.confirmBefore = null;
    var note = confirmNote(el);
    if (note) note.textContent = "";
  }
  document.addEventListener("focusout", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-armed")) disarm(event.target);
  });
  function press(el, key) {
    if (el.disabled) return false;
    var before = null;
    if (el.tagName.toLowerCase() === "select") {
      var place = el.getAttribute("aria-keyshortcuts").split(/\s+/).indexOf(key);
      var send = el.form && el.form.querySelector("button[type=submit], input[type=submit]");
      if (place >= el.options.length || !send) return false;
      before = { select: el, index: el.selectedIndex };
      el.selectedIndex = place;
      el = send;
    }
    if (el.hasAttribute("data-confirm")) {
      if (el.getAttribute("data-armed") !== key) { arm(el, key, before); return true; }
      disarm(el, true);
    }
    el.click();
    return true;
  }
  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "textarea" || tag === "select" || target.isContentEditable ||
      (tag === "input" && ["checkbox", "radio", "button", "submit"].indexOf(target.type) < 0);
  }

  document.addEventListener("keydown", function (event) {
    if (!list() || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (saidNothing) { if (!saidNothing.closest("[data-armed]")) saidNothing.textContent = ""; saidNothing = null; }
    var key = event.key;
    var armed = document.querySelector("[data-confirm][data-armed]");
    if (key === "Escape" && armed) { focusItem(armed.closest(selector())); event.preventDefault(); return; }
    var finder = current() && current().querySelector("[data-theme-filter]");
    if (finder && (key === "/" || (/^[a-z]$/i.test(key) && key !== "j" && key !== "k"))) {
      // In an answer's themes as tick boxes, "/" or any letter but j and k starts finding a theme by name (so
      // "social" finds Social workers: no letter there saves; Ctrl+Enter does, below).
      finder.focus();
      if (key !== "/") { finder.value = key; finder.dispatchEvent(new Event("input", { bubbles: true })); }
      event.preventDefault();
      return;
    }
    if (key === "j") { move(1); event.preventDefault(); }
    else if (key === "k") { move(-1); event.preventDefault(); }
    else if (key.length === 1) {
      var item = current();
      var el = control(item, key);
      var wanted = '[aria-keyshortcuts~="' + CSS.escape(key) + '"]';
      if (!el && !item && items().length && all(list(), selector()).some(function (i) { return i.querySelector(wanted); })) {
        // Before j or a click has chosen an answer, an answer's key only goes to the first answer and says so
        // (or that the first has nothing for it): nothing changes on words the officer has not looked at. The
        // same key again acts on it.
        focusItem(items()[0]);
        var has = items()[0].querySelector(wanted);
        nothingFor(key, list().getAttribute(has ? "data-shortcuts-first" : "data-shortcuts-first-none"));
        event.preventDefault();
        return;
      }
      if (el && press(el, key)) event.preventDefault();
      else if (!el) nothingFor(key);
    }
  });

  // A key the list says something about when it has no control here (data-shortcuts-none-<key>: u with nothing
  // to undo) says so in the focused item's live region, so the key is never silently ignored.
  var saidNothing = null;  // the live region nothingFor last wrote in, emptied at the next key
  function nothingFor(key, said) {
    var words = said ? said.split("{key}").join(key) : /^[a-z]$/.test(key) && list().getAttribute("data-shortcuts-none-" + key);
    var note = words && current() && current().querySelector(".py-confirm-note[role=status]");
    if (note) { note.textContent = words; saidNothing = note; }
  }

  // The item after the decided one, or, after the last, the nearest one before it.
  function nextAfter(decided) {
    var found = items();
    for (var j = 0; j < found.length; j++) {
      if (decided.compareDocumentPosition(found[j]) & Node.DOCUMENT_POSITION_FOLLOWING) return found[j];
    }
    return found.length ? found[found.length - 1] : null;
  }

  document.body.addEventListener("htmx:afterSwap", function (event) {
    var swapped = document.getElementById(event.detail.target.id);
    if (!list() || !swapped || !list().contains(swapped)) return;
    if (swapped.hasAttribute("data-decided")) {
      all(list(), "[data-decided]").forEach(function (earlier) {
        if (earlier === swapped) return;
        all(earlier, "[data-until-next-decision]").forEach(function (el) { el.remove(); });
        all(earlier, "[data-after-next-decision]").forEach(function (el) { el.hidden = false; });
      });
      focusItem(nextAfter(swapped));
    } else if (swapped.matches(selector())) {
      focusItem(swapped);
      // An item that opens a choice (its themes as tick boxes) starts at the box it marks.
      var start = swapped.querySelector("[data-focus-first]");
      if (start) start.focus();
    }
  });

  // A page opened at an item (#answer-12, where the officer was before Apply) starts from it.
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (list() && target && target.matches(selector())) focusItem(target);
  else if (list() && list().hasAttribute("data-shortcuts-autofocus") && !current()) focusItem(items()[0]);

  // Finding a theme by name among an answer's tick boxes (the box marked data-theme-filter, shown only with
  // JavaScript): typing narrows the boxes to the themes whose name has the words typed, Enter ticks (or
  // unticks) the first one left, Ctrl+Enter saves, Esc clears what was typed and, when nothing is, goes back to the boxes;
  // the down arrow goes to the first box left. Every theme, however many the council has, is a few keys away.
  function filterBoxes(finder) {
    var group = document.getElementById(finder.getAttribute("aria-controls"));
    return group ? all(group, ".govuk-checkboxes__item") : [];
  }
  function shownBoxes(finder) {
    return filterBoxes(finder).filter(function (item) { return !item.hidden; }).map(function (item) {
      return item.querySelector("input");
    });
  }
  function say(finder, words) {
    var status = document.getElementById(finder.getAttribute("data-theme-filter"));
    if (status) status.textContent = words;
  }
  function narrow(finder) {
    var words = finder.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var group = document.getElementById(finder.getAttribute("aria-controls"));
    var left = 0;
    filterBoxes(finder).forEach(function (item) {
      var name = item.querySelector("label").textContent.toLowerCase();
      item.hidden = !words.every(function (w) { return name.indexOf(w) !== -1; });
      if (!item.hidden) left++;
    });
    if (group) all(group, ".govuk-checkboxes__divider").forEach(function (d) { d.hidden = words.length > 0; });
    if (!words.length) say(finder, "");
    else if (!left) say(finder, "No theme has \u201c" + finder.value.trim() + "\u201d in its name. Esc clears it.");
    else {
      var first = shownBoxes(finder)[0].labels[0].textContent.trim();
      say(finder, (left === 1 ? "1 theme: " : left + " themes, first ") + first + ". Enter ticks or unticks it.");
    }
  }
  document.addEventListener("input", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-theme-filter")) narrow(event.target);
  });
  // Ctrl+Enter anywhere in an answer's themes as tick boxes (the finder or the boxes) saves them.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !event.target.closest) return;
    var item = event.target.closest("[data-answer]");
    var save = item && item.querySelector('button[aria-keyshortcuts~="Control+Enter"]');
    if (save) { event.preventDefault(); save.click(); }
  });
  document.addEventListener("keydown", function (event) {
    var finder = event.target;
    if (!finder.hasAttribute || !finder.hasAttribute("data-theme-filter") || event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter") {
      event.preventDefault();  // never sends the form the box sits in
      var box = shownBoxes(finder)[0];
      if (!finder.value.trim() || !box) return;
      box.click();  // as a person would, so "No theme fits" still goes on its own
      var name = box.labels[0].textContent.trim();
      finder.value = "";
      narrow(finder);
      say(finder, (box.checked ? "Ticked: " : "Unticked: ") + name + ". Type another, or Esc to go back to the boxes.");
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (finder.value) { finder.value = ""; narrow(finder); }
      else { say(finder, ""); var boxes = shownBoxes(finder); if (boxes[0]) boxes[0].focus(); }
    } else if (event.key === "ArrowDown") {
      var shown = shownBoxes(finder);
      if (shown[0]) { shown[0].focus(); event.preventDefault(); }
    }
  });
})();
