// Map: world boundaries (world-atlas, bundled) drawn with d3-geo into SVG. Events are coloured by
// type and sized by the highest reported death toll, with a legend; pan (drag) and zoom (wheel or
// buttons); click an event for its page. The filters are the events page's URL query parameters
// (type, country, place, since, until, actor, min_sources), so one view moves to the other unchanged.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { get } from "../api.js";
import { enc, eventLink, h, message, placeName, svg } from "../dom.js";
import { EVENT_COLOURS, eventColour, legend, panZoom, zoomButtons } from "../viz.js";
import { figureText } from "./entity.js";

const WIDTH = 960;
const HEIGHT = 500;
const PAGE = 500;
const MAX_EVENTS = 5000;

/** The filter names the events page and the map share in the URL query. */
export const EVENT_FILTERS = ["type", "country", "place", "since", "until", "actor", "min_sources"];

/** The filters from the hash's query (date_from/date_to are read as since/until). */
export function eventFiltersFrom(params) {
  const f = {};
  for (const key of EVENT_FILTERS) f[key] = (params.get(key) || "").trim();
  f.since ||= (params.get("date_from") || "").trim();
  f.until ||= (params.get("date_to") || "").trim();
  return f;
}

/** The query string for these filters (empty values left out). */
export function eventFilterQuery(filters) {
  const query = new URLSearchParams();
  for (const key of EVENT_FILTERS) if (filters[key]) query.set(key, filters[key]);
  return query.toString();
}

/** Does this event pass the filters? (Also applied here in case the server ignores one.) */
export function eventPasses(event, f) {
  if (f.type && event.type !== f.type) return false;
  if (f.country && (event.place?.country || "").toUpperCase() !== f.country.toUpperCase()) return false;
  // "2024" or "2024-05" as a bound covers the whole year or month
  if (f.since && !(event.date && event.date.slice(0, f.since.length) >= f.since)) return false;
  if (f.until && !(event.date && event.date.slice(0, f.until.length) <= f.until)) return false;
  if (f.place) {
    const want = f.place.toLowerCase();
    const p = event.place || {};
    if (![p.name, p.admin1, p.country].some((v) => v && v.toLowerCase().includes(want))) return false;
  }
  if (f.min_sources && (event.n_sources || 0) < Number(f.min_sources)) return false;
  if (f.actor) {
    const want = f.actor.toLowerCase();
    if (!(event.actors || []).some((a) => a.id.toLowerCase() === want || a.name.toLowerCase().includes(want))) return false;
  }
  return true;
}

async function fetchEvents(f) {
  const query = { ...f, limit: PAGE };
  const items = [];
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await get("events", { ...query, offset });
    items.push(...page.items);
    if (!page.has_more) return { items, more: false };
  }
  return { items, more: true };
}

function killed(event) {
  return event.figures?.killed?.max || 0;
}

/** Circle radius (map units at zoom 1) for a death toll: area grows with the toll. */
export function radiusFor(toll) {
  return 3.5 + Math.sqrt(toll) * 1.6;
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

function filterForm(filters, params) {
  const form = h(
    "form",
    { className: "filters", id: "map-filters" },
    h(
      "label",
      {},
      "Type ",
      h("select", { name: "type" }, h("option", { value: "" }, "any"), Object.keys(EVENT_COLOURS).map((t) => h("option", { value: t, selected: filters.type === t }, t))),
    ),
    h("label", {}, "Country ", h("input", { name: "country", type: "text", size: 4, placeholder: "PK", value: filters.country })),
    h("label", {}, "Place ", h("input", { name: "place", type: "text", size: 12, value: filters.place })),
    h("label", {}, "From ", h("input", { name: "since", type: "text", size: 10, placeholder: "YYYY[-MM[-DD]]", value: filters.since })),
    h("label", {}, "To ", h("input", { name: "until", type: "text", size: 10, placeholder: "YYYY[-MM[-DD]]", value: filters.until })),
    h("label", {}, "Actor ", h("input", { name: "actor", type: "text", size: 14, value: filters.actor })),
    h("label", {}, "Min. sources ", h("input", { name: "min_sources", type: "number", min: 1, max: 100, value: filters.min_sources || "1" })),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const key of EVENT_FILTERS) next[key] = String(data.get(key) || "").trim();
    if (next.min_sources === "1") next.min_sources = "";
    const query = new URLSearchParams(eventFilterQuery(next));
    if (params.get("world") === "1") query.set("world", "1");
    window.location.hash = `#/map${query.toString() ? `?${query}` : ""}`;
  });
  return form;
}

export async function renderMap(view, _arg, params, current) {
  const filters = eventFiltersFrom(params);
  const fetched = await fetchEvents(filters);
  if (!current()) return;
  const events = fetched.items.filter((e) => eventPasses(e, filters));
  const located = events.filter((e) => e.place && e.place.lat !== null && e.place.lat !== undefined && e.place.lon !== null && e.place.lon !== undefined);
  const shared = eventFilterQuery(filters);
  view.appendChild(h("h1", {}, "Map of events"));
  view.appendChild(filterForm(filters, params));
  view.appendChild(
    h(
      "p",
      { className: "lead", id: "map-status" },
      `${located.length} of ${events.length} events have coordinates${fetched.more ? ` (first ${MAX_EVENTS} only)` : ""}. `,
      h("a", { href: `#/events${shared ? `?${shared}` : ""}`, id: "map-to-events" }, "These events as a list"),
      " · ",
      h("a", { href: `#/map${shared ? `?${shared}&` : "?"}world=${params.get("world") === "1" ? "0" : "1"}`, id: "map-extent" }, params.get("world") === "1" ? "Zoom to events" : "Whole world"),
    ),
  );

  const countries = feature(world, world.objects.countries);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  const projection = geoNaturalEarth1();
  if (located.length && params.get("world") !== "1") projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], around(located));
  else projection.fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);

  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", id: "map", role: "img", "aria-label": "Events on a world map" });
  chart.appendChild(svg("defs", {}, svg("clipPath", { id: "map-clip" }, svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT }))));
  const clipped = svg("g", { "clip-path": "url(#map-clip)" });
  const content = svg("g", { class: "map-content" });
  clipped.appendChild(content);
  chart.appendChild(clipped);
  content.appendChild(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  content.appendChild(svg("path", { d: path(geoGraticule10()), class: "graticule" }));
  for (const country of countries.features) content.appendChild(svg("path", { d: path(country), class: "country" }, svg("title", {}, country.properties?.name || "")));
  content.appendChild(svg("path", { d: path(borders), class: "borders" }));
  const sorted = [...located].sort((a, b) => killed(b) - killed(a));
  const dots = [];
  for (const event of sorted) {
    const [x, y] = projection([event.place.lon, event.place.lat]);
    const r = radiusFor(killed(event));
    const dot = svg(
      "circle",
      {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: r.toFixed(2),
        style: `fill: ${eventColour(event.type)}`,
        class: `event-dot type-${event.type}${event.contradictory ? " contradictory" : ""}`,
        "data-event": event.id,
        "data-killed": killed(event),
        "data-r": r.toFixed(2),
        tabindex: 0,
      },
      svg("title", {}, `${event.date || "undated"} ${event.type} · ${placeName(event.place)}${event.place.derivation ? ` (point ${event.place.derivation})` : ""}${event.figures?.killed ? ` · killed ${figureText(event.figures.killed)}` : ""}`),
    );
    const open = () => (window.location.hash = `#/event/${enc(event.id)}`);
    dot.addEventListener("click", open);
    dot.addEventListener("keydown", (e) => e.key === "Enter" && open());
    content.appendChild(dot);
    dots.push(dot);
  }
  // Dots keep their screen size as the map zooms (a zoomed-in map spreads them apart).
  const controller = panZoom(chart, content, {
    width: WIDTH,
    height: HEIGHT,
    maxScale: 60,
    onChange: ({ k }) => {
      for (const dot of dots) dot.setAttribute("r", (Number(dot.dataset.r) / Math.sqrt(k)).toFixed(2));
    },
  });

  const types = [...new Set(located.map((e) => e.type))].sort();
  const maxKilled = Math.max(0, ...located.map(killed));
  const sizes = [1, 10, 100, 1000].filter((n, i) => i === 0 || n <= Math.max(10, maxKilled));
  view.appendChild(
    h(
      "figure",
      { className: "chart map-figure" },
      zoomButtons(controller, "map"),
      chart,
      h(
        "figcaption",
        { className: "map-legends", id: "map-legend" },
        legend(
          "Event type",
          types.map((t) => ({ key: t, label: t, colour: eventColour(t) })),
          { id: "map-legend-types" },
        ),
        legend(
          "Killed (highest report)",
          sizes.map((n) => ({ key: String(n), label: n === 1 ? "≤1" : String(n), radius: radiusFor(n), colour: "none" })),
          { id: "map-legend-sizes" },
        ),
        h("span", { className: "hint" }, "Drag to pan, wheel or +/− to zoom, click an event to open it."),
      ),
    ),
  );
  if (!located.length) view.appendChild(message("No event with coordinates passes these filters."));
  view.appendChild(
    h(
      "ul",
      { className: "results" },
      sorted.map((e) => h("li", {}, eventLink(e, `${e.date || "undated"} ${e.type}`), ` · ${placeName(e.place)}${e.figures?.killed ? ` · killed ${figureText(e.figures.killed)}` : ""}`)),
    ),
  );
}
