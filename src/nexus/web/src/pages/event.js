// Event: its reports side by side; figures that disagree are highlighted.
import { get } from "../api.js";
import "../events.css";
import { count, docLink, enc, entityLink, evidenceItem, h, placeName } from "../dom.js";
import { saidValues } from "../figures.js";
import { wrongButton } from "./corrections.js";
import { meansText } from "./events.js";

const FIELDS = ["killed", "injured", "missing", "attackers_killed"];
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function renderEvent(view, eventId, _params, current) {
  const event = await get(`events/${enc(eventId)}`);
  if (!current()) return;
  view.appendChild(h("h1", {}, `${event.type} · ${event.date || "undated"} · ${placeName(event.place) || "place unknown"}`));
  // A point no gazetteer gives says how it was derived ("at Lira"): an analyst can tell it from a surveyed one.
  if (event.place && event.place.lat !== null && event.place.lat !== undefined && event.place.derivation)
    view.appendChild(h("p", { className: "point-derivation" }, `Point derived: ${event.place.derivation}`));
  view.appendChild(
    h(
      "p",
      { className: "lead" },
      "Actors: ",
      event.actors.length ? event.actors.map((a, i) => [i ? ", " : "", entityLink(a)]) : "unknown",
      event.targets.length ? [" · Targets: ", event.targets.map((a, i) => [i ? ", " : "", entityLink(a)])] : "",
      event.method ? [" · Means: ", h("span", { className: "means" }, meansText(event))] : "",
      ` · ${plural(event.n_reports, "report")} from ${plural(event.n_sources, "independent source")}`,
    ),
  );
  view.appendChild(h("p", { className: "event-correction" }, wrongButton("event", event.id, "event")));
  const contradicted = new Set(FIELDS.filter((f) => event.figures[f]?.contradiction));
  const shown = FIELDS.filter((f) => event.figures[f]);
  if (shown.length) {
    view.appendChild(
      h(
        "table",
        { className: "figures stack" },
        h("thead", {}, h("tr", {}, ["Figure", "Range", "Most corroborated", "Latest", "Values"].map((t) => h("th", {}, t)))),
        h(
          "tbody",
          {},
          shown.map((f) => {
            const s = event.figures[f];
            return h(
              "tr",
              { className: contradicted.has(f) ? "contradiction" : "" },
              h("th", {}, f.replace("_", " ")),
              h("td", { "data-label": "Range" }, s.min === s.max ? String(s.min) : `${s.min}–${s.max}`),
              h("td", { "data-label": "Most corroborated" }, `${count(s.most_corroborated)} (${s.most_corroborated.n_sources} source${s.most_corroborated.n_sources === 1 ? "" : "s"})`),
              h("td", { "data-label": "Latest" }, `${count(s.latest)} (${s.latest.outlet || s.latest.doc_id}, ${s.latest.published || "?"})`),
              h("td", { "data-label": "Values" }, saidValues(s).join(" vs "), contradicted.has(f) ? h("strong", { className: "flag" }, " contradicting") : ""),
            );
          }),
        ),
      ),
    );
  }
  view.appendChild(h("h2", {}, "Reports"));
  view.appendChild(
    h(
      "div",
      { className: "reports" },
      event.reports.map((r) =>
        h(
          "article",
          { className: "report", dataset: { doc: r.doc_id } },
          h("h3", {}, docLink(r.doc_id, r.outlet || r.doc_id), h("small", {}, ` ${r.published || ""}`)),
          h(
            "dl",
            { className: "facts" },
            h("dt", {}, "Date"),
            h("dd", {}, r.date || "—"),
            h("dt", {}, "Place"),
            h("dd", {}, placeName(r.place) || "—"),
            FIELDS.filter((f) => r[f]).map((f) => [
              h("dt", {}, f.replace("_", " ")),
              h("dd", { className: contradicted.has(f) ? `figure contradiction field-${f}` : `figure field-${f}` }, count(r[f]), r[f].text ? ` (“${r[f].text}”)` : ""),
            ]),
            r.method ? [h("dt", {}, "Method"), h("dd", {}, r.method)] : "",
            h("dt", {}, "Actors"),
            h("dd", {}, r.actors.map((a, i) => [i ? ", " : "", entityLink(a)]), r.actors.length ? "" : "—"),
          ),
          h("ul", { className: "evidence-list" }, evidenceItem(r.evidence)),
          wrongButton("report", r.id, "report"),
        ),
      ),
    ),
  );
}
