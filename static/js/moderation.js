// Keyboard moderation: j/k move between answers, a approves, r leaves out, s sends to safeguarding.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) return;

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll(".py-mod-item[data-answer]"));
  }
  function current() {
    var el = document.activeElement;
    return el && el.closest ? el.closest(".py-mod-item[data-answer]") : null;
  }
  function focusItem(item) {
    if (item) { item.focus(); item.scrollIntoView({ block: "center" }); }
  }
  function move(step) {
    var all = items();
    var i = all.indexOf(current());
    focusItem(all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + step))]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "textarea" || tag === "input" || tag === "select") return;
    var item = current();
    var key = event.key;
    if (key === "j") { move(1); event.preventDefault(); }
    else if (key === "k") { move(-1); event.preventDefault(); }
    else if (item && (key === "a" || key === "r" || key === "s")) {
      var action = { a: "approve", r: "reject", s: "escalate" }[key];
      var button = item.querySelector("button[data-action='" + action + "']");
      if (button) { button.click(); event.preventDefault(); }
    }
  });

  // After a decision, the next waiting answer gets focus, so the keyboard never loses its place.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var swapped = document.getElementById(event.detail.target.id);
    if (!swapped || !swapped.hasAttribute("data-decided")) return;
    var all = Array.prototype.slice.call(queue.querySelectorAll(".py-mod-item"));
    var i = all.indexOf(swapped);
    for (var j = i + 1; j < all.length; j++) {
      if (all[j].hasAttribute("data-answer")) { focusItem(all[j]); return; }
    }
  });

  if (!current()) focusItem(items()[0]);
})();
