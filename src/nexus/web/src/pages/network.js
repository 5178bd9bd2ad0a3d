// Network: Cytoscape graph around an entity, with filters; click a node or an edge for its evidence.
// Nodes are coloured and shaped by entity type, links coloured by relation type; links derived from
// events (claims, attacks, ...) are dashed, hedged ones dotted; a legend says so. Hovering shows a
// tooltip; small graphs label their links. Large graphs (60+ entities) get a radial layout computed
// here: rings by distance from the centre, each entity in its parent's sector, so 500+ stay apart.
import cytoscape from "cytoscape";
import { get } from "../api.js";
import { atPrecision, clear, enc, entityLink, eventLink, evidenceItem, h, message } from "../dom.js";
import { legend } from "../viz.js";
import { wrongButton } from "./corrections.js";

const RELATION_TYPES = ["affiliation", "cooperation", "hostility", "based_in"];
const COLOURS = { affiliation: "#3465a4", cooperation: "#4e9a06", hostility: "#cc0000", based_in: "#888a85" };
/** Links derived from events (origin "event"): the other helper's contract names these types. */
const EVENT_LINK_COLOURS = { claimed: "#ce5c00", attacked: "#a40000", struck: "#5c3566", sanctioned: "#204a87", met: "#73d216", visited: "#3a8f8f" };
const LINK_TYPES = [...RELATION_TYPES, ...Object.keys(EVENT_LINK_COLOURS)];
const NODE_STYLE = { ORG: ["#204a87", "round-rectangle"], PERSON: ["#8f5902", "ellipse"], PLACE: ["#5c3566", "diamond"] };
const OTHER_NODE = ["#555753", "hexagon"];
const ORIGINS = ["all", "stated", "event"];
/** Above this many entities the force layout is slow and tangled: use the radial layout. */
const RADIAL_ABOVE = 60;
/** Links get a text label when there are at most this many (always a tooltip). */
const LABEL_EDGES_UP_TO = 150;

export function originOf(edge) {
  return edge.origin === "event" ? "event" : "stated";
}

/** The filters, from the hash's query string (what the form writes back). */
function filtersFrom(params) {
  return {
    depth: params.get("depth") || "2",
    type: params.getAll("type").filter((t) => LINK_TYPES.includes(t)),
    since: params.get("since") || "",
    until: params.get("until") || "",
    min_sources: params.get("min_sources") || "1",
    include_hedged: params.get("include_hedged") !== "false",
    origin: ORIGINS.includes(params.get("origin")) ? params.get("origin") : "all",
    max_nodes: String(Math.min(2000, Math.max(1, Number(params.get("max_nodes")) || 300))),
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
    h(
      "fieldset",
      { id: "event-link-types" },
      h("legend", {}, "Links from events"),
      Object.entries(EVENT_LINK_COLOURS).map(([t, colour]) =>
        h("label", { style: { color: colour } }, h("input", { type: "checkbox", name: "type", value: t, checked: filters.type.length === 0 || filters.type.includes(t) }), ` ${t}`),
      ),
    ),
    h("label", {}, "Since ", h("input", { name: "since", type: "text", placeholder: "YYYY[-MM[-DD]]", value: filters.since, size: 10 })),
    h("label", {}, "Until ", h("input", { name: "until", type: "text", placeholder: "YYYY[-MM[-DD]]", value: filters.until, size: 10 })),
    h("label", {}, "Min. independent sources ", h("input", { name: "min_sources", type: "number", min: 1, max: 100, value: filters.min_sources })),
    h("label", {}, h("input", { type: "checkbox", name: "include_hedged", checked: filters.include_hedged }), " include hedged links"),
    h(
      "label",
      {},
      "Links ",
      h(
        "select",
        { name: "origin" },
        [
          ["all", "stated and from events"],
          ["stated", "stated relations only"],
          ["event", "from events only"],
        ].map(([value, text]) => h("option", { value, selected: filters.origin === value }, text)),
      ),
    ),
    h("label", {}, "Max. entities ", h("input", { name: "max_nodes", type: "number", min: 10, max: 2000, value: filters.max_nodes })),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    query.set("depth", data.get("depth") || "2");
    const types = data.getAll("type");
    if (types.length && types.length < LINK_TYPES.length) types.forEach((t) => query.append("type", t));
    for (const key of ["since", "until"]) if (data.get(key)) query.set(key, data.get(key));
    if (data.get("min_sources") && data.get("min_sources") !== "1") query.set("min_sources", data.get("min_sources"));
    if (!data.get("include_hedged")) query.set("include_hedged", "false");
    if (data.get("origin") && data.get("origin") !== "all") query.set("origin", data.get("origin"));
    if (data.get("max_nodes") && data.get("max_nodes") !== "300") query.set("max_nodes", data.get("max_nodes"));
    window.location.hash = `#/network/${enc(entityId)}?${query}`;
  });
  return form;
}

/**
 * Radial positions for a large network: the centre in the middle, each distance from it a ring,
 * each entity inside its parent's sector (the parent: its strongest link one step nearer the centre),
 * sectors sized by how many entities hang below. A crowded ring is split into staggered sub-rings.
 * Returns Map id → {x, y}; neighbours stay together and no two entities fall within `spacing`.
 */
export function radialPositions(nodes, edges, centreId, spacing = 36) {
  if (!nodes.length) return new Map();
  const centre = nodes.find((n) => n.id === centreId) || [...nodes].sort((a, b) => a.depth - b.depth)[0];
  const depth = new Map(nodes.map((n) => [n.id, n.id === centre.id ? 0 : Math.max(1, n.depth || 1)]));
  const adjacent = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    const [a, b] = [e.source.id, e.target.id];
    if (!adjacent.has(a) || !adjacent.has(b) || a === b) continue;
    const w = (e.n_sources || 1) + (originOf(e) === "stated" ? 0.5 : 0); // a stated relation is the firmer parent
    adjacent.get(a).push([b, w]);
    adjacent.get(b).push([a, w]);
  }
  const byName = (a, b) => String(a.name).localeCompare(String(b.name)) || (a.id < b.id ? -1 : 1);
  const ordered = [...nodes].sort((a, b) => depth.get(a.id) - depth.get(b.id) || byName(a, b));
  const children = new Map(nodes.map((n) => [n.id, []]));
  for (const n of ordered) {
    if (n.id === centre.id) continue;
    let parent = centre.id;
    let strongest = -1;
    for (const [m, w] of adjacent.get(n.id)) {
      if (depth.get(m) < depth.get(n.id) && (w > strongest || (w === strongest && m < parent))) [parent, strongest] = [m, w];
    }
    children.get(parent).push(n.id);
  }
  // Sector weights: the entities below, with a floor so a ring's childless entities are not packed
  // into slivers (each gets at least a third of an even share of the circle).
  const perDepth = new Map();
  for (const n of ordered) perDepth.set(depth.get(n.id), (perDepth.get(depth.get(n.id)) || 0) + 1);
  const weight = new Map();
  const weigh = (floor) => {
    for (const n of [...ordered].reverse()) {
      const below = children.get(n.id).reduce((sum, c) => sum + weight.get(c), 0);
      weight.set(n.id, Math.max(1, floor(n), below));
    }
  };
  weigh(() => 1);
  const leaves = weight.get(centre.id);
  weigh((n) => (n.id === centre.id ? 1 : leaves / (3 * perDepth.get(depth.get(n.id)))));
  // Sectors, top down; an entity sits at the middle of its own.
  const angle = new Map([[centre.id, 0]]);
  const sector = new Map([[centre.id, [0, 2 * Math.PI]]]);
  for (const n of ordered) {
    const [from, to] = sector.get(n.id);
    const kids = children.get(n.id);
    const total = kids.reduce((sum, c) => sum + weight.get(c), 0);
    let at = from;
    for (const c of kids) {
      const width = ((to - from) * weight.get(c)) / total;
      sector.set(c, [at, at + width]);
      angle.set(c, at + width / 2);
      at += width;
    }
  }
  // Rings: wide enough that same-ring neighbours are `spacing` apart, with up to 4 staggered lanes.
  const levels = new Map();
  for (const n of ordered) if (n.id !== centre.id) (levels.get(depth.get(n.id)) || levels.set(depth.get(n.id), []).get(depth.get(n.id))).push(n.id);
  const positions = new Map([[centre.id, { x: 0, y: 0 }]]);
  const LANE = spacing * 1.1;
  const RING_GAP = Math.max(150, spacing * 4);
  const rings = [];
  let inner = 0;
  for (const d of [...levels.keys()].sort((a, b) => a - b)) {
    const sorted = levels.get(d).sort((a, b) => angle.get(a) - angle.get(b));
    // Start the ring after its widest gap, so the seam where the lanes' cycle closes is roomiest.
    let gap = 2 * Math.PI;
    let widest = [-1, 0];
    sorted.forEach((id, i) => {
      const next = i + 1 < sorted.length ? angle.get(sorted[i + 1]) : angle.get(sorted[0]) + 2 * Math.PI;
      if (sorted.length > 1) gap = Math.min(gap, next - angle.get(id));
      if (next - angle.get(id) > widest[0]) widest = [next - angle.get(id), (i + 1) % sorted.length];
    });
    const ids = [...sorted.slice(widest[1]), ...sorted.slice(0, widest[1])];
    const base = inner + RING_GAP;
    const needed = spacing / Math.max(gap, 1e-6);
    const lanes = Math.min(4, Math.max(1, Math.ceil(needed / base)));
    const radius = Math.max(base, needed / lanes);
    rings.push({ ids, lanes, radius });
    inner = radius + (lanes - 1) * LANE;
  }
  // Inner rings move out towards an even share of the outer radius (room for their labels),
  // never closer than RING_GAP to the ring outside them.
  const outer = rings.length ? rings[rings.length - 1].radius : 0;
  for (let k = rings.length - 2; k >= 0; k--) {
    const ring = rings[k];
    const limit = rings[k + 1].radius - (ring.lanes - 1) * LANE - RING_GAP;
    ring.radius = Math.max(ring.radius, Math.min(limit, (outer * (k + 1)) / (rings.length + 0.5)));
  }
  for (const { ids, lanes, radius } of rings) {
    const lane = ids.map((_, i) => i % lanes);
    const at = (i, l) => {
      const r = radius + l * LANE;
      return { x: r * Math.cos(angle.get(ids[i])), y: r * Math.sin(angle.get(ids[i])) };
    };
    // Where the ring closes, the cycle of lanes may put two neighbours on one lane: move one.
    const nearest = (i, l) => {
      const p = at(i, l);
      let best = Infinity;
      for (let step = -lanes; step <= lanes; step++) {
        const j = (i + step + ids.length) % ids.length;
        if (step === 0 || j === i) continue;
        const q = at(j, lane[j]);
        best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
      }
      return best;
    };
    for (let i = Math.max(0, ids.length - lanes); i < ids.length && lanes > 1; i++) {
      if (nearest(i, lane[i]) >= spacing) continue;
      let bestLane = lane[i];
      for (let l = 0; l < lanes; l++) if (nearest(i, l) > nearest(i, bestLane)) bestLane = l;
      lane[i] = bestLane;
    }
    ids.forEach((id, i) => positions.set(id, at(i, lane[i])));
  }
  return positions;
}

/** Force-directed for small graphs; the radial layout above RADIAL_ABOVE entities. */
function layoutFor(network) {
  if (network.nodes.length < 2) return { name: "grid" };
  if (network.nodes.length <= RADIAL_ABOVE && network.edges.length <= 200) {
    return { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, nodeRepulsion: () => 9000 };
  }
  const positions = radialPositions(network.nodes, network.edges, network.centre.id);
  return { name: "preset", positions: (node) => positions.get(node.id()) || { x: 0, y: 0 }, fit: true, padding: 20 };
}

function nodeStyle(type) {
  return NODE_STYLE[type] || OTHER_NODE;
}

function edgeColour(edge) {
  return originOf(edge) === "event" ? EVENT_LINK_COLOURS[edge.type] || "#ce5c00" : COLOURS[edge.type] || "#999";
}

/** The legend: entity types (colour and shape), link types (colour), and what solid, dashed and dotted mean. */
function networkLegend(network) {
  const entityTypes = [...new Set(network.nodes.map((n) => n.type))].sort();
  const stated = [...new Set(network.edges.filter((e) => originOf(e) === "stated").map((e) => e.type))].sort();
  const fromEvents = [...new Set(network.edges.filter((e) => originOf(e) === "event").map((e) => e.type))].sort();
  const legendShape = { "round-rectangle": "roundrect", ellipse: "circle", diamond: "diamond", hexagon: "hexagon" };
  return h(
    "div",
    { className: "network-legend", id: "network-legend" },
    legend(
      "Entities",
      entityTypes.map((t) => ({ key: t, label: t, colour: nodeStyle(t)[0], shape: legendShape[nodeStyle(t)[1]] })),
      { id: "legend-entities" },
    ),
    stated.length ? legend("Stated relations", stated.map((t) => ({ key: t, label: t, colour: COLOURS[t] || "#999", line: "solid" })), { id: "legend-stated" }) : "",
    fromEvents.length
      ? legend("Links from events", fromEvents.map((t) => ({ key: t, label: t, colour: EVENT_LINK_COLOURS[t] || "#ce5c00", line: "dashed" })), { id: "legend-events" })
      : "",
    legend(
      "Lines",
      [
        { key: "stated", label: "stated in a sentence", colour: "#555", line: "solid" },
        { key: "event", label: "derived from an event", colour: "#555", line: "dashed" },
        { key: "hedged", label: "hedged only", colour: "#555", line: "dotted" },
      ],
      { id: "legend-lines" },
    ),
  );
}

function edgeTip(cyEdge) {
  const d = cyEdge.data();
  const sources = `${d.sources} independent source${d.sources === 1 ? "" : "s"}`;
  const seen = [d.first, d.last].filter(Boolean);
  const when = seen.length ? ` · ${seen[0]}${seen.length > 1 && seen[1] !== seen[0] ? ` – ${seen[1]}` : ""}` : "";
  return `${cyEdge.source().data("label")} — ${d.type} → ${cyEdge.target().data("label")} · ${d.origin === "event" ? "from events" : "stated"} · ${sources}${d.hedged >= 1 ? " · hedged" : ""}${when}`;
}

/** Keep only the links of one origin ("stated" or "event"), and the entities still linked. */
export function byOrigin(network, origin) {
  if (origin !== "stated" && origin !== "event") return network;
  const edges = network.edges.filter((e) => originOf(e) === origin);
  const linked = new Set([network.centre.id, ...edges.flatMap((e) => [e.source.id, e.target.id])]);
  return { ...network, edges, nodes: network.nodes.filter((n) => linked.has(n.id)) };
}

export async function renderNetwork(view, name, params, current) {
  const started = performance.now();
  const filters = filtersFrom(params);
  const query = { entity: name, depth: filters.depth, type: filters.type, since: filters.since, until: filters.until, min_sources: filters.min_sources, include_hedged: filters.include_hedged };
  const fetched = await get("network", { ...query, origin: filters.origin === "all" ? undefined : filters.origin, max_nodes: filters.max_nodes });
  if (!current()) return;
  const network = byOrigin(fetched, filters.origin);
  const fetchedMs = performance.now() - started;
  view.appendChild(h("h1", {}, "Network of ", entityLink(network.centre)));
  view.appendChild(filterForm(network.centre.id, filters));
  const nEvent = network.edges.filter((e) => originOf(e) === "event").length;
  const status = h(
    "p",
    { className: "status", id: "network-status" },
    `${network.nodes.length} entities, ${network.edges.length} links${nEvent ? ` (${nEvent} from events)` : ""}${network.truncated ? " (truncated: raise “Max. entities”)" : ""}`,
  );
  view.appendChild(status);
  view.appendChild(networkLegend(network));
  const graph = h("div", { id: "graph", className: "graph" });
  const tip = h("div", { id: "graph-tip", className: "graph-tip", hidden: true, role: "tooltip" });
  const panel = h("aside", { id: "evidence-panel", className: "panel" }, message("Click an entity or a link to see the sentences behind it."));
  view.appendChild(h("div", { className: "network-layout" }, h("div", { className: "graph-wrap" }, graph, tip), panel));
  if (network.edges.length === 0) graph.appendChild(message("No links pass these filters."));

  const big = network.edges.length > 200;
  const large = network.nodes.length > RADIAL_ABOVE;
  const labelled = network.edges.length <= LABEL_EDGES_UP_TO;
  const degree = new Map();
  for (const e of network.edges) for (const id of [e.source.id, e.target.id]) degree.set(id, (degree.get(id) || 0) + 1);
  const cy = cytoscape({
    container: graph,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, depth: n.depth, degree: degree.get(n.id) || 0 } })),
      ...network.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source.id,
          target: e.target.id,
          type: e.type,
          label: e.type,
          origin: originOf(e),
          colour: edgeColour(e),
          sources: e.n_sources,
          hedged: e.hedged_share,
          first: atPrecision(e.first_seen, e.first_seen_precision),
          last: atPrecision(e.last_seen, e.last_seen_precision),
          events: e.event_ids || (e.event_id ? [e.event_id] : []),
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "background-color": OTHER_NODE[0],
          shape: OTHER_NODE[1],
          color: "#222",
          "font-size": 11,
          "min-zoomed-font-size": 7,
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-max-width": 140,
          "text-wrap": "ellipsis",
          width: 22,
          height: 22,
        },
      },
      ...Object.entries(NODE_STYLE).map(([type, [colour, shape]]) => ({ selector: `node[type = "${type}"]`, style: { "background-color": colour, shape } })),
      // In a large graph the centre and its neighbours keep readable labels when zoomed out.
      ...(large ? [{ selector: "node[depth <= 1]", style: { "font-size": 30, "font-weight": "bold", width: 30, height: 30 } }] : []),
      { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#f57900" } },
      {
        selector: "edge",
        style: {
          width: "mapData(sources, 1, 7, 1, 7)",
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle",
          "curve-style": big ? "straight" : "bezier",
          opacity: large ? 0.6 : 1,
        },
      },
      ...(labelled
        ? [
            {
              selector: "edge",
              style: {
                label: "data(label)",
                "font-size": 9,
                color: "#333",
                "text-rotation": "autorotate",
                "text-background-color": "#fff",
                "text-background-opacity": 0.8,
                "text-background-padding": 1,
                "min-zoomed-font-size": 6,
              },
            },
          ]
        : []),
      { selector: "edge[hedged >= 1]", style: { "line-style": "dotted" } },
      { selector: 'edge[origin = "event"]', style: { "line-style": "dashed", "line-dash-pattern": [7, 4] } },
      { selector: "edge.hover, node.hover", style: { "overlay-color": "#729fcf", "overlay-opacity": 0.25, "overlay-padding": 4 } },
      { selector: ":selected", style: { "overlay-color": "#fce94f", "overlay-opacity": 0.5, "overlay-padding": 6 } },
    ],
    layout: layoutFor(network),
    wheelSensitivity: 0.3,
    hideEdgesOnViewport: big,
  });
  const builtMs = performance.now() - started;
  cy.getElementById(network.centre.id).addClass("centre");
  graph.dataset.layout = large ? "radial" : "force";
  cy.one("render", () => {
    const ms = performance.now() - started;
    graph.dataset.renderMs = ms.toFixed(1);
    window.__nexusMetrics = { ...(window.__nexusMetrics || {}), networkFetchMs: fetchedMs, networkBuiltMs: builtMs, networkFirstRenderMs: ms, networkFirstRenderSinceNavigationMs: performance.now() };
    status.appendChild(document.createTextNode(` · drawn in ${Math.round(ms)} ms`));
  });
  graph.dataset.ready = "true";
  window.__nexusCy = cy; // for tests and the console

  const showTip = (event, text) => {
    tip.textContent = text;
    const p = event.renderedPosition || event.target.renderedMidpoint?.() || { x: 0, y: 0 };
    tip.style.left = `${Math.min(Math.max(0, p.x + 12), graph.clientWidth - 200)}px`;
    tip.style.top = `${Math.max(0, p.y + 12)}px`;
    tip.hidden = false;
  };
  const hideTip = (event) => {
    event.target.removeClass("hover");
    tip.hidden = true;
  };
  cy.on("mouseover", "edge", (event) => {
    event.target.addClass("hover");
    showTip(event, edgeTip(event.target));
  });
  cy.on("mouseover", "node", (event) => {
    const node = event.target;
    node.addClass("hover");
    showTip(event, `${node.data("label")} · ${node.data("type")} · ${node.data("degree")} link${node.data("degree") === 1 ? "" : "s"} here`);
  });
  cy.on("mouseout", "edge, node", hideTip);
  cy.on("viewport", () => (tip.hidden = true));

  const show = async (title, load) => {
    clear(panel).appendChild(h("h2", {}, title));
    const list = h("ul", { className: "evidence-list" });
    panel.appendChild(list);
    panel.dataset.state = "loading";
    let items = [];
    try {
      items = await load();
    } catch (error) {
      panel.appendChild(message(`Could not load the evidence: ${error.message}`, "error"));
    }
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
      const events = (edge.data("events") || []).map((id) => h("li", { className: "relation-head" }, eventLink({ id }, `event ${id}`)));
      try {
        const relation = await get(`relations/${enc(edge.id())}`, { evidence: 20 });
        if (edge.data("origin") !== "event") panel.appendChild(wrongButton("relation", edge.id(), "link"));
        return [...events, ...relation.evidence.map(evidenceItem)];
      } catch (error) {
        if (edge.data("origin") === "event" && events.length) return events;
        throw error;
      }
    });
  });
}
