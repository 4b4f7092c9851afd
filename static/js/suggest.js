/*
 * Commune and place fields (<input data-suggestions="…json">): the first time
 * one is used, fetch its list of names once and offer them as the visitor
 * types, through a native <datalist>. Without JavaScript, or if the list
 * cannot be fetched, the field takes a name or a postcode all the same: the
 * server understands it (territory/lookup.py).
 */
(function () {
  "use strict";

  var lists = {};

  function datalistFor(url) {
    if (!lists[url]) {
      var datalist = document.createElement("datalist");
      datalist.id = "suggestions-" + Object.keys(lists).length;
      document.body.appendChild(datalist);
      lists[url] = { element: datalist, loading: null };
    }
    return lists[url];
  }

  function load(list, url) {
    if (!list.loading) {
      list.loading = fetch(url, { credentials: "omit" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(function (names) {
          var fragment = document.createDocumentFragment();
          names.forEach(function (name) {
            var option = document.createElement("option");
            option.value = name;
            fragment.appendChild(option);
          });
          list.element.appendChild(fragment);
        })
        .catch(function () {
          // Typing still works; the next use tries again.
          list.loading = null;
        });
    }
  }

  function prepare(input) {
    var url = input.getAttribute("data-suggestions");
    var list = datalistFor(url);
    input.setAttribute("list", list.element.id);
    ["focus", "input"].forEach(function (event) {
      input.addEventListener(event, function () { load(list, url); });
    });
  }

  function start() {
    document.querySelectorAll("input[data-suggestions]").forEach(prepare);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
