// Home: what the knowledge base holds (documents, outlets, events by type, date span, last
// ingest, entities by type), links to every view, the most documented entities and the
// figures reports contradict.
import "../events.css";
import { get } from "../api.js";
import { docLink, enc, entityLink, h, message } from "../dom.js";
import { eventsHash } from "./events.js";

const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function span(range) {
  if (!range || !range.first) return "—";
  return range.first === range.last ? range.first : `${range.first} – ${range.last}`;
}

function stat(id, label, value, ...extra) {
  return h("div", { className: "stat", id: `stat-${id}` }, h("dt", {}, label), h("dd", {}, h("strong", { className: "value" }, value), ...extra));
}

export async function renderHome(view, _arg, _params, current) {
  const [stats, entities, contradictions, earliest, latest] = await Promise.all([
    get("stats"),
    get("entities", { limit: 30 }),
    get("contradictions", { limit: 5 }),
    get("events", { sort: "date", limit: 1 }),
    get("events", { sort: "-date", limit: 1 }),
  ]);
  // The event span as precisely as its ends are known ("2011", not "2011-01-01").
  const eventDates = {
    first: earliest.items[0]?.date || stats.event_dates.first,
    last: latest.items[0]?.date || stats.event_dates.last,
  };
  if (!current()) return;
  view.appendChild(h("h1", {}, "Nexus"));
  view.appendChild(h("p", { className: "lead" }, "An evidence-backed knowledge graph of security news. Search a name above, or start from a view below."));

  const top = entities.items[0];
  const views = [
    ["events", "#/events", "Events", "every event, filtered and sorted, as CSV"],
    ["network", top ? `#/network/${enc(top.id)}` : "#/search", "Network", top ? `links around ${top.name}` : "links between actors"],
    ["timeline", "#/timeline", "Timeline", "events and new links over time"],
    ["map", "#/map", "Map", "where events happened"],
    ["contradictions", "#/contradictions", "Contradictions", "figures the reports disagree on"],
    ["documents", "#/documents", "Documents", "the reports as ingested"],
    ["search", "#/search", "Search", "names and sentences"],
  ];
  view.appendChild(
    h(
      "nav",
      { className: "views", id: "views", "aria-label": "Views" },
      views.map(([id, href, label, hint]) => h("a", { href, className: "view-link", dataset: { view: id } }, h("strong", {}, label), h("small", {}, hint))),
    ),
  );

  const last = stats.last_ingest;
  view.appendChild(h("h2", {}, "Knowledge base"));
  view.appendChild(
    h(
      "dl",
      { className: "stats", id: "kb-stats" },
      stat("documents", "Documents", String(stats.n_documents), stats.n_duplicates ? h("small", {}, ` (${plural(stats.n_duplicates, "near-duplicate copy", "near-duplicate copies")})`) : ""),
      stat("outlets", "Outlets", String(stats.n_outlets)),
      stat("events", "Events", String(stats.n_events), stats.n_contradictory_events ? h("small", {}, ` (${stats.n_contradictory_events} with contradicting figures)`) : ""),
      stat("entities", "Entities", String(stats.n_entities), h("small", {}, ` · ${plural(stats.n_relations, "stated link")} · ${plural(stats.n_event_links || 0, "link")} from events`)),
      stat("span", "Event dates", span(stats.event_dates.first ? eventDates : stats.event_dates)),
      stat("published", "Published", span(stats.published)),
      stat(
        "last-ingest",
        "Last ingest",
        last ? `batch ${last.batch}` : "never",
        last ? h("small", {}, ` · ${plural(last.n_documents, "document")}, last `, docLink(last.last_document.id, last.last_document.title || last.last_document.outlet || last.last_document.id)) : "",
      ),
    ),
  );

  view.appendChild(h("h3", {}, "Events by type"));
  const types = Object.entries(stats.events_by_type);
  view.appendChild(
    types.length
      ? h("p", { className: "badges", id: "events-by-type" }, types.map(([type, n]) => h("a", { href: eventsHash({ type }), className: `badge event-type type-${type}`, dataset: { type } }, `${type.replace("_", " ")} ${n}`)))
      : message("No events yet."),
  );
  const countries = Object.entries(stats.events_by_country);
  if (countries.length) {
    view.appendChild(h("h3", {}, "Events by country"));
    view.appendChild(h("p", { className: "badges", id: "events-by-country" }, countries.map(([code, n]) => h("a", { href: eventsHash({ country: code }), className: "badge country" }, `${code} ${n}`))));
  }
  view.appendChild(h("h3", {}, "Entities by type"));
  const entityTypes = Object.entries(stats.entities_by_type);
  view.appendChild(
    entityTypes.length
      ? h("p", { className: "badges", id: "entities-by-type" }, entityTypes.map(([type, n]) => h("span", { className: `badge type-${type}`, dataset: { type } }, `${type} ${n}`)))
      : message("No entities yet."),
  );

  view.appendChild(h("h2", {}, "Most documented"));
  if (entities.items.length === 0) view.appendChild(message("Nothing ingested yet: run `nexus ingest`."));
  view.appendChild(
    h(
      "ul",
      { className: "results entities columns" },
      entities.items.map((e) => h("li", {}, h("span", { className: `badge type-${e.type}` }, e.type), " ", entityLink(e), ` · ${plural(e.n_documents, "doc")}`)),
    ),
  );
  if (contradictions.items.length) {
    view.appendChild(h("h2", {}, "Figures the reports disagree on"));
    view.appendChild(
      h(
        "ul",
        {},
        contradictions.items.map((c) =>
          h("li", {}, h("a", { href: `#/event/${enc(c.event_id)}` }, `${c.event_type} ${c.date || ""} ${c.place || ""}`), `: ${c.field} ${c.values.join(" vs ")} `, h("span", { className: c.incompatible ? "kind incompatible" : "kind differs" }, c.incompatible ? "⚠ incompatible" : "differs")),
        ),
      ),
    );
  }
}
