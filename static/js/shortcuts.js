// Keyboard shortcuts for a staff work list (the moderation queue, checking themes), one mechanism for
// both. The list is the element with data-shortcuts="<selector of its items>". j and k move between
// items; any other key presses the control marked aria-keyshortcuts="<key>" in the focused item, or,
// when the item has none, the page's own control with that key (Apply in a sticky action bar, say).
// After htmx swaps in an item marked data-decided, the next item gets focus, so the keyboard never
// loses its place. With data-shortcuts-autofocus the first item has focus when the page opens.
(function () {
  "use strict";
  function list() { return document.querySelector("[data-shortcuts]"); }
  function selector() { return list().getAttribute("data-shortcuts"); }

  function items() {
    return Array.prototype.slice.call(list().querySelectorAll(selector()));
  }
  function current() {
    var el = document.activeElement;
    return el && el.closest ? el.closest(selector()) : null;
  }
  function focusItem(item) {
    if (item) { item.focus(); item.scrollIntoView({ block: "center" }); }
  }
  function move(step) {
    var all = items();
    var i = all.indexOf(current());
    focusItem(all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + step))]);
  }
  function control(item, key) {
    var wanted = "[aria-keyshortcuts='" + key + "']";
    var inItem = item ? item.querySelector(wanted) : null;
    if (inItem) return inItem;
    return Array.prototype.slice.call(document.querySelectorAll(wanted)).filter(function (el) {
      return !el.closest(selector());
    })[0] || null;
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
      var button = control(current(), key);
      if (button && !button.disabled) { button.click(); event.preventDefault(); }
    }
  });

  // After a decision, the next item after the decided one gets focus.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var swapped = document.getElementById(event.detail.target.id);
    if (!list() || !swapped || !swapped.hasAttribute("data-decided")) return;
    var all = items();
    for (var j = 0; j < all.length; j++) {
      if (all[j] !== swapped && (swapped.compareDocumentPosition(all[j]) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        focusItem(all[j]); return;
      }
    }
  });

  if (list() && list().hasAttribute("data-shortcuts-autofocus") && !current()) focusItem(items()[0]);
})();
