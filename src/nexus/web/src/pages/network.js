// Network: Cytoscape graph around an entity, with filters; click a node or an edge for its evidence.
import cytoscape from "cytoscape";
import { get } from "../api.js";
import { clear, enc, entityLink, evidenceItem, h, message } from "../dom.js";

const RELATION_TYPES = ["affiliation", "cooperation", "hostility", "based_in"];
const COLOURS = { affiliation: "#3465a4", cooperation: "#4e9a06", hostility: "#cc0000", based_in: "#888a85" };
const NODE_COLOURS = { ORG: "#204a87", PERSON: "#8f5902", PLACE: "#5c3566" };

/** The filters, from the hash's query string (what the form writes back). */
function filtersFrom(params) {
  return {
    depth: params.get("depth") || "2",
    type: params.getAll("type").filter((t) => RELATION_TYPES.includes(t)),
    since: params.get("since") || "",
    until: params.get("until") || "",
    min_sources: params.get("min_sources") || "1",
    include_hedged: params.get("include_hedged") !== "false",
  };
}

function filterForm(entityId, filters) {
  const form = h(
    "form",
    { className: "filters", id: "network-filters" },
    h("label", {}, "Depth ", h("input", { name: "depth", type: "number", min: 1, max: 4, value: filters.depth })),
    h(
      "fieldset",
      {},
      h("legend", {}, "Relation types"),
      RELATION_TYPES.map((t) =>
        h("label", { className: `rel-${t}` }, h("input", { type: "checkbox", name: "type", value: t, checked: filters.type.length === 0 || filters.type.includes(t) }), ` ${t}`),
      ),
    ),
    h("label", {}, "Since ", h("input", { name: "since", type: "text", placeholder: "YYYY[-MM[-DD]]", value: filters.since, size: 10 })),
    h("label", {}, "Until ", h("input", { name: "until", type: "text", placeholder: "YYYY[-MM[-DD]]", value: filters.until, size: 10 })),
    h("label", {}, "Min. independent sources ", h("input", { name: "min_sources", type: "number", min: 1, max: 100, value: filters.min_sources })),
    h("label", {}, h("input", { type: "checkbox", name: "include_hedged", checked: filters.include_hedged }), " include hedged links"),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    query.set("depth", data.get("depth") || "2");
    const types = data.getAll("type");
    if (types.length && types.length < RELATION_TYPES.length) types.forEach((t) => query.append("type", t));
    for (const key of ["since", "until"]) if (data.get(key)) query.set(key, data.get(key));
    if (data.get("min_sources") && data.get("min_sources") !== "1") query.set("min_sources", data.get("min_sources"));
    if (!data.get("include_hedged")) query.set("include_hedged", "false");
    window.location.hash = `#/network/${enc(entityId)}?${query}`;
  });
  return form;
}

/** Force-directed for small graphs; rings by distance from the centre when cose would be slow. */
function layoutFor(network) {
  if (network.nodes.length < 2) return { name: "grid" };
  if (network.nodes.length <= 40 && network.edges.length <= 120) {
    return { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true };
  }
  return {
    name: "concentric",
    animate: false,
    concentric: (node) => 10 - node.data("depth"),
    levelWidth: () => 1,
    minNodeSpacing: 12,
  };
}

export async function renderNetwork(view, name, params, current) {
  const started = performance.now();
  const filters = filtersFrom(params);
  const query = { entity: name, depth: filters.depth, type: filters.type, since: filters.since, until: filters.until, min_sources: filters.min_sources, include_hedged: filters.include_hedged };
  const network = await get("network", { ...query, max_nodes: 300 });
  if (!current()) return;
  const fetchedMs = performance.now() - started;
  view.appendChild(h("h1", {}, "Network of ", entityLink(network.centre)));
  view.appendChild(filterForm(network.centre.id, filters));
  const status = h("p", { className: "status", id: "network-status" }, `${network.nodes.length} entities, ${network.edges.length} links${network.truncated ? " (truncated)" : ""}`);
  view.appendChild(status);
  const graph = h("div", { id: "graph", className: "graph" });
  const panel = h("aside", { id: "evidence-panel", className: "panel" }, message("Click an entity or a link to see the sentences behind it."));
  view.appendChild(h("div", { className: "network-layout" }, graph, panel));
  if (network.edges.length === 0) graph.appendChild(message("No links pass these filters."));

  const big = network.edges.length > 200;
  const cy = cytoscape({
    container: graph,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, depth: n.depth } })),
      ...network.edges.map((e) => ({
        data: { id: e.id, source: e.source.id, target: e.target.id, type: e.type, label: e.type, sources: e.n_sources, hedged: e.hedged_share },
      })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "#555", color: "#222", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22 } },
      ...Object.entries(NODE_COLOURS).map(([type, colour]) => ({ selector: `node[type = "${type}"]`, style: { "background-color": colour } })),
      { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#f57900" } },
      { selector: "edge", style: { width: "mapData(sources, 1, 7, 1, 7)", "line-color": "#999", "target-arrow-color": "#999", "target-arrow-shape": "triangle", "curve-style": big ? "straight" : "bezier" } },
      ...Object.entries(COLOURS).map(([type, colour]) => ({ selector: `edge[type = "${type}"]`, style: { "line-color": colour, "target-arrow-color": colour } })),
      { selector: "edge[hedged >= 1]", style: { "line-style": "dashed" } },
      { selector: ":selected", style: { "overlay-color": "#fce94f", "overlay-opacity": 0.5, "overlay-padding": 6 } },
    ],
    layout: layoutFor(network),
    wheelSensitivity: 0.3,
    hideEdgesOnViewport: big,
  });
  const builtMs = performance.now() - started;
  cy.getElementById(network.centre.id).addClass("centre");
  cy.one("render", () => {
    const ms = performance.now() - started;
    graph.dataset.renderMs = ms.toFixed(1);
    window.__nexusMetrics = { ...(window.__nexusMetrics || {}), networkFetchMs: fetchedMs, networkBuiltMs: builtMs, networkFirstRenderMs: ms, networkFirstRenderSinceNavigationMs: performance.now() };
    status.appendChild(document.createTextNode(` · drawn in ${Math.round(ms)} ms`));
  });
  graph.dataset.ready = "true";
  window.__nexusCy = cy; // for tests and the console

  const show = async (title, load) => {
    clear(panel).appendChild(h("h2", {}, title));
    const list = h("ul", { className: "evidence-list" });
    panel.appendChild(list);
    panel.dataset.state = "loading";
    const items = await load();
    if (!items.length) panel.appendChild(message("No evidence sentences."));
    items.forEach((item) => list.appendChild(item));
    panel.dataset.state = "ready";
  };

  cy.on("tap", "node", (event) => {
    const node = event.target;
    show(node.data("label"), async () => {
      const rows = await get("relations", { ...query, entity: node.id(), evidence: 3, limit: 100 });
      panel.appendChild(h("p", {}, entityLink({ id: node.id(), name: node.data("label"), type: node.data("type") }), " · ", h("a", { href: `#/network/${enc(node.id())}` }, "centre here")));
      return rows.items.flatMap((r) => [
        h("li", { className: "relation-head" }, `${r.source.name} — ${r.type} → ${r.target.name} (${r.n_sources} sources)`),
        ...r.evidence.map(evidenceItem),
      ]);
    });
  });
  cy.on("tap", "edge", (event) => {
    const edge = event.target;
    show(`${edge.source().data("label")} — ${edge.data("type")} → ${edge.target().data("label")}`, async () => {
      const relation = await get(`relations/${enc(edge.id())}`, { evidence: 20 });
      return relation.evidence.map(evidenceItem);
    });
  });
}
