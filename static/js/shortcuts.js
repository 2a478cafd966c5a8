// Keyboard shortcuts for a staff work list (the moderation queue, checking themes), one mechanism for
// both. The list is the element with data-shortcuts="<selector of its items>". j and k move between
// items; any other key presses the control whose aria-keyshortcuts lists it, in the focused item, or,
// when the item has none, the answer just decided's (Undo on it), then the page's own control with that
// key (Apply in a sticky action bar). A select with several keys ("1 2 3") chooses the option in that key's place
// and sends its form (leave out with the fourth reason: 4).
// After htmx swaps in an item marked data-decided, the next item gets focus, so the keyboard never
// loses its place, and earlier decided items drop their parts marked data-until-next-decision (the
// words kept beside Undo); an item swapped back in (by Undo) gets focus itself. With
// data-shortcuts-autofocus the first item has focus when the page opens; a page opened at an item's
// anchor starts from that item.
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
  function press(el, key) {
    if (el.disabled) return false;
    if (el.tagName.toLowerCase() === "select") {
      var place = el.getAttribute("aria-keyshortcuts").split(/\s+/).indexOf(key);
      var send = el.form && el.form.querySelector("button[type=submit], input[type=submit]");
      if (place >= el.options.length || !send) return false;
      el.selectedIndex = place;
      el = send;
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
    var key = event.key;
    if (key === "j") { move(1); event.preventDefault(); }
    else if (key === "k") { move(-1); event.preventDefault(); }
    else if (key.length === 1) {
      var el = control(current(), key);
      if (el && press(el, key)) event.preventDefault();
    }
  });

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
        if (earlier !== swapped) all(earlier, "[data-until-next-decision]").forEach(function (el) { el.remove(); });
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
})();
