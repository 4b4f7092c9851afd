/*
 * The supervisor directory. The filters are folded so that a phone shows the
 * list first; on a wide screen, where they sit beside the list, they are
 * unfolded. Once the map can be drawn (static/js/map.js), the link that jumps
 * to it is offered. Without JavaScript the list is the page.
 */
(function () {
  "use strict";

  function unfoldFiltersOnWideScreens() {
    if (window.matchMedia("(min-width: 64rem)").matches) {
      document.querySelectorAll("[data-filters]").forEach(function (details) {
        details.open = true;
      });
    }
  }

  function showMapLinks() {
    if (!window.L) {
      return;
    }
    document.querySelectorAll("[data-map-link]").forEach(function (link) {
      link.hidden = false;
    });
  }

  function enhance() {
    unfoldFiltersOnWideScreens();
    showMapLinks();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
