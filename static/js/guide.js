/*
 * The aid guide's enhancements; every page works without them.
 * - Facets: ticking a box applies the filters at once (the "Apply" button
 *   stays for those without JavaScript).
 * - "Print this answer" on the finder.
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-aid-filters]");
  if (form) {
    form.addEventListener("change", function (event) {
      if (event.target.matches("input[type=checkbox]")) {
        form.requestSubmit();
      }
    });
    var apply = form.querySelector("[data-apply-filters]");
    if (apply) {
      apply.hidden = true;
    }
  }

  document.querySelectorAll("[data-print]").forEach(function (link) {
    link.hidden = false;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.print();
    });
  });
})();
