/*
 * The aid guide's enhancements; every page works without them.
 * - "Print this answer" on the finder.
 * Facets are not applied on change: ticking a box reloaded the page, closed
 * the filter panel on a phone and lost the focus (WCAG 3.2.2). Visitors tick
 * what they want, then press "Apply the filters".
 */
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (link) {
    link.hidden = false;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.print();
    });
  });
})();
