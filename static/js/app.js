// Progressive enhancement for every page: nothing here is needed for a page to work.
(function () {
  "use strict";
  document.body.classList.add("js-enabled", "govuk-frontend-supported");

  // After htmx swaps in the next question, move focus to it so screen readers read it out,
  // and start any GOV.UK component (the character count) inside it.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var card = document.getElementById("card");
    if (card && event.detail.target && event.detail.target.id === "card") {
      var heading = card.querySelector("[data-focus]") || card.querySelector("h1");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: false });
      }
      window.scrollTo(0, 0);
    }
    if (window.GOVUKFrontend && document.getElementById("card")) {
      window.GOVUKFrontend.initAll({ scope: document.getElementById("card") });
    }
  });

  // A dropped connection keeps the young person's words on screen and says what to do.
  function showOffline(event) {
    var form = event.detail && event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("form") : null;
    var box = form ? form.querySelector(".py-offline") : null;
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
})();
