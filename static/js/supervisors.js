/*
 * The supervisor directory: with JavaScript, the map can be shown
 * (static/js/map.js), so the link that jumps to it is offered. Without
 * JavaScript the list is the page.
 */
(function () {
  "use strict";

  function showMapLinks() {
    if (!document.querySelector("[data-map]")) {
      return;
    }
    document.querySelectorAll("[data-map-link]").forEach(function (link) {
      link.hidden = false;
      link.addEventListener("click", function () {
        var show = document.querySelector(".map__show");
        if (show && !show.hidden) {
          show.click();
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showMapLinks);
  } else {
    showMapLinks();
  }
})();
