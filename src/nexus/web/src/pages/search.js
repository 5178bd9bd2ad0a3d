// Search: entities whose names match, documents whose whole text matches (stemmed, phrases,
// prefixes; highlighted snippets), and evidence sentences with every word.
import { get } from "../api.js";
import { docLink, enc, entityLink, h, message } from "../dom.js";

export async function renderSearch(view, _arg, params, current) {
  const q = (params.get("q") || "").trim();
  if (!q) return renderHome(view, current);
  const [found, documents] = await Promise.all([get("search", { q, limit: 50 }), get("search/documents", { q, limit: 20 })]);
  if (!current()) return;
  view.appendChild(h("h1", {}, "Search: ", h("span", { className: "query" }, q)));
  view.appendChild(h("h2", {}, "Entities"));
  if (found.entities.length === 0) view.appendChild(message("No entity by that name."));
  view.appendChild(
    h(
      "ul",
      { className: "results entities" },
      found.entities.map((e) =>
        h(
          "li",
          {},
          entityLink(e),
          ` · ${e.type}${e.country ? ` · ${e.country}` : ""} · ${e.n_documents} documents `,
          h("a", { href: `#/network/${enc(e.id)}`, className: "small" }, "network"),
        ),
      ),
    ),
  );
  view.appendChild(h("h2", {}, "Documents"));
  if (documents.length === 0) view.appendChild(message("No document matches (every word must, in any of its forms)."));
  view.appendChild(h("ul", { className: "results documents" }, documents.map(documentHit)));
  view.appendChild(h("h2", {}, "Sentences"));
  if (found.sentences.length === 0) view.appendChild(message("No sentence contains every word."));
  view.appendChild(
    h(
      "ul",
      { className: "results sentences" },
      found.sentences.map((s) =>
        h(
          "li",
          { className: "evidence" },
          h("q", {}, s.sentence),
          " — ",
          docLink(s.doc_id, [s.outlet, s.published].filter(Boolean).join(", ") || s.doc_id),
          s.events.map((id) => [" ", h("a", { href: `#/event/${enc(id)}`, className: "tag" }, "event")]),
        ),
      ),
    ),
  );
}

/** The snippet as text with each matched word in a <mark> (offsets from the API, never HTML). */
function markedSnippet(snippet, highlights) {
  const chars = Array.from(snippet); // the offsets count code points, as Python does
  const text = (from, to) => chars.slice(from, to).join("");
  const parts = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > chars.length) continue;
    parts.push(text(at, start), h("mark", {}, text(start, end)));
    at = end;
  }
  parts.push(text(at));
  return parts;
}

function documentHit(hit) {
  const about = [hit.outlet, hit.published, `${hit.n_matches} match${hit.n_matches === 1 ? "" : "es"}`].filter(Boolean).join(" · ");
  return h(
    "li",
    { className: "document-hit", dataset: { doc: hit.doc_id } },
    docLink(hit.doc_id, hit.title || hit.doc_id),
    h("small", {}, ` ${about}`),
    h("p", { className: "snippet" }, markedSnippet(hit.snippet, hit.highlights || [])),
    hit.events.map((id) => [" ", h("a", { href: `#/event/${enc(id)}`, className: "tag" }, "event")]),
    hit.entities.map((e) => [" ", entityLink(e)]),
  );
}

async function renderHome(view, current) {
  const [entities, contradictions] = await Promise.all([
    get("entities", { limit: 30 }),
    get("contradictions", { limit: 5 }),
  ]);
  if (!current()) return;
  view.appendChild(h("h1", {}, "Nexus"));
  view.appendChild(
    h("p", { className: "lead" }, "Type a name in the search box, or start from the most documented entities."),
  );
  view.appendChild(
    h(
      "ul",
      { className: "results entities columns" },
      entities.items.map((e) => h("li", {}, entityLink(e), ` · ${e.n_documents} docs`)),
    ),
  );
  if (contradictions.items.length) {
    view.appendChild(h("h2", {}, "Figures the reports disagree on"));
    view.appendChild(
      h(
        "ul",
        {},
        contradictions.items.map((c) =>
          h(
            "li",
            {},
            h("a", { href: `#/event/${enc(c.event_id)}` }, `${c.event_type} ${c.date || ""} ${c.place || ""}`),
            `: ${c.field} ${c.values.join(" vs ")} `,
            h("span", { className: c.incompatible ? "kind incompatible" : "kind differs" }, c.incompatible ? "⚠ incompatible" : "differs"),
          ),
        ),
      ),
    );
  }
}
