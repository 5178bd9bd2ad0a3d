// Events: every event with date, type, place, actors, figures (qualified, ⚠ when reports
// contradict) and independent sources; filters and sort live in the address (#/events?type=attack
// &sort=-killed), so a view can be bookmarked; "Export CSV" saves every event of the current view.
import "../events.css";
import { get } from "../api.js";
import { enc, entityLink, h, message, placeName } from "../dom.js";
import { download, toCsv } from "../csv.js";
import { FIGURE_FIELDS, figureCell, figureSummaryText } from "../figures.js";

export const EVENT_TYPES = ["attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement"];
// The means of violent events, in the lexicon's order (ontology/methods.yaml; a test keeps them equal).
export const METHODS = ["kidnapping", "explosives", "vehicle", "drone", "missile", "artillery", "airstrike", "incendiary", "melee", "firearms"];
const FILTERS = ["type", "method", "country", "place", "since", "until", "actor", "min_sources"];
const PAGE_SIZE = 100;
const EXPORT_PAGE = 500;
const EXPORT_MAX = 20000;

// Sortable columns: the API's sort key and the direction a first click gives.
const COLUMNS = [
  { label: "Date", sort: "date", first: "date" },
  { label: "Type", sort: "type", first: "type" },
  { label: "Place", sort: "place", first: "place" },
  { label: "Means" },
  { label: "Actors" },
  { label: "Killed", sort: "killed", first: "-killed" },
  { label: "Injured" },
  { label: "Sources", sort: "sources", first: "-sources" },
];

/** The address of a view: filters, sort and offset (defaults left out). */
export function eventsHash(filters, sort = "date", offset = 0) {
  const query = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) query.set(key, filters[key]);
  if (sort && sort !== "date") query.set("sort", sort);
  if (offset > 0) query.set("offset", String(offset));
  const qs = query.toString();
  return `#/events${qs ? `?${qs}` : ""}`;
}

export async function renderEvents(view, _arg, params, current) {
  const filters = Object.fromEntries(FILTERS.map((key) => [key, (params.get(key) || "").trim()]));
  const sort = params.get("sort") || "date";
  const offset = Math.max(0, Math.floor(Number(params.get("offset")) || 0));
  const apiParams = { ...filters, sort };
  const [stats, result] = await Promise.all([
    get("stats").catch(() => null),
    get("events", { ...apiParams, limit: PAGE_SIZE, offset }).then(
      (page) => ({ page }),
      (error) => {
        if (error.status === 404 || error.status === 422) return { problem: error };
        throw error;
      },
    ),
  ]);
  if (!current()) return;
  view.appendChild(h("h1", {}, "Events"));
  view.appendChild(filterForm(filters, sort, stats));
  if (result.problem) {
    const text = result.problem.status === 404 ? `Not found: ${result.problem.message}` : "A filter value is not valid (dates are YYYY, YYYY-MM or YYYY-MM-DD; means are one of the listed ones).";
    view.appendChild(message(text, "error"));
    return;
  }
  const { page } = result;
  const exportButton = h("button", { type: "button", id: "export-csv", className: "button" }, "Export CSV");
  exportButton.addEventListener("click", () => exportView(exportButton, apiParams));
  view.appendChild(
    h(
      "p",
      { className: "events-summary" },
      h("span", { id: "events-total", dataset: { total: String(page.total) } }, `${page.total} event${page.total === 1 ? "" : "s"}`),
      page.items.length ? ` · showing ${offset + 1}–${offset + page.items.length}` : "",
      " · ",
      h("a", { href: eventsHash(filters).replace("#/events", "#/map"), id: "events-on-map" }, "on the map"),
      " ",
      page.total ? exportButton : "",
    ),
  );
  if (page.items.length === 0) {
    view.appendChild(message("No event matches these filters."));
  } else {
    view.appendChild(eventsTable(page.items, filters, sort));
  }
  const pager = h("nav", { className: "pager" });
  if (offset > 0) pager.appendChild(h("a", { href: eventsHash(filters, sort, Math.max(0, offset - PAGE_SIZE)), rel: "prev" }, "← Previous"));
  if (page.has_more) pager.appendChild(h("a", { href: eventsHash(filters, sort, offset + PAGE_SIZE), rel: "next" }, "Next →"));
  if (pager.childNodes.length) view.appendChild(pager);
}

function filterForm(filters, sort, stats) {
  const countries = Object.entries(stats?.events_by_country || {});
  if (filters.country && !countries.some(([code]) => code === filters.country.toUpperCase())) countries.push([filters.country.toUpperCase(), null]);
  const types = EVENT_TYPES.map((t) => [t, stats?.events_by_type?.[t]]);
  const option = (value, label, selected) => h("option", { value, selected: selected ? "selected" : null }, label);
  const field = (label, control) => h("label", { className: "filter" }, h("span", {}, label), control);
  const form = h(
    "form",
    { id: "event-filters", className: "filters", role: "search" },
    field(
      "Type",
      h("select", { name: "type" }, option("", "any"), types.map(([t, n]) => option(t, n ? `${t.replace("_", " ")} (${n})` : t.replace("_", " "), filters.type === t))),
    ),
    field(
      "Means",
      h("select", { name: "method" }, option("", "any"), METHODS.map((m) => option(m, m, filters.method.toLowerCase() === m))),
    ),
    field(
      "Country",
      h("select", { name: "country" }, option("", "any"), countries.map(([code, n]) => option(code, n ? `${code} (${n})` : code, filters.country.toUpperCase() === code))),
    ),
    field("Place", h("input", { name: "place", value: filters.place, placeholder: "town or region", size: 12 })),
    field("From", h("input", { name: "since", value: filters.since, placeholder: "YYYY-MM-DD", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" })),
    field("To", h("input", { name: "until", value: filters.until, placeholder: "YYYY-MM-DD", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" })),
    field("Actor", h("input", { name: "actor", value: filters.actor, placeholder: "name", size: 14 })),
    field("Min. sources", h("input", { name: "min_sources", type: "number", min: 1, max: 1000, value: filters.min_sources || "" })),
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: "#/events", className: "clear" }, "Clear"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const chosen = Object.fromEntries(FILTERS.map((key) => [key, String(data.get(key) || "").trim()]));
    if (chosen.min_sources === "1") chosen.min_sources = "";
    window.location.hash = eventsHash(chosen, sort, 0);
  });
  return form;
}

function sortHeader(column, filters, sort) {
  if (!column.sort) return h("th", { scope: "col" }, column.label);
  const active = sort.replace(/^-/, "") === column.sort;
  const descending = sort.startsWith("-");
  const next = active ? (descending ? column.sort : `-${column.sort}`) : column.first;
  return h(
    "th",
    { scope: "col", className: active ? "sorted" : "", "aria-sort": active ? (descending ? "descending" : "ascending") : "none" },
    h("a", { href: eventsHash(filters, next, 0), className: "sort", dataset: { sort: column.sort } }, column.label, active ? (descending ? " ▼" : " ▲") : ""),
  );
}

/** The means most reports give, then the others some report gives: "explosives (+firearms)". */
export function meansText(ev) {
  if (!ev.method) return "";
  const others = (ev.methods || []).filter((m) => m !== ev.method);
  return others.length ? `${ev.method} (+${others.join(", ")})` : ev.method;
}

function meansCell(ev) {
  if (!ev.method) return "—";
  const others = (ev.methods || []).filter((m) => m !== ev.method);
  return [ev.method, others.length ? h("small", { title: "other means some reports give" }, ` (+${others.join(", ")})`) : ""];
}

function actorList(actors) {
  return actors.length ? actors.map((a, i) => [i ? ", " : "", entityLink(a)]) : "—";
}

function eventsTable(items, filters, sort) {
  return h(
    "table",
    { className: "events event-list stack" },
    h("thead", {}, h("tr", {}, COLUMNS.map((c) => sortHeader(c, filters, sort)))),
    h(
      "tbody",
      {},
      items.map((ev) =>
        h(
          "tr",
          { className: ev.contradictory ? "contradictory" : "", dataset: { event: ev.id } },
          h("td", { className: "date", "data-label": "Date" }, h("a", { href: `#/event/${enc(ev.id)}` }, ev.date || "undated")),
          h("td", { className: "type", "data-label": "Type" }, h("a", { href: `#/event/${enc(ev.id)}` }, ev.type.replace("_", " "))),
          h("td", { className: "place", "data-label": "Place" }, placeName(ev.place) || "—"),
          h("td", { className: "means", "data-label": "Means", dataset: { method: ev.method || "" } }, meansCell(ev)),
          h("td", { className: "actors", "data-label": "Actors" }, actorList(ev.actors)),
          h("td", { className: `figure killed${ev.figures.killed?.contradiction ? " contradiction" : ""}`, "data-label": "Killed" }, figureCell(h, ev.figures.killed)),
          h("td", { className: `figure injured${ev.figures.injured?.contradiction ? " contradiction" : ""}`, "data-label": "Injured" }, figureCell(h, ev.figures.injured)),
          h("td", { className: "sources", "data-label": "Sources" }, String(ev.n_sources), ev.n_reports > ev.n_sources ? h("small", {}, ` (${ev.n_reports} reports)`) : ""),
        ),
      ),
    ),
  );
}

/** The CSV rows of events: a header, then one line per event. */
export function eventsCsvRows(items) {
  const header = ["id", "date", "type", "means", "all_means", "place", "country", "actors", "targets", ...FIGURE_FIELDS, "contradicting", "sources", "reports"];
  return [
    header,
    ...items.map((ev) => [
      ev.id,
      ev.date || "",
      ev.type,
      ev.method || "",
      (ev.methods || []).join("; "),
      placeName(ev.place),
      ev.place?.country || "",
      ev.actors.map((a) => a.name).join("; "),
      ev.targets.map((a) => a.name).join("; "),
      ...FIGURE_FIELDS.map((f) => figureSummaryText(ev.figures[f])),
      FIGURE_FIELDS.filter((f) => ev.figures[f]?.contradiction).join("; "),
      ev.n_sources,
      ev.n_reports,
    ]),
  ];
}

async function exportView(button, apiParams) {
  button.disabled = true;
  button.dataset.state = "loading";
  try {
    const items = [];
    for (let offset = 0; offset < EXPORT_MAX; offset += EXPORT_PAGE) {
      const page = await get("events", { ...apiParams, limit: EXPORT_PAGE, offset });
      items.push(...page.items);
      if (!page.has_more) break;
    }
    download("nexus-events.csv", toCsv(eventsCsvRows(items)));
    button.dataset.state = "done";
    button.dataset.rows = String(items.length);
  } catch (error) {
    button.dataset.state = "error";
    button.after(message(`Export failed: ${error.message}`, "error"));
  } finally {
    button.disabled = false;
  }
}
