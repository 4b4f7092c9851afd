/*
 * Draws the maps of templates/components/map.html with Leaflet.
 * The page already lists every place; the map is an enhancement, shown only
 * once this script runs. Leaflet itself is fetched from our static files when
 * the visitor asks for the map (or at once with data-autoload), so pages stay
 * light on a phone; so are the markers of a map with data-map-src. Markers are drawn as vectors (no marker images) and labels
 * are set as text, never as HTML.
 * A map with data-outlines also draws the communes' outlines (static GeoJSON,
 * territory/boundaries.py), hatched, dotted or plain by their zone for the
 * profession chosen in its menu; data-highlight outlines one commune.
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

  // The GeoJSON of each département the map names, merged; none without data-outlines.
  function outlines(container) {
    var urls = (container.dataset.outlines || "").split(" ").filter(Boolean);
    return Promise.all(
      urls.map(function (url) {
        return fetch(url).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        });
      })
    ).then(function (collections) {
      return collections.reduce(function (features, collection) {
        return features.concat(collection.features);
      }, []);
    });
  }

  function show(container) {
    var button = container.querySelector(".map__show");
    Promise.all([loadLeaflet(container), mapData(container), outlines(container)]).then(
      function (loaded) {
        if (button) {
          button.hidden = true;
        }
        draw(container, loaded[1], loaded[2]);
      }
    );
  }

  function zoneOf(feature, profession) {
    return (feature.properties.zones || {})[profession] || "none";
  }

  function outlinePopup(feature, zone, container) {
    var box = document.createElement("div");
    var name = document.createElement("a");
    name.textContent = feature.properties.name;
    name.href = container.dataset.communeUrl + feature.properties.slug + "/";
    box.appendChild(name);
    var label = document.createElement("p");
    label.textContent = container.dataset["zone" + zone.charAt(0).toUpperCase() + zone.slice(1)];
    box.appendChild(label);
    return box;
  }

  // The outlines coloured for the profession chosen; drawn again when it changes.
  function drawOutlines(map, container, features) {
    var select = container.querySelector(".map__profession");
    var highlight = container.dataset.highlight;
    var layer = null;
    var current = null;
    function render() {
      var profession = select ? select.value : container.dataset.profession;
      if (layer) {
        map.removeLayer(layer);
      }
      current = null;
      layer = L.geoJSON(features, {
        style: function (feature) {
          var zone = zoneOf(feature, profession);
          var className = "map__area map__area--" + zone;
          if (feature.properties.code === highlight) {
            className += " map__area--current";
          }
          return { className: className, weight: 1 };
        },
        onEachFeature: function (feature, path) {
          path.bindPopup(outlinePopup(feature, zoneOf(feature, profession), container));
          if (feature.properties.code === highlight) {
            current = path;
          }
        },
      }).addTo(map);
      if (current) {
        current.bringToFront();
      }
    }
    render();
    if (select) {
      select.addEventListener("change", render);
    }
    return current ? current.getBounds() : layer.getBounds();
  }

  function draw(container, data, features) {
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
    // Quarter zoom steps: a département's outlines then fill the map.
    var map = L.map(canvas, { scrollWheelZoom: false, zoomControl: false, zoomSnap: 0.25 });
    L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
    L.tileLayer(data.tiles.url, {
      maxZoom: data.tiles.max_zoom,
      attribution: data.tiles.attribution,
      // The site sends no referrer; OpenStreetMap's tile policy asks for one.
      referrerPolicy: "strict-origin-when-cross-origin",
    }).addTo(map);

    var outlined = features && features.length ? drawOutlines(map, container, features) : null;
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
    if (outlined && outlined.isValid()) {
      // The département, or the commune with the places listed beside the map.
      var bounds = L.latLngBounds(outlined.getSouthWest(), outlined.getNorthEast());
      if (container.dataset.highlight) {
        // The commune among its neighbours, with the places listed beside the map.
        bounds = bounds.pad(0.6);
        points.forEach(function (point) {
          bounds.extend(point);
        });
      }
      map.fitBounds(bounds, { padding: [16, 16], maxZoom: 13 });
    } else if (points.length) {
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
