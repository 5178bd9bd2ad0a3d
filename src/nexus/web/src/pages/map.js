// Map: world boundaries (world-atlas, bundled) drawn with d3-geo into SVG; events sized by casualties.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature, mesh } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { get } from "../api.js";
import { enc, eventLink, h, message, placeName, svg } from "../dom.js";
import { figureText } from "./entity.js";

const WIDTH = 960;
const HEIGHT = 500;

function casualties(event) {
  const killed = event.figures.killed?.max || 0;
  const injured = event.figures.injured?.max || 0;
  return killed + injured;
}

/** The events' bounding box, padded so the region around them shows (at least 10° a side). */
function around(located) {
  const lons = located.map((e) => e.place.lon);
  const lats = located.map((e) => e.place.lat);
  const padLon = Math.max(10, (Math.max(...lons) - Math.min(...lons)) * 0.3);
  const padLat = Math.max(6, (Math.max(...lats) - Math.min(...lats)) * 0.3);
  const [west, east] = [Math.max(-180, Math.min(...lons) - padLon), Math.min(180, Math.max(...lons) + padLon)];
  const [south, north] = [Math.max(-85, Math.min(...lats) - padLat), Math.min(85, Math.max(...lats) + padLat)];
  return { type: "MultiPoint", coordinates: [[west, south], [west, north], [east, south], [east, north]] };
}

export async function renderMap(view, _arg, params, current) {
  const events = await get("events", { limit: 500, type: params.get("type"), since: params.get("since"), until: params.get("until") });
  if (!current()) return;
  const located = events.items.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null);
  view.appendChild(h("h1", {}, "Map of events"));
  view.appendChild(h("p", { className: "lead" }, `${located.length} of ${events.items.length} events have coordinates; circle area grows with the highest reported toll (killed + injured).`));

  const countries = feature(world, world.objects.countries);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  const projection = geoNaturalEarth1();
  if (located.length && params.get("world") !== "1") projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], around(located));
  else projection.fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);

  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", id: "map", role: "img", "aria-label": "Events on a world map" });
  chart.appendChild(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  chart.appendChild(svg("path", { d: path(geoGraticule10()), class: "graticule" }));
  for (const country of countries.features) chart.appendChild(svg("path", { d: path(country), class: "country" }, svg("title", {}, country.properties?.name || "")));
  chart.appendChild(svg("path", { d: path(borders), class: "borders" }));
  const sorted = [...located].sort((a, b) => casualties(b) - casualties(a));
  for (const event of sorted) {
    const [x, y] = projection([event.place.lon, event.place.lat]);
    const r = 4 + Math.sqrt(casualties(event)) * 2;
    const dot = svg(
      "circle",
      { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: `event-dot type-${event.type}${event.contradictory ? " contradictory" : ""}`, "data-event": event.id },
      svg("title", {}, `${event.date || "undated"} ${event.type} · ${placeName(event.place)}${event.figures.killed ? ` · killed ${figureText(event.figures.killed)}` : ""}`),
    );
    dot.addEventListener("click", () => (window.location.hash = `#/event/${enc(event.id)}`));
    chart.appendChild(dot);
  }
  view.appendChild(h("figure", { className: "chart" }, chart));
  view.appendChild(h("p", {}, h("a", { href: params.get("world") === "1" ? "#/map" : "#/map?world=1" }, params.get("world") === "1" ? "Zoom to events" : "Whole world")));
  if (!located.length) view.appendChild(message("No event has coordinates."));
  view.appendChild(
    h("ul", { className: "results" }, sorted.map((e) => h("li", {}, eventLink(e, `${e.date || "undated"} ${e.type}`), ` · ${placeName(e.place)} · casualties ${casualties(e)}`))),
  );
}
