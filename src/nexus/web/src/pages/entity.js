// Entity: aliases, roles, linked actors by relation type (with evidence counts), events, first/last seen.
import { get } from "../api.js";
import "../events.css";
import { atPrecision, count, enc, entityLink, eventLink, evidenceItem, h, message, placeName } from "../dom.js";
import { anyFigure } from "../figures.js";
import { entityCorrections, showEntity, wrongButton } from "./corrections.js";

/** "2016 – 2021-07-02": a link's first and last seen, each at the precision it is known at. */
function seenSpan(link) {
  const first = atPrecision(link.first_seen, link.first_seen_precision);
  const last = atPrecision(link.last_seen, link.last_seen_precision);
  return last && last !== first ? `${first} – ${last}` : first;
}

export async function renderEntity(view, name, _params, current) {
  const page = await get(`entities/${enc(name)}`);
  if (!current()) return;
  const e = page.entity;
  view.appendChild(
    h(
      "header",
      { className: "entity-head" },
      h("h1", {}, e.name),
      h("span", { className: `badge type-${e.type}` }, e.subtype ? `${e.type} · ${e.subtype}` : e.type),
      e.country ? h("span", { className: "badge" }, e.country) : "",
      h(
        "nav",
        { className: "actions" },
        h("a", { href: `#/network/${enc(e.id)}`, className: "button", id: "open-network" }, "Network"),
        h("a", { href: `#/timeline/${enc(e.id)}`, className: "button" }, "Timeline"),
      ),
    ),
  );
  view.appendChild(
    h(
      "dl",
      { className: "facts" },
      h("dt", {}, "Also written"),
      h("dd", {}, e.aliases.filter((a) => a !== e.name).join(" · ") || "—"),
      h("dt", {}, "Roles"),
      h("dd", {}, page.roles.join(", ") || "—"),
      h("dt", {}, "First seen"),
      h("dd", {}, page.first_seen || "—"),
      h("dt", {}, "Last seen"),
      h("dd", {}, page.last_seen || "—"),
      h("dt", {}, "Mentions"),
      h("dd", {}, `${e.n_mentions} in ${e.n_documents} documents`),
      e.place ? [h("dt", {}, "Place"), h("dd", {}, placeName(e.place))] : "",
    ),
  );
  view.appendChild(entityCorrections(e, (next) => showEntity(next.id)));

  const isPlace = e.type === "PLACE";
  if (isPlace) renderPlaceSections(view, page);

  view.appendChild(h("h2", {}, "Linked actors"));
  const types = Object.keys(page.linked).sort();
  if (types.length === 0) view.appendChild(message("No links recorded."));
  const byId = Object.fromEntries(e.relations.map((r) => [r.id, r]));
  for (const type of types) {
    view.appendChild(h("h3", { className: `relation-type rel-${type}` }, type));
    view.appendChild(
      h(
        "ul",
        { className: "links" },
        page.linked[type].map((link) => {
          const relation = byId[link.relation_id];
          return h(
            "li",
            { className: "link" },
            h("details", {},
              h(
                "summary",
                {},
                link.direction === "out" ? "→ " : "← ",
                entityLink(link.entity),
                link.roles.length ? ` (${link.roles.join(", ")})` : "",
                h(
                  "span",
                  { className: "counts" },
                  ` ${link.n_sources} source${link.n_sources === 1 ? "" : "s"}, ${link.n_statements} statement${link.n_statements === 1 ? "" : "s"}`,
                  link.hedged_share > 0 ? `, ${Math.round(link.hedged_share * 100)}% hedged` : "",
                  link.first_seen ? `, ${seenSpan(link)}` : "",
                ),
              ),
              h("ul", { className: "evidence-list" }, (relation?.evidence || []).map(evidenceItem)),
              wrongButton("relation", link.relation_id, "link"),
            ),
          );
        }),
      ),
    );
  }

  if (isPlace && e.events.length === 0 && placeList(page, "events", "place_events")) return;
  view.appendChild(h("h2", {}, "Events"));
  if (e.events.length === 0) view.appendChild(message("No events recorded."));
  view.appendChild(
    h(
      "table",
      { className: "events" },
      h("thead", {}, h("tr", {}, ["Date", "Type", "Place", "Actors", "Killed", "Reports"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        e.events.map((ev) =>
          h(
            "tr",
            { className: ev.contradictory ? "contradictory" : "" },
            h("td", {}, ev.date || "undated"),
            h("td", {}, eventLink(ev, ev.type)),
            h("td", {}, placeName(ev.place)),
            h("td", {}, ev.actors.map((a, i) => [i ? ", " : "", entityLink(a)])),
            h("td", {}, figureText(ev.figures.killed)),
            h("td", {}, String(ev.n_reports)),
          ),
        ),
      ),
    ),
  );
}

export function figureText(summary) {
  if (!summary) return "";
  if (summary.min === summary.max) return count(summary.latest);
  return `${summary.min}–${summary.max}${summary.contradiction ? " ⚠" : ""}`;
}

// -- place pages: the events that happened there and the actors active there ------------------
// The entity response carries them for places as `events` (id, type, date, place, killed,
// injured) and `actors` (entity refs with a count). Written defensively: a field that is absent
// shows nothing, and figures may come as numbers, counts {value, qualifier} or summaries.

function placeList(page, ...names) {
  for (const source of [page, page.entity]) {
    for (const name of names) {
      const value = source?.[name];
      if (Array.isArray(value) && !(source === page.entity && name === "events")) return value;
    }
  }
  return null;
}

function placeText(place) {
  if (!place) return "";
  return typeof place === "string" ? place : placeName(place);
}

function renderPlaceSections(view, page) {
  const events = placeList(page, "events", "place_events");
  // The entity's own events carry every figure summary: the range and ⚠, as on the events page.
  const full = Object.fromEntries((page.entity?.events || []).map((x) => [x.id, x.figures || {}]));
  const figure = (ev, field) => anyFigure(full[ev.id]?.[field] ?? ev[field] ?? ev.figures?.[field]);
  const actors = placeList(page, "actors", "active_actors");
  if (events) {
    view.appendChild(h("h2", { id: "place-events-heading" }, `Events here (${events.length})`));
    if (events.length === 0) view.appendChild(message("No event recorded here."));
    else {
      view.appendChild(
        h(
          "table",
          { className: "events place-events stack", id: "place-events" },
          h("thead", {}, h("tr", {}, ["Date", "Type", "Place", "Killed", "Injured"].map((t) => h("th", { scope: "col" }, t)))),
          h(
            "tbody",
            {},
            events.map((ev) =>
              h(
                "tr",
                { className: ev.contradictory ? "contradictory" : "", dataset: { event: ev.id } },
                h("td", { "data-label": "Date" }, ev.date || "undated"),
                h("td", { "data-label": "Type" }, h("a", { href: `#/event/${enc(ev.id)}` }, String(ev.type || "event").replace("_", " "))),
                h("td", { "data-label": "Place" }, placeText(ev.place_name ?? ev.place) || "—"),
                h("td", { "data-label": "Killed" }, figure(ev, "killed")),
                h("td", { "data-label": "Injured" }, figure(ev, "injured")),
              ),
            ),
          ),
        ),
      );
    }
    const name = page.entity.name;
    view.appendChild(h("p", {}, h("a", { href: `#/events?place=${enc(name)}`, id: "place-events-link" }, `Events in ${name} on the events page →`)));
  }
  if (actors) {
    view.appendChild(h("h2", { id: "place-actors-heading" }, "Actors active here"));
    if (actors.length === 0) view.appendChild(message("No actor recorded here."));
    view.appendChild(
      h(
        "ul",
        { className: "place-actors", id: "place-actors" },
        actors.map((item) => {
          const ref = item.entity || item;
          const n = item.count ?? item.n_events ?? item.n ?? item.n_reports;
          return h("li", {}, h("span", { className: `badge type-${ref.type}` }, ref.type), " ", entityLink(ref), n !== undefined && n !== null ? h("span", { className: "counts" }, ` ${n} event${n === 1 ? "" : "s"}`) : "");
        }),
      ),
    );
  }
}
