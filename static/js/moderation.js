// Keyboard moderation: j/k move between answers, a approves, r leaves out with the chosen reason,
// 1-9 leave out with that reason, s sends to safeguarding, u undoes the last decision.
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
  function click(item, action) {
    var button = item && item.querySelector("button[data-action='" + action + "']");
    if (button) button.click();
    return !!button;
  }
  // Leave out with the reason in the given place of the list (1 is the first reason).
  function leaveOut(item, n) {
    var select = item && item.querySelector(".py-reject select");
    if (!select || n > select.options.length) return false;
    select.selectedIndex = n - 1;
    return click(item, "reject");
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "textarea" || tag === "input" || tag === "select") return;
    var item = current();
    var key = event.key;
    var done = false;
    if (key === "j") { move(1); done = true; }
    else if (key === "k") { move(-1); done = true; }
    else if (key === "u") { done = click(queue.querySelector(".py-mod-item--undoable"), "undo"); }
    else if (/^[1-9]$/.test(key)) { done = leaveOut(item, parseInt(key, 10)); }
    else if (key === "a" || key === "r" || key === "s") {
      done = click(item, { a: "approve", r: "reject", s: "escalate" }[key]);
    }
    if (done) event.preventDefault();
  });

  function nextWaiting(from) {
    var all = Array.prototype.slice.call(queue.querySelectorAll(".py-mod-item"));
    for (var j = all.indexOf(from) + 1; j < all.length; j++) {
      if (all[j].hasAttribute("data-answer")) return all[j];
    }
    var waiting = items();
    return waiting.length ? waiting[waiting.length - 1] : null;
  }

  document.body.addEventListener("htmx:afterSwap", function (event) {
    var swapped = document.getElementById(event.detail.target.id);
    if (!swapped) return;
    if (swapped.hasAttribute("data-decided")) {
      // The words of the answer just decided stay with its Undo button until the next decision;
      // earlier decisions shrink to one line.
      Array.prototype.forEach.call(queue.querySelectorAll(".py-mod-item--undoable"), function (old) {
        if (old === swapped) return;
        old.classList.remove("py-mod-item--undoable");
        Array.prototype.forEach.call(old.querySelectorAll(".py-mod-decided__words, .py-mod-undo, .py-mod-no-undo"), function (el) {
          el.remove();
        });
      });
      swapped.classList.add("py-mod-item--undoable");
      // The next waiting answer gets focus, so the keyboard never loses its place.
      focusItem(nextWaiting(swapped));
    } else if (swapped.hasAttribute("data-answer")) {
      focusItem(swapped);  // an answer put back by Undo
    }
  });

  var justDecided = queue.querySelector("[data-decided]");
  if (justDecided) justDecided.classList.add("py-mod-item--undoable");
  if (!current()) focusItem(items()[0]);
})();
