// Audit: every write, newest first (who, when, what), with Undo on corrections still in force.
import { get } from "../api.js";
import { enc, h, message } from "../dom.js";
import { undoButton } from "./corrections.js";

const ACTIONS = {
  correct: "marked wrong",
  undo: "undid a correction",
  "entity-merge": "merged entities",
  "entity-split": "split an entity",
  "event-merge": "merged events",
  "event-split": "split an event",
  ingest: "added a document",
};

function when(at) {
  if (!at) return "not recorded";
  return at.replace("T", " ").replace(/\.\d+/, "").replace(/\+00:00$|Z$/, " UTC");
}

function targetLink(entry) {
  const kind = entry.correction?.kind || entry.detail?.kind;
  const label = entry.correction?.label || entry.detail?.label;
  if (entry.action.startsWith("entity-")) return h("a", { href: `#/entity/${enc(entry.target)}` }, entry.target);
  if (entry.action.startsWith("event-") || kind === "event") {
    return [h("a", { href: `#/event/${enc(entry.target)}` }, label || entry.target), kind ? ` (${kind})` : ""];
  }
  if (entry.action === "ingest") return h("a", { href: `#/document/${enc(entry.target)}` }, entry.target);
  return [label || entry.target, kind ? ` (${kind})` : ""];
}

function details(entry) {
  const d = entry.detail || {};
  if (entry.correction) return `Reason: ${entry.correction.reason}`;
  if (entry.action === "entity-merge") return d.absorb ? `absorbed ${d.absorb}` : `absorbed ${d.other_id || ""}`;
  if (entry.action === "entity-split") return `names ${(d.forms || []).join(", ")} → ${d.new_id || d.other_id || ""}`;
  if (entry.action === "event-merge") return `absorbed ${d.absorb || d.other_id || ""}`;
  if (entry.action === "event-split") return `reports of ${(d.docs || []).join(", ")} → ${d.new_id || d.other_id || ""}`;
  if (entry.action === "ingest") return d.outcome || "";
  return "";
}

function stateCell(entry, rerender) {
  const c = entry.correction;
  if (!c || entry.action !== "correct") return "";
  if (!c.active) return h("span", { className: "notice" }, `undone${c.undone_by ? ` by ${c.undone_by}` : ""}`);
  return [h("span", { className: "marked" }, "hidden "), undoButton(c, rerender)];
}

export async function renderAudit(view, _arg, params, current) {
  const offset = Number(params.get("offset") || 0) || 0;
  const page = await get("audit", { limit: 100, offset });
  if (!current()) return;
  view.appendChild(h("h1", {}, "Audit"));
  view.appendChild(
    h("p", { className: "lead" }, "Every change to the knowledge base, newest first: facts marked wrong and undone, merges and splits, documents added through the API. Undo needs the write token."),
  );
  if (page.items.length === 0) {
    view.appendChild(message("No change recorded yet."));
    return;
  }
  const rerender = () => window.dispatchEvent(new HashChangeEvent("hashchange"));
  view.appendChild(
    h(
      "table",
      { className: "audit", id: "audit" },
      h("thead", {}, h("tr", {}, ["When", "Who", "Change", "On", "Details", "State"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        page.items.map((entry) =>
          h(
            "tr",
            { className: `audit-entry action-${entry.action}`, dataset: { action: entry.action, correction: entry.correction ? String(entry.correction.id) : "" } },
            h("td", {}, when(entry.at)),
            h("td", {}, entry.who || "command line (not recorded)"),
            h("td", {}, ACTIONS[entry.action] || entry.action),
            h("td", {}, targetLink(entry)),
            h("td", {}, details(entry)),
            h("td", { className: "state" }, stateCell(entry, rerender)),
          ),
        ),
      ),
    ),
  );
  const nav = [];
  if (offset > 0) nav.push(h("a", { href: `#/audit?offset=${Math.max(0, offset - 100)}` }, "← newer"), " ");
  if (page.has_more) nav.push(h("a", { href: `#/audit?offset=${offset + 100}` }, "older →"));
  if (nav.length) view.appendChild(h("p", {}, nav));
}
