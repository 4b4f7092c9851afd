/*
 * The supervisor directory: once the map can be drawn (static/js/map.js), the
 * link that jumps to it is offered. Without JavaScript the list is the page.
 */
(function () {
  "use strict";

  function showMapLinks() {
    if (!window.L) {
      return;
    }
    document.querySelectorAll("[data-map-link]").forEach(function (link) {
      link.hidden = false;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showMapLinks);
  } else {
    showMapLinks();
  }
})();
