/*
 * Filter panels (<details data-filters>) are folded in the page, so that a
 * phone shows the results first; on a wide screen, where they sit beside the
 * results, this unfolds them. Without JavaScript they are one tap away.
 */
(function () {
  "use strict";
  if (window.matchMedia("(min-width: 64rem)").matches) {
    document.querySelectorAll("details[data-filters]").forEach(function (details) {
      details.open = true;
    });
  }
})();
