/*
 * The supervisor directory: with JavaScript, the map can be shown
 * (static/js/map.js), so the link that jumps to it is offered. Without
 * JavaScript the list is the page. The link draws the map, then brings it
 * into view once drawn (drawing it moves the page under the visitor).
 */
(function () {
  "use strict";

  function showMapLinks() {
    if (!document.querySelector("[data-map]")) {
      return;
    }
    document.querySelectorAll("[data-map-link]").forEach(function (link) {
      link.hidden = false;
      link.addEventListener("click", function (event) {
        var target = document.querySelector(link.getAttribute("href"));
        var container = target && target.querySelector("[data-map]");
        var show = container && container.querySelector(".map__show");
        if (!container) {
          return;
        }
        event.preventDefault();
        function reveal() {
          target.setAttribute("tabindex", "-1");
          target.scrollIntoView();
          target.focus({ preventScroll: true });
          history.replaceState(null, "", link.getAttribute("href"));
        }
        if (show && !show.hidden) {
          container.addEventListener("map:drawn", reveal, { once: true });
          show.click();
        } else {
          reveal();
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
