/*
 * Draws the maps of templates/components/map.html with Leaflet.
 * The page already lists every place; the map is an enhancement, shown only
 * once this script runs. Markers are drawn as vectors (no marker images) and
 * labels are set as text, never as HTML.
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

  function draw(container) {
    var source = document.getElementById(container.dataset.map);
    if (!source || !window.L) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var texts = {
      zoomIn: container.dataset.zoomIn,
      zoomOut: container.dataset.zoomOut,
      approximate: container.dataset.approximate,
    };
    container.hidden = false;
    var canvas = container.querySelector(".map__canvas");
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
  }

  function drawAll() {
    document.querySelectorAll("[data-map]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
