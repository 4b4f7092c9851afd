/*
 * The housing search: on a wide screen the filters stay unfolded beside the
 * results (on a phone they fold away once a search is made). Without this
 * script everything still works; it only changes what is open.
 */
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia("(min-width: 64rem)").matches) {
    filters.open = true;
  }
})();
