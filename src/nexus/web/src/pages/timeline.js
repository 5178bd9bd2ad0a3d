// Timeline: events and the dates links were first seen, in lanes (by event type or by actor) on a
// time axis that zooms (wheel, +/−), pans (drag) and follows a brush on the overview strip below it,
// so one old event does not squash a busy year; then the same items as a dated list.
import { get } from "../api.js";
import { clear, enc, entityLink, eventLink, h, message, placeName, svg } from "../dom.js";
import { eventColour, legend, parseDay, timeTicks } from "../viz.js";
import { figureText } from "./entity.js";

const WIDTH = 960;
const LEFT = 150; // room for the lane names
const RIGHT = 20;
const PLOT = WIDTH - LEFT - RIGHT;
const LANE_HEIGHT = 26;
const AXIS = 24;
const OVERVIEW_HEIGHT = 46;
const DAY = 864e5;
const MAX_LANES = 14;
const LINK_COLOUR = "#3465a4";
const LANE_MODES = ["type", "actor"];

/** The lanes an item belongs to: its event type (or "links"), or its actors (a link: its two ends). */
function lanesOf(item, mode) {
  if (mode === "type") return [item.kind === "event" ? item.event.type : "links"];
  if (item.kind === "event") return item.event.actors.length ? item.event.actors.map((a) => a.name) : ["(no actor)"];
  return [item.relation.source.name, item.relation.target.name];
}

/** Lane names, busiest first, at most MAX_LANES (the rest share "others"). */
function laneNames(items, mode) {
  const counts = new Map();
  for (const item of items) for (const lane of lanesOf(item, mode)) counts.set(lane, (counts.get(lane) || 0) + 1);
  const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  if (mode === "type") {
    // the links lane last, whatever its size
    const i = names.indexOf("links");
    if (i >= 0) names.push(...names.splice(i, 1));
  }
  return names.length > MAX_LANES ? [...names.slice(0, MAX_LANES - 1), "others"] : names;
}

function label(item) {
  return item.kind === "event"
    ? `${item.date} ${item.event.type} · ${placeName(item.event.place)}${item.event.actors.length ? ` · ${item.event.actors.map((a) => a.name).join(", ")}` : ""}`
    : `${item.date} new link: ${item.relation.source.name} ${item.relation.type} ${item.relation.target.name}`;
}

/** The zoomable chart with its overview brush. Returns the element (and draws into it). */
function timelineChart(items, initialMode, onMode) {
  const dated = items.filter((i) => parseDay(i.date) !== null).map((i) => ({ item: i, t: parseDay(i.date) }));
  if (!dated.length) return null;
  let lo = Math.min(...dated.map((d) => d.t));
  let hi = Math.max(...dated.map((d) => d.t));
  const pad = Math.max(DAY * 2, (hi - lo) * 0.02);
  [lo, hi] = lo === hi ? [lo - 15 * DAY, hi + 15 * DAY] : [lo - pad, hi + pad];
  let domain = [lo, hi];
  let mode = initialMode;

  const main = svg("svg", { class: "timeline-axis timeline-main", id: "timeline-chart", role: "img", "aria-label": "Events and new links over time, in lanes" });
  const overview = svg("svg", { viewBox: `0 0 ${WIDTH} ${OVERVIEW_HEIGHT}`, class: "timeline-axis timeline-overview", id: "timeline-overview", "aria-label": "Overview: drag to choose the period shown above" });
  const legendBox = h("div", { id: "timeline-legend" });
  const xMain = (t) => LEFT + ((t - domain[0]) / (domain[1] - domain[0])) * PLOT;
  const xOver = (t) => LEFT + ((t - lo) / (hi - lo)) * PLOT;
  const tOver = (x) => lo + ((x - LEFT) / PLOT) * (hi - lo);
  const toLocal = (el, event, width) => {
    const box = el.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * width;
  };

  let frame = 0;
  const redraw = () => {
    frame = 0;
    drawMain();
    drawBrush();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(redraw);
  };
  const setDomain = (from, to) => {
    let span = Math.min(hi - lo, Math.max(DAY, to - from));
    let start = from + (to - from - span) / 2;
    start = Math.max(lo, Math.min(hi - span, start));
    domain = [start, start + span];
    main.dataset.from = new Date(domain[0]).toISOString().slice(0, 10);
    main.dataset.to = new Date(domain[1]).toISOString().slice(0, 10);
    schedule();
  };

  function drawMain() {
    const lanes = laneNames(dated.map((d) => d.item), mode);
    const height = AXIS + lanes.length * LANE_HEIGHT + 6;
    main.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
    main.dataset.lanes = mode;
    clear(main);
    const laneY = new Map(lanes.map((name, i) => [name, AXIS + i * LANE_HEIGHT + LANE_HEIGHT / 2]));
    lanes.forEach((name, i) => {
      if (i % 2 === 0) main.appendChild(svg("rect", { x: LEFT, y: AXIS + i * LANE_HEIGHT, width: PLOT, height: LANE_HEIGHT, class: "lane-band" }));
      const text = name.length > 22 ? `${name.slice(0, 21)}…` : name;
      main.appendChild(svg("text", { x: LEFT - 6, y: laneY.get(name) + 4, class: "lane", "text-anchor": "end", "data-lane": name }, text, svg("title", {}, name)));
    });
    for (const tick of timeTicks(domain[0], domain[1], 9)) {
      const x = xMain(tick.t);
      main.appendChild(svg("line", { x1: x, x2: x, y1: AXIS - 4, y2: height - 6, class: "grid" }));
      main.appendChild(svg("text", { x, y: AXIS - 8, class: "tick", "text-anchor": "middle" }, tick.label));
    }
    const plot = svg("g", { class: "dots" });
    for (const { item, t } of dated) {
      if (t < domain[0] || t > domain[1]) continue;
      const x = xMain(t);
      const isEvent = item.kind === "event";
      const names = [...new Set(lanesOf(item, mode).map((n) => (laneY.has(n) ? n : "others")))];
      for (const lane of names) {
        const dot = svg(
          "circle",
          {
            cx: x.toFixed(1),
            cy: laneY.get(lane),
            r: isEvent ? 5.5 : 4,
            class: isEvent ? `dot event type-${item.event.type}` : "dot link",
            style: `fill: ${isEvent ? eventColour(item.event.type) : LINK_COLOUR}`,
            "data-date": item.date,
            "data-lane": lane,
            "data-event": isEvent ? item.event.id : undefined,
            tabindex: isEvent ? 0 : undefined,
          },
          svg("title", {}, label(item)),
        );
        if (isEvent) {
          const open = () => (window.location.hash = `#/event/${enc(item.event.id)}`);
          dot.addEventListener("click", open);
          dot.addEventListener("keydown", (e) => e.key === "Enter" && open());
        }
        plot.appendChild(dot);
      }
    }
    main.appendChild(plot);
    const types = [...new Set(dated.filter((d) => d.item.kind === "event").map((d) => d.item.event.type))].sort();
    clear(legendBox).appendChild(
      legend(
        "Dots",
        [...types.map((t) => ({ key: t, label: t, colour: eventColour(t) })), ...(dated.some((d) => d.item.kind !== "event") ? [{ key: "link", label: "new link", colour: LINK_COLOUR }] : [])],
        { id: "timeline-legend-types" },
      ),
    );
  }

  // Overview: every item as a tick over the whole span; the brush marks the period shown above.
  overview.appendChild(svg("line", { x1: LEFT, x2: LEFT + PLOT, y1: OVERVIEW_HEIGHT - 16, y2: OVERVIEW_HEIGHT - 16, class: "axis" }));
  for (const tick of timeTicks(lo, hi, 9)) overview.appendChild(svg("text", { x: xOver(tick.t), y: OVERVIEW_HEIGHT - 3, class: "tick", "text-anchor": "middle" }, tick.label));
  for (const { item, t } of dated) {
    overview.appendChild(svg("line", { x1: xOver(t), x2: xOver(t), y1: 6, y2: OVERVIEW_HEIGHT - 18, stroke: item.kind === "event" ? eventColour(item.event.type) : LINK_COLOUR, "stroke-opacity": 0.6 }));
  }
  overview.appendChild(svg("text", { x: LEFT - 6, y: 20, class: "lane", "text-anchor": "end" }, "all (drag to zoom)"));
  const brush = svg("rect", { y: 2, height: OVERVIEW_HEIGHT - 18, class: "brush", id: "timeline-brush" });
  overview.appendChild(brush);
  function drawBrush() {
    const [x0, x1] = [xOver(domain[0]), xOver(domain[1])];
    brush.setAttribute("x", x0.toFixed(1));
    brush.setAttribute("width", Math.max(2, x1 - x0).toFixed(1));
  }

  // Brush: drag on the overview to choose a period; drag the brush to move it; a click centres it.
  let brushing = null;
  overview.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    const x = toLocal(overview, event, WIDTH);
    const [x0, x1] = [xOver(domain[0]), xOver(domain[1])];
    brushing = x >= x0 && x <= x1 && x1 - x0 < PLOT - 2 ? { move: true, start: x, from: domain } : { move: false, start: x };
    overview.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  });
  overview.addEventListener("pointermove", (event) => {
    if (!brushing) return;
    const x = toLocal(overview, event, WIDTH);
    if (brushing.move) {
      const dt = tOver(x) - tOver(brushing.start);
      setDomain(brushing.from[0] + dt, brushing.from[1] + dt);
    } else if (Math.abs(x - brushing.start) >= 3) {
      const [a, b] = [Math.min(x, brushing.start), Math.max(x, brushing.start)];
      setDomain(tOver(Math.max(LEFT, a)), tOver(Math.min(LEFT + PLOT, b)));
    }
  });
  const endBrush = (event) => {
    if (!brushing) return;
    const x = toLocal(overview, event, WIDTH);
    if (Math.abs(x - brushing.start) < 3 && !brushing.move) {
      const span = domain[1] - domain[0];
      setDomain(tOver(x) - span / 2, tOver(x) + span / 2);
    }
    brushing = null;
  };
  overview.addEventListener("pointerup", endBrush);
  overview.addEventListener("pointercancel", () => (brushing = null));
  overview.addEventListener("dblclick", () => setDomain(lo, hi));

  // Zoom (wheel, around the pointer) and pan (drag) on the main chart.
  const zoomAround = (factor, x) => {
    const at = domain[0] + ((Math.min(Math.max(x, LEFT), LEFT + PLOT) - LEFT) / PLOT) * (domain[1] - domain[0]);
    const span = Math.min(hi - lo, Math.max(DAY, (domain[1] - domain[0]) * factor));
    const share = (at - domain[0]) / (domain[1] - domain[0]);
    setDomain(at - share * span, at - share * span + span);
  };
  main.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      zoomAround(Math.exp(event.deltaY * 0.0015), toLocal(main, event, WIDTH));
    },
    { passive: false },
  );
  let panning = null;
  main.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    panning = { start: toLocal(main, event, WIDTH), from: domain, moved: false, id: event.pointerId };
  });
  main.addEventListener("pointermove", (event) => {
    if (!panning) return;
    const dx = toLocal(main, event, WIDTH) - panning.start;
    if (!panning.moved && Math.abs(dx) < 3) return;
    if (!panning.moved) main.setPointerCapture?.(panning.id);
    panning.moved = true;
    main.classList.add("panning");
    const dt = (-dx / PLOT) * (panning.from[1] - panning.from[0]);
    setDomain(panning.from[0] + dt, panning.from[1] + dt);
  });
  const endPan = () => {
    if (panning?.moved) {
      const swallow = (e) => (e.stopPropagation(), e.preventDefault());
      main.addEventListener("click", swallow, { capture: true, once: true });
      setTimeout(() => main.removeEventListener("click", swallow, { capture: true }), 0);
    }
    panning = null;
    main.classList.remove("panning");
  };
  main.addEventListener("pointerup", endPan);
  main.addEventListener("pointercancel", endPan);

  const modeButtons = LANE_MODES.map((m) =>
    h(
      "label",
      {},
      h("input", {
        type: "radio",
        name: "lanes",
        value: m,
        checked: m === mode,
        onchange: () => {
          mode = m;
          onMode(m);
          schedule();
        },
      }),
      m === "type" ? " by type" : " by actor",
    ),
  );
  const controls = h(
    "div",
    { className: "timeline-controls" },
    h("span", {}, "Lanes: ", modeButtons),
    h(
      "span",
      { className: "zoom-buttons" },
      h("button", { type: "button", id: "timeline-zoom-in", onclick: () => zoomAround(1 / 1.6, LEFT + PLOT / 2) }, "+"),
      h("button", { type: "button", id: "timeline-zoom-out", onclick: () => zoomAround(1.6, LEFT + PLOT / 2) }, "−"),
      h("button", { type: "button", id: "timeline-zoom-reset", onclick: () => setDomain(lo, hi) }, "All"),
    ),
    h("span", { className: "hint" }, "Wheel to zoom, drag to pan, drag on the strip below to pick a period."),
  );
  setDomain(lo, hi);
  redraw();
  // For tests and the console: where a date falls on the overview strip, in page pixels.
  window.__nexusTimeline = {
    overviewClientX: (iso) => {
      const box = overview.getBoundingClientRect();
      return box.left + (xOver(parseDay(iso)) / WIDTH) * box.width;
    },
    domain: () => domain.map((t) => new Date(t).toISOString().slice(0, 10)),
  };
  return h("figure", { className: "chart timeline-figure" }, controls, main, overview, legendBox);
}

export async function renderTimeline(view, name, params, current) {
  const timeline = await get("timeline", { entity: name || undefined, since: params.get("since"), until: params.get("until"), limit: 2000 });
  if (!current()) return;
  view.appendChild(h("h1", {}, "Timeline", timeline.entity ? [" of ", entityLink(timeline.entity)] : ""));
  const mode = LANE_MODES.includes(params.get("lanes")) ? params.get("lanes") : "type";
  const keepMode = (m) => {
    // the lane choice goes into the URL without reloading the page
    const query = new URLSearchParams(params);
    query.set("lanes", m);
    const path = window.location.hash.replace(/^#/, "").split("?")[0];
    window.history.replaceState(null, "", `#${path}?${query}`);
  };
  const chart = timelineChart(timeline.items, mode, keepMode);
  if (chart) view.appendChild(chart);
  if (timeline.items.length === 0) view.appendChild(message("Nothing dated yet."));
  const list = h("ol", { className: "timeline" });
  for (const item of timeline.items) {
    if (item.kind === "event") {
      const e = item.event;
      list.appendChild(
        h(
          "li",
          { className: `item event${e.contradictory ? " contradictory" : ""}` },
          h("time", {}, e.date || item.date || "undated"),
          h("span", { className: "kind" }, "event"),
          eventLink(e, e.type),
          ` · ${placeName(e.place)}`,
          e.actors.length ? [" · ", e.actors.map((a, i) => [i ? ", " : "", entityLink(a)])] : "",
          e.figures.killed ? ` · killed ${figureText(e.figures.killed)}` : "",
        ),
      );
    } else {
      const r = item.relation;
      list.appendChild(
        h(
          "li",
          { className: "item link" },
          h("time", {}, item.date || "undated"),
          h("span", { className: "kind" }, "new link"),
          entityLink(r.source),
          ` ${r.type} `,
          entityLink(r.target),
          r.evidence[0] ? h("q", { className: "quote" }, r.evidence[0].sentence) : "",
        ),
      );
    }
  }
  view.appendChild(list);
}
