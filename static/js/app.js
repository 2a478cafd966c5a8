// Progressive enhancement for every page: nothing here is needed for a page to work.
(function () {
  "use strict";
  document.body.classList.add("js-enabled", "govuk-frontend-supported");

  // After htmx swaps in the next question, move focus to what must be read first: a problem to fix, then
  // a notice about this question, then the question itself, so screen readers read it out.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var card = document.getElementById("card");
    if (card && event.detail.target && event.detail.target.id === "card") {
      var first = card.querySelector(".govuk-error-summary") || card.querySelector(".py-notice") ||
        card.querySelector("[data-focus]") || card.querySelector("h1");
      if (first) {
        first.setAttribute("tabindex", "-1");
        first.focus({ preventScroll: false });
      }
      window.scrollTo(0, 0);
    }
  });
  // Once htmx has settled the new card (settling puts the old card's attributes back for a moment,
  // which would undo anything done at the swap): start its counter, and let a second tap of a double
  // tap fall on nothing rather than on an answer of the question that just appeared.
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var card = document.getElementById("card");
    initCounters(card || document);
    if (card && event.detail.target && event.detail.target.id === "card") {
      card.classList.add("py-settling");
      setTimeout(function () { card.classList.remove("py-settling"); }, 400);
    }
  });

  // A small character counter for youth pages (GOV.UK's full script is 11 kB we do not need there):
  // it tells sighted and screen-reader users how many characters are left, after typing pauses.
  function initCounters(scope) {
    var boxes = scope.querySelectorAll(".govuk-character-count[data-maxlength]");
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.getAttribute("data-py-counted")) return;
      box.setAttribute("data-py-counted", "1");
      var max = parseInt(box.getAttribute("data-maxlength"), 10);
      var field = box.querySelector("textarea");
      var hint = box.querySelector(".govuk-character-count__message");
      if (!field || !hint || !max) return;
      hint.classList.add("govuk-visually-hidden");
      var shown = document.createElement("div");
      shown.className = "govuk-hint govuk-character-count__message";
      shown.setAttribute("aria-hidden", "true");
      var spoken = document.createElement("div");
      spoken.className = "govuk-visually-hidden";
      spoken.setAttribute("aria-live", "polite");
      hint.parentNode.insertBefore(shown, hint.nextSibling);
      hint.parentNode.insertBefore(spoken, shown.nextSibling);
      var timer = null;
      // Letters as the server counts them: an emoji is one, not the two halves JavaScript sees, and spaces at
      // either end are not kept, so not counted (forms.NotTooLong), so the counter and the error agree.
      function count(text) { return Array.from(text.replace(/\r\n/g, "\n").trim()).length; }
      function length() { return count(field.value); }
      // The words come from the page, in its language (data-i18n.* on the box, written by the server);
      // which plural form a number takes is the language's own rule.
      var plural = null;
      try { plural = new Intl.PluralRules(document.documentElement.lang || "en"); } catch (e) { /* an old phone: one and other */ }
      function words(kind, n) {
        var text = box.getAttribute("data-i18n." + kind + "." + (plural ? plural.select(n) : n === 1 ? "one" : "other")) ||
          box.getAttribute("data-i18n." + kind + ".other");
        return text ? text.replace("%{count}", n) : hint.textContent.trim();
      }
      function message() {
        var left = max - length();
        return words(left >= 0 ? "characters-under-limit" : "characters-over-limit", Math.abs(left));
      }
      // A card that came back with "too many letters" on this box (the first problem words over the limit bring;
      // the words the server sent back are the box's default): once the words fit, that problem is gone, so its
      // message, its summary and the "Error:" in the title go at once, rather than staying until Next. Too many
      // again: the counter says so, and Next asks the server.
      var lengthError = count(field.defaultValue) > max &&
        !!(box.closest(".govuk-form-group--error") || box.querySelector(".govuk-form-group--error"));
      function clearLengthError() {
        lengthError = false;
        var group = box.classList.contains("govuk-form-group--error") ? box : box.querySelector(".govuk-form-group--error") || box.closest(".govuk-form-group--error");
        if (group) group.classList.remove("govuk-form-group--error");
        Array.prototype.forEach.call(box.querySelectorAll(".govuk-error-message"), function (error) {
          if (error === shown) return;
          var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) { return id && id !== error.id; });
          field.setAttribute("aria-describedby", described.join(" "));
          error.remove();
        });
        var card = box.closest("#card") || document;
        Array.prototype.forEach.call(card.querySelectorAll(".govuk-error-summary"), function (summary) {
          if (!summary.querySelector("a[href='#" + field.id + "']")) return;
          var prefix = summary.getAttribute("data-title-prefix");
          summary.remove();
          if (prefix && !document.querySelector(".govuk-error-summary") && document.title.indexOf(prefix) === 0) {
            document.title = document.title.slice(prefix.length);
          }
        });
      }
      function update() {
        var over = length() > max;
        if (lengthError && !over) clearLengthError();
        shown.textContent = message();
        shown.classList.toggle("govuk-error-message", over);
        shown.classList.toggle("govuk-hint", !over);
        field.classList.toggle("govuk-textarea--error", over);
        clearTimeout(timer);
        timer = setTimeout(function () { spoken.textContent = message(); }, 1000);
      }
      field.addEventListener("input", update);
      update();
    });
  }
  initCounters(document);

  // Drafts: words typed in a box are kept on this phone only, so a reload or a slip of the thumb loses
  // nothing. sessionStorage (gone when the tab closes), never localStorage: phones are shared. Kept under
  // the visit and the question (the form's data-draft); removed once the answer is saved (the card moves
  // on to another) and all of them when the visit ends (thanks) or someone new joins. Nothing is sent.
  var DRAFT = "py-draft:";
  function drafts() { try { return window.sessionStorage; } catch (e) { return null; } }
  function draftKey(box) { return DRAFT + box.form.getAttribute("data-draft") + ":" + box.name; }
  function forgetDrafts(prefix) {
    var store = drafts();
    if (!store) return;
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key && key.indexOf(prefix) === 0) store.removeItem(key);
    }
  }
  function restoreDrafts(scope) {
    var store = drafts();
    if (!store) return;
    if (scope.querySelector("[data-drafts-end]") || (scope.matches && scope.matches("[data-drafts-end]"))) forgetDrafts(DRAFT);
    restoreTicks(scope);  // first: words beside "Something else" then tick it again if they need to
    Array.prototype.forEach.call(scope.querySelectorAll("form[data-draft] textarea"), function (box) {
      var kept = store.getItem(draftKey(box));
      if (kept === null || kept === box.value) return;
      box.value = kept;
      // The words beside "Something else" mean nothing without it: choose it again and open its box.
      var reveal = box.closest(".govuk-radios__conditional, .govuk-checkboxes__conditional");
      var choice = reveal && box.form.querySelector("[data-aria-controls='" + reveal.id + "']");
      if (choice) choice.checked = true;
      box.dispatchEvent(new Event("input", { bubbles: true }));  // the counter counts them
    });
  }
  // The ticks on a tick-box question are kept in the same draft as the words, so a reload keeps both.
  function restoreTicks(scope) {
    var store = drafts();
    if (!store) return;
    Array.prototype.forEach.call(scope.querySelectorAll("form[data-draft]"), function (form) {
      var boxes = form.querySelectorAll("input[type=checkbox][name=answer]");
      var kept = boxes.length ? store.getItem(DRAFT + form.getAttribute("data-draft") + ":answer") : null;
      var ticked = null;
      try { ticked = JSON.parse(kept); } catch (e) { ticked = null; }
      if (!Array.isArray(ticked)) return;
      Array.prototype.forEach.call(boxes, function (box) { box.checked = ticked.indexOf(box.value) !== -1; });
    });
  }
  // Words typed beside "Something else" choose it at once (the server does the same without JavaScript).
  document.body.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("textarea") || !box.value.trim() || !box.form) return;
    var reveal = box.closest(".govuk-radios__conditional, .govuk-checkboxes__conditional");
    var choice = reveal && box.form.querySelector("[data-aria-controls='" + reveal.id + "']");
    if (choice && !choice.checked) {
      choice.checked = true;
      choice.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });
  document.body.addEventListener("input", function (event) {
    var box = event.target;
    var store = drafts();
    if (!store || !box.matches || !box.matches("form[data-draft] textarea")) return;
    try {
      if (box.value) store.setItem(draftKey(box), box.value); else store.removeItem(draftKey(box));
    } catch (e) { /* storage full or refused: the words are still on screen */ }
  });
  // A card swapped for another question's (or for a page after the answer) means the answer was saved.
  // Unless the server says the words were not saved (Skip, or Back past a problem: "PY-Draft: keep"), so
  // they come back with that question.
  var sending = null;
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("form[data-draft]") : null;
    sending = form ? form.getAttribute("data-draft") : null;
  });
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var card = document.getElementById("card") || document;
    var form = card.querySelector("form[data-draft]");
    var xhr = event.detail && event.detail.xhr;
    var kept = xhr && xhr.getResponseHeader && xhr.getResponseHeader("PY-Draft") === "keep";
    if (sending && !kept && (!form || form.getAttribute("data-draft") !== sending)) forgetDrafts(DRAFT + sending + ":");
    sending = null;
    restoreDrafts(card);
  });

  // One tap: on a face or a pick-one question, tapping an answer moves on (Back brings it back to change).
  // Only a tap or a click does this: a keyboard user choosing with the arrow keys still presses Next.
  // So Next is not there to be hit by a quick second tap meant for the card before, a card nothing is chosen
  // on yet hides it (py-tap-only), until a key is pressed, a choice is made without a tap (a screen reader),
  // "Something else" opens its box, or an answer did not send. A card with a problem or a notice keeps it.
  var lastPointer = 0;
  var usingKeys = false;
  document.addEventListener("pointerdown", function () { lastPointer = Date.now(); }, true);
  // "Tap one to go on" is said only while Next is hidden: with Next there (an answer chosen before, Back),
  // the hint would tell them to do what the button is for.
  function setTapOnly(form, tapOnly) {
    form.classList.toggle("py-tap-only", tapOnly);
    Array.prototype.forEach.call(form.querySelectorAll(".py-one-tap-hint"), function (hint) { hint.hidden = !tapOnly; });
  }
  function showNext(form) { if (form) setTapOnly(form, false); }
  function hideNextOnOneTap(scope) {
    Array.prototype.forEach.call(scope.querySelectorAll("form[data-draft]"), function (form) {
      var card = form.closest("#card") || form;
      var tapOnly = !usingKeys && form.querySelector(".py-one-tap") && !form.querySelector(".py-one-tap input:checked") &&
        !card.querySelector(".py-notice, .govuk-error-summary, .govuk-error-message");
      setTapOnly(form, !!tapOnly);
    });
  }
  document.addEventListener("keydown", function (event) {
    // Moving about with keys, not typing words (a phone's keyboard in a box says nothing about how they choose).
    if (!/^(Tab|Arrow|Enter$| $|Spacebar$)/.test(event.key || "") || (event.target.matches && event.target.matches("textarea, input[type=text]"))) return;
    usingKeys = true;
    Array.prototype.forEach.call(document.querySelectorAll(".py-tap-only"), showNext);
  }, true);
  // For a moment after a new card comes in, a tap on it counts for nothing: it was meant for the card before.
  var swappedAt = 0;
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "card") swappedAt = Date.now();
  });
  document.addEventListener("click", function (event) {
    if (!event.isTrusted || Date.now() - swappedAt > 400) return;
    if (event.target.closest && event.target.closest("#card")) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
  document.body.addEventListener("click", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(".py-one-tap input[type=radio]")) return;
    if (Date.now() - lastPointer > 1000 || input.hasAttribute("data-aria-controls")) {  // "Something else" opens its box
      showNext(input.form);
      return;
    }
    var next = input.form && input.form.querySelector("button[name=action][value=next]");
    if (!next) return;
    // A moment to see the choice light up, then on; htmx sends it as a press of Next.
    setTimeout(function () { if (input.checked && document.contains(next)) next.click(); }, 150);
  });

  // "Nothing right now" and its kind (and "No theme fits" on staff pages) go on their own: ticking one unticks
  // the others at once, and the other way round (the server still refuses both, without JavaScript). The
  // form's elements, not its descendants: a box may belong to its form by a form attribute.
  document.body.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("input[type=checkbox]") || !box.checked || !box.form) return;
    var alone = box.getAttribute("data-behaviour") === "exclusive";
    Array.prototype.forEach.call(box.form.elements, function (other) {
      if (other !== box && other.type === "checkbox" && other.name === box.name &&
          (alone || other.getAttribute("data-behaviour") === "exclusive")) {
        other.checked = false;
      }
    });
  });

  // "Something else" opens a small box for a few words; without JavaScript the box is always there.
  function syncReveals(scope) {
    Array.prototype.forEach.call(scope.querySelectorAll("input[data-aria-controls]"), function (input) {
      var box = document.getElementById(input.getAttribute("data-aria-controls"));
      if (!box) return;
      input.setAttribute("aria-controls", box.id);
      input.setAttribute("aria-expanded", input.checked ? "true" : "false");
      box.classList.toggle("govuk-radios__conditional--hidden", !input.checked && box.classList.contains("govuk-radios__conditional"));
      box.classList.toggle("govuk-checkboxes__conditional--hidden", !input.checked && box.classList.contains("govuk-checkboxes__conditional"));
      // A hidden box sends nothing: its words would otherwise choose "Something else" again (the server
      // reads words in it as that choice, for phones without JavaScript). They stay in it for a second thought.
      Array.prototype.forEach.call(box.querySelectorAll("textarea"), function (field) { field.disabled = !input.checked; });
    });
  }
  document.body.addEventListener("change", function (event) {
    if (event.target.form) syncReveals(event.target.form);
  });
  // After the other change listeners (a "none of these" tick has already cleared the rest): keep the ticks.
  document.body.addEventListener("change", function (event) {
    var box = event.target;
    var store = drafts();
    if (!store || !box.matches || !box.matches("form[data-draft] input[type=checkbox][name=answer]")) return;
    var ticked = Array.prototype.filter.call(box.form.querySelectorAll("input[type=checkbox][name=answer]"), function (b) {
      return b.checked;
    }).map(function (b) { return b.value; });
    try { store.setItem(DRAFT + box.form.getAttribute("data-draft") + ":answer", JSON.stringify(ticked)); } catch (e) { /* still on screen */ }
  });
  document.body.addEventListener("htmx:afterSettle", function () {
    var card = document.getElementById("card") || document;
    syncReveals(card);
    hideNextOnOneTap(card);
  });
  restoreDrafts(document);
  syncReveals(document);
  hideNextOnOneTap(document);

  // Listen: the phone reads the screen aloud with its own voices, in the page's language. Nothing leaves the
  // phone. The button shows only where the phone has a voice for that language.
  var speech = window.speechSynthesis;
  function pageLanguage() { return (document.documentElement.lang || "en").toLowerCase(); }
  function voiceFor(lang) {
    var voices = speech && speech.getVoices ? speech.getVoices() : [];
    var primary = lang.split("-")[0];
    var exact = null, close = null;
    for (var i = 0; i < voices.length; i++) {
      var v = (voices[i].lang || "").toLowerCase().replace("_", "-");
      if (v === lang) exact = exact || voices[i];
      else if (v.split("-")[0] === primary) close = close || voices[i];
    }
    return exact || close;
  }
  function showListen() {
    var buttons = document.querySelectorAll(".py-listen");
    var can = !!(speech && window.SpeechSynthesisUtterance && voiceFor(pageLanguage()));
    Array.prototype.forEach.call(buttons, function (b) { b.hidden = !can; });
  }
  function isShown(el) {
    var closed = el.closest("details:not([open])");  // a closed "More help": only its summary is on screen
    if (closed && !el.closest("summary")) return false;
    return !el.closest("[hidden], .govuk-visually-hidden, .govuk-checkboxes__conditional--hidden, .govuk-radios__conditional--hidden, .py-actions, .py-listen, .py-offline, .py-sending, nav, .govuk-skip-link, .py-talk, .py-stop");
  }
  // The words of an element as a person reads them: no pictures (aria-hidden), and nothing when all of its
  // words are links (a language's name, "See what changed"): Listen reads what is said, not where to go.
  // A link inside a sentence ("You can also call ...") is read as part of it.
  function spokenText(el) {
    var copy = el.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll("[aria-hidden=true], svg"), function (n) { n.remove(); });
    var text = copy.textContent.replace(/\s+/g, " ").trim();
    Array.prototype.forEach.call(copy.querySelectorAll("a"), function (n) { n.remove(); });
    return copy.textContent.replace(/[\s.,;:·]+/g, "") ? text : "";
  }
  // What is read: headings, questions, hints, answers, paragraphs and bulleted lines, and anything marked data-listen-text.
  // That mark's value, when it has one, is read instead of the words on screen: a help line says its name,
  // what it is for and its number one digit at a time (templates/youth/_support.html). Then, on a question
  // with a box, what is typed in it ("You wrote: ..."), so someone who finds reading hard can check it.
  function wordsToRead(card) {
    var parts = [];
    var seen = [];
    Array.prototype.forEach.call(card.querySelectorAll("[data-listen-text], h1, h2, legend, .govuk-hint, label, .py-promises li, .py-welcome__more li, .govuk-list--bullet li, p"), function (el) {
      if (!isShown(el) || seen.some(function (s) { return s.contains(el); })) return;
      var text = el.hasAttribute("data-listen-text") && el.getAttribute("data-listen-text") ? el.getAttribute("data-listen-text").replace(/\s+/g, " ").trim() : spokenText(el);
      if (text) { parts.push(text); seen.push(el); }
    });
    Array.prototype.forEach.call(card.querySelectorAll("form[data-listen-wrote] textarea"), function (box) {
      var words = box.value.replace(/\s+/g, " ").trim();
      if (words && !box.disabled && isShown(box)) parts.push(box.form.getAttribute("data-listen-wrote") + " " + words);
    });
    return joinSentences(parts);
  }
  // The parts read one after another, each ending once: a part that already ends a sentence (in any of the page's
  // languages: "?", Arabic "؟", Ethiopic "።", perhaps inside a closing bracket or quote) gets no second stop.
  var ENDED = /[.!?…:;؟؛።፧۔。！？]["'”’»)\]]*$/;
  function joinSentences(parts) {
    return parts.reduce(function (said, part) {
      return said ? said + (ENDED.test(said) ? " " : ". ") + part : part;
    }, "");
  }
  // Listen is a toggle: marked while the voice reads, with "Stop reading" on it; "Listen" again when the
  // reading ends or is stopped. Only the newest reading may set it back (cancelling an old one ends it late).
  var reading = null;
  function showReading(on) {
    Array.prototype.forEach.call(document.querySelectorAll(".py-listen"), function (b) {
      b.toggleAttribute("data-reading", on);  // the visible label says it; aria-pressed as well would name the state twice
      var label = b.querySelector(".py-listen__label");
      var text = b.getAttribute(on ? "data-label-stop" : "data-label-listen");
      if (label && text) label.textContent = text;
    });
  }
  function stopReading() {
    reading = null;
    if (speech) speech.cancel();
    showReading(false);
  }
  document.body.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".py-listen");
    if (!button || !speech) return;
    if (reading || button.hasAttribute("data-reading")) { stopReading(); return; }
    speech.cancel();
    var lang = pageLanguage();
    var said = new window.SpeechSynthesisUtterance(wordsToRead(button.closest("#card") || document.querySelector("main")));
    said.lang = lang;
    said.voice = voiceFor(lang);
    said.rate = 0.9;
    said.onend = said.onerror = function () {
      if (reading === said) { reading = null; showReading(false); }
    };
    reading = said;
    showReading(true);
    speech.speak(said);
  });
  if (speech) {
    if (speech.addEventListener) speech.addEventListener("voiceschanged", showListen);
    document.body.addEventListener("htmx:beforeSwap", stopReading);
    window.addEventListener("pagehide", stopReading);
  }
  document.body.addEventListener("htmx:afterSwap", showListen);
  document.body.addEventListener("htmx:afterSettle", showListen);
  showListen();

  // A dropped connection keeps the young person's words on screen and says what to do.
  function showOffline(event) {
    var form = event.detail && event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("form") : null;
    var box = form ? form.querySelector(".py-offline") : null;
    showNext(form);  // "tap the button again": Next is there to tap
    if (box) {
      box.hidden = false;
      box.focus && box.focus();
    }
  }
  document.body.addEventListener("htmx:sendError", showOffline);
  document.body.addEventListener("htmx:responseError", showOffline);
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("form") : null;
    var box = form ? form.querySelector(".py-offline") : null;
    if (box) box.hidden = true;
  });

  // Choosing from the prompt bank: keep the order the boxes are ticked in, so prompts are added in
  // the order the officer chose (with no script they are added in the order shown), and number them.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-tick-order]"), function (form) {
    var order = form.querySelector("input[name=order]");
    if (!order) return;
    var chosen = [];
    function show() {
      order.value = chosen.join(",");
      Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]:not([disabled])"), function (box) {
        var badge = form.querySelector("[data-tick-for='" + box.value + "']");
        var place = chosen.indexOf(box.value);
        if (badge) badge.textContent = place < 0 ? "" : " · chosen number " + (place + 1);
      });
    }
    form.addEventListener("change", function (event) {
      var box = event.target;
      if (!box || box.type !== "checkbox") return;
      var place = chosen.indexOf(box.value);
      if (box.checked && place < 0) chosen.push(box.value);
      if (!box.checked && place >= 0) chosen.splice(place, 1);
      show();
    });
  });

  // Staff pages: the count of open alerts nobody has opened yet leads the tab's title ("(2) Safeguarding alerts –
  // Participation"), kept up to date as the staff bar polls (the bar carries the count). No sound, nothing moves.
  document.body.addEventListener("htmx:afterSettle", function () {
    var count = document.querySelector("#alert-banner .py-unseen-alerts");
    if (!count) return;
    var n = parseInt(count.getAttribute("data-unseen"), 10) || 0;
    // After "Error: " on a page with a problem, as the server puts it (templating.with_count).
    var parts = /^(Error: )?(?:\(\d+\) )?([\s\S]*)$/.exec(document.title);
    document.title = (parts[1] || "") + (n > 0 ? "(" + n + ") " : "") + parts[2];
  });
})();
