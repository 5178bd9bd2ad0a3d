// Document: the text with entity mentions and event/link sentences highlighted, always as text nodes.
import { get } from "../api.js";
import { enc, entityLink, h, message } from "../dom.js";

/** Cut the text at every span boundary; each piece knows the mention and statement covering it. */
export function segments(text, mentions, statements) {
  const cuts = new Set([0, text.length]);
  for (const s of [...mentions, ...statements]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = (s) => s.start <= start && end <= s.end;
    pieces.push({
      text: text.slice(start, end),
      mention: mentions.filter(covering).sort((a, b) => a.end - a.start - (b.end - b.start))[0],
      statements: statements.filter(covering),
    });
  }
  return pieces;
}

export async function renderDocument(view, docId, _params, current) {
  const doc = await get(`documents/${enc(docId)}`);
  if (!current()) return;
  view.appendChild(h("h1", {}, doc.title || doc.id));
  view.appendChild(
    h(
      "p",
      { className: "lead" },
      [doc.outlet, doc.published, `version ${doc.version}`].filter(Boolean).join(" · "),
      doc.duplicate_of ? [" · copy of ", h("a", { href: `#/document/${enc(doc.duplicate_of)}` }, doc.duplicate_of)] : "",
      doc.url ? [" · ", h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original")] : "",
    ),
  );
  view.appendChild(
    h("p", { className: "legend" }, h("span", { className: "mention" }, "entity"), " ", h("span", { className: "stmt stmt-event" }, "event sentence"), " ", h("span", { className: "stmt stmt-relation" }, "link sentence")),
  );
  const body = h("div", { className: "document-text", id: "document-text" });
  for (const piece of segments(doc.text, doc.mentions, doc.statements)) {
    let node = piece.mention
      ? h("a", { href: `#/entity/${enc(piece.mention.entity.id)}`, className: `mention type-${piece.mention.entity.type}`, title: piece.mention.entity.name }, piece.text)
      : document.createTextNode(piece.text);
    const kinds = [...new Set(piece.statements.map((s) => s.kind))];
    if (kinds.length) {
      const first = piece.statements[0];
      node = h("span", { className: kinds.map((k) => `stmt stmt-${k}`).join(" "), title: piece.statements.map((s) => `${s.kind}: ${s.type}`).join("; "), dataset: { ref: first.id } }, node);
    }
    body.appendChild(node);
  }
  view.appendChild(body);

  const entities = new Map(doc.mentions.map((m) => [m.entity.id, m.entity]));
  view.appendChild(h("h2", {}, "Entities"));
  if (!entities.size) view.appendChild(message("No entity found in this document."));
  view.appendChild(h("ul", { className: "results columns" }, [...entities.values()].map((e) => h("li", {}, entityLink(e)))));
  view.appendChild(h("h2", {}, "Events and links stated"));
  if (!doc.statements.length) view.appendChild(message("No event or link extracted."));
  view.appendChild(
    h(
      "ul",
      { className: "results" },
      doc.statements.map((s) =>
        h(
          "li",
          { className: s.hedged ? "hedged" : "" },
          s.kind === "event" ? h("a", { href: `#/event/${enc(s.id)}` }, `event: ${s.type}`) : `link: ${s.type}`,
          " — ",
          h("q", {}, s.sentence),
        ),
      ),
    ),
  );
}

export async function renderDocuments(view, _arg, params, current) {
  const offset = Number(params.get("offset") || 0);
  const page = await get("documents", { limit: 100, offset });
  if (!current()) return;
  view.appendChild(h("h1", {}, "Documents"));
  view.appendChild(
    h(
      "table",
      { className: "events" },
      h("thead", {}, h("tr", {}, ["Published", "Outlet", "Title", "Id"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        page.items.map((d) =>
          h("tr", {}, h("td", {}, d.published || ""), h("td", {}, d.outlet || ""), h("td", {}, h("a", { href: `#/document/${enc(d.id)}` }, d.title || "(untitled)")), h("td", {}, d.id)),
        ),
      ),
    ),
  );
  if (page.has_more) view.appendChild(h("a", { href: `#/documents?offset=${offset + 100}` }, "More"));
}
