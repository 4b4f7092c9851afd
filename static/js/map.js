/*
 * Draws the maps of templates/components/map.html with Leaflet.
 * The page already lists every place; the map is an enhancement, shown only
 * once this script runs. Leaflet itself is fetched from our static files when
 * the visitor asks for the map (or at once with data-autoload), so pages stay
 * light on a phone; so are the markers of a map with data-map-src. Markers are drawn as vectors (no marker images) and labels
 * are set as text, never as HTML.
 */
(function () {
  "use strict";

  function popupFor(marker, texts) {
    var box = document.createElement("div");
    var title = document.createElement(marker.url ? "a" : "strong");
    title.textContent = marker.label;
    if (marker.url) {
      title.href = marker.url;
    }
    box.appendChild(title);
    if (marker.radius_m) {
      var note = document.createElement("p");
      note.textContent = texts.approximate;
      box.appendChild(note);
    }
    return box;
  }

  var leaflet = null;

  function loadLeaflet(container) {
    if (!leaflet) {
      leaflet = new Promise(function (resolve, reject) {
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = container.dataset.leafletCss;
        document.head.appendChild(style);
        var script = document.createElement("script");
        script.src = container.dataset.leafletJs;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return leaflet;
  }

  // The markers: in the page, or fetched from data-map-src for a map of hundreds.
  function mapData(container) {
    if (container.dataset.mapSrc) {
      return fetch(container.dataset.mapSrc, { credentials: "omit" }).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
    }
    var source = document.getElementById(container.dataset.map);
    return Promise.resolve(source ? JSON.parse(source.textContent) : null);
  }

  function show(container) {
    var button = container.querySelector(".map__show");
    Promise.all([loadLeaflet(container), mapData(container)]).then(function (loaded) {
      if (button) {
        button.hidden = true;
      }
      draw(container, loaded[1]);
    });
  }

  function draw(container, data) {
    if (!data || !window.L) {
      return;
    }
    var texts = {
      zoomIn: container.dataset.zoomIn,
      zoomOut: container.dataset.zoomOut,
      approximate: container.dataset.approximate,
    };
    var canvas = container.querySelector(".map__canvas");
    canvas.hidden = false;
    var map = L.map(canvas, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
    L.tileLayer(data.tiles.url, {
      maxZoom: data.tiles.max_zoom,
      attribution: data.tiles.attribution,
      // The site sends no referrer; OpenStreetMap's tile policy asks for one.
      referrerPolicy: "strict-origin-when-cross-origin",
    }).addTo(map);

    var points = [];
    data.markers.forEach(function (marker) {
      var position = [marker.latitude, marker.longitude];
      var options = { className: "map__marker map__marker--" + (marker.kind || "default") };
      var layer = marker.radius_m
        ? L.circle(position, Object.assign({ radius: marker.radius_m }, options))
        : L.circleMarker(position, Object.assign({ radius: 8 }, options));
      layer.bindPopup(popupFor(marker, texts)).addTo(map);
      points.push(position);
    });
    if (points.length) {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
    } else {
      map.setView([46.6, 2.4], 5);
    }
    container.dispatchEvent(new CustomEvent("map:drawn"));
  }

  function offer(container) {
    container.hidden = false;
    if ("autoload" in container.dataset) {
      show(container);
      return;
    }
    container.querySelector(".map__show").addEventListener("click", function () {
      show(container);
    });
  }

  function offerAll() {
    document.querySelectorAll("[data-map]").forEach(offer);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", offerAll);
  } else {
    offerAll();
  }
})();
