// Shared pieces of the visual pages (network, timeline, map): colours per type, legends,
// pan and zoom of an SVG by pointer and wheel, and time-axis ticks. No dependencies.
import { h, svg } from "./dom.js";

/** One colour per event type (map dots, timeline dots and lanes, the events legend). */
export const EVENT_COLOURS = {
  attack: "#c4302b",
  claim: "#ce5c00",
  military_action: "#5c3566",
  sanction: "#204a87",
  meeting: "#4e9a06",
  visit: "#3a8f8f",
  rally: "#c17d11",
  statement: "#555753",
};
export const OTHER_COLOUR = "#888a85";

export function eventColour(type) {
  return EVENT_COLOURS[type] || OTHER_COLOUR;
}

/**
 * A legend: a titled row of swatches. items = [{label, colour, shape?, line?, className?}];
 * shape "circle" | "square" | "diamond" | "hexagon" | "triangle" | "roundrect", line "solid" | "dashed" | "dotted".
 */
export function legend(title, items, extra = {}) {
  return h(
    "div",
    { className: "viz-legend", ...extra },
    h("span", { className: "viz-legend-title" }, title),
    items.map((item) =>
      h("span", { className: `viz-legend-item ${item.className || ""}`.trim(), dataset: { key: item.key ?? item.label } }, swatch(item), " ", item.label),
    ),
  );
}

const SHAPES = {
  circle: () => svg("circle", { cx: 8, cy: 8, r: 6 }),
  ellipse: () => svg("circle", { cx: 8, cy: 8, r: 6 }),
  square: () => svg("rect", { x: 2, y: 2, width: 12, height: 12 }),
  roundrect: () => svg("rect", { x: 2, y: 3, width: 12, height: 10, rx: 3 }),
  "round-rectangle": () => svg("rect", { x: 2, y: 3, width: 12, height: 10, rx: 3 }),
  diamond: () => svg("polygon", { points: "8,1 15,8 8,15 1,8" }),
  triangle: () => svg("polygon", { points: "8,1 15,14 1,14" }),
  hexagon: () => svg("polygon", { points: "4,2 12,2 15,8 12,14 4,14 1,8" }),
};

function swatch(item) {
  // inline size: a chart's "svg { width: 100% }" must not stretch a swatch
  const box = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16", class: "viz-swatch", "aria-hidden": "true", style: "width: 16px; height: 16px; flex: none" });
  if (item.line) {
    const dash = { dashed: "5 3", dotted: "1.5 2.5" }[item.line];
    box.appendChild(svg("line", { x1: 0, y1: 8, x2: 16, y2: 8, stroke: item.colour, "stroke-width": 2.5, "stroke-dasharray": dash }));
    return box;
  }
  if (item.radius) {
    box.setAttribute("width", item.radius * 2 + 2);
    box.setAttribute("height", item.radius * 2 + 2);
    box.setAttribute("viewBox", `0 0 ${item.radius * 2 + 2} ${item.radius * 2 + 2}`);
    box.setAttribute("style", `width: ${item.radius * 2 + 2}px; height: ${item.radius * 2 + 2}px; flex: none`);
    box.appendChild(svg("circle", { cx: item.radius + 1, cy: item.radius + 1, r: item.radius, fill: item.colour || "none", stroke: "#555" }));
    return box;
  }
  const shape = (SHAPES[item.shape] || SHAPES.circle)();
  shape.setAttribute("fill", item.colour);
  box.appendChild(shape);
  return box;
}

/**
 * Pan (drag) and zoom (wheel, +/− buttons) of an SVG's content group.
 * target: the <g> that moves; surface: the <svg> that takes the pointer (its viewBox is width × height).
 * onChange({k, x, y}) runs after every change. Returns {get, set, zoomBy, reset}.
 */
export function panZoom(surface, target, { width, height, minScale = 1, maxScale = 40, onChange = () => {} }) {
  let t = { k: 1, x: 0, y: 0 };
  const clamp = (next) => {
    const k = Math.min(maxScale, Math.max(minScale, next.k));
    // keep the content on screen: at scale k it spans [x, x + k·w]; it must cover [0, w].
    const x = Math.min(0, Math.max(width - width * k, next.x));
    const y = Math.min(0, Math.max(height - height * k, next.y));
    return { k, x, y };
  };
  const apply = () => {
    target.setAttribute("transform", `translate(${t.x.toFixed(2)},${t.y.toFixed(2)}) scale(${t.k.toFixed(4)})`);
    surface.dataset.zoom = t.k.toFixed(3);
    onChange(t);
  };
  const toLocal = (event) => {
    const box = surface.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * width, ((event.clientY - box.top) / box.height) * height];
  };
  const zoomAt = (factor, [px, py]) => {
    const k = Math.min(maxScale, Math.max(minScale, t.k * factor));
    const ratio = k / t.k;
    t = clamp({ k, x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio });
    apply();
  };
  surface.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      zoomAt(Math.exp(-event.deltaY * 0.0015), toLocal(event));
    },
    { passive: false },
  );
  let drag = null;
  surface.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = { start: toLocal(event), origin: { ...t }, moved: false, id: event.pointerId };
  });
  surface.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const [px, py] = toLocal(event);
    const [dx, dy] = [px - drag.start[0], py - drag.start[1]];
    if (!drag.moved && Math.hypot(dx, dy) < 3) return;
    if (!drag.moved) surface.setPointerCapture?.(drag.id);
    drag.moved = true;
    surface.classList.add("panning");
    t = clamp({ k: drag.origin.k, x: drag.origin.x + dx, y: drag.origin.y + dy });
    apply();
  });
  const end = (event) => {
    if (drag?.moved) {
      // a drag is not a click on what lies under the pointer
      const swallow = (e) => (e.stopPropagation(), e.preventDefault());
      surface.addEventListener("click", swallow, { capture: true, once: true });
      setTimeout(() => surface.removeEventListener("click", swallow, { capture: true }), 0);
    }
    drag = null;
    surface.classList.remove("panning");
    if (event?.pointerId !== undefined) surface.releasePointerCapture?.(event.pointerId);
  };
  surface.addEventListener("pointerup", end);
  surface.addEventListener("pointercancel", end);
  apply();
  return {
    get: () => ({ ...t }),
    set: (next) => ((t = clamp(next)), apply()),
    zoomBy: (factor) => zoomAt(factor, [width / 2, height / 2]),
    reset: () => ((t = { k: 1, x: 0, y: 0 }), apply()),
  };
}

/** Zoom buttons for a panZoom controller. */
export function zoomButtons(controller, idPrefix) {
  return h(
    "div",
    { className: "zoom-buttons" },
    h("button", { type: "button", id: `${idPrefix}-zoom-in`, title: "Zoom in", onclick: () => controller.zoomBy(1.5) }, "+"),
    h("button", { type: "button", id: `${idPrefix}-zoom-out`, title: "Zoom out", onclick: () => controller.zoomBy(1 / 1.5) }, "−"),
    h("button", { type: "button", id: `${idPrefix}-zoom-reset`, title: "Show all", onclick: () => controller.reset() }, "Reset"),
  );
}

const DAY = 864e5;
const STEPS = [
  [DAY, "day", 1],
  [DAY * 7, "day", 7],
  [DAY * 30.4, "month", 1],
  [DAY * 91, "month", 3],
  [DAY * 182, "month", 6],
  [DAY * 365.25, "year", 1],
  [DAY * 365.25 * 2, "year", 2],
  [DAY * 365.25 * 5, "year", 5],
  [DAY * 365.25 * 10, "year", 10],
  [DAY * 365.25 * 25, "year", 25],
  [DAY * 365.25 * 50, "year", 50],
];

/** Calendar-aligned ticks between lo and hi (ms since epoch, UTC), about `count` of them: [{t, label}]. */
export function timeTicks(lo, hi, count = 8) {
  const span = Math.max(hi - lo, DAY);
  const [, unit, every] = STEPS.find(([ms]) => span / ms <= count) || STEPS[STEPS.length - 1];
  const start = new Date(lo);
  let d;
  if (unit === "year") d = new Date(Date.UTC(Math.ceil(start.getUTCFullYear() / every) * every, 0, 1));
  else if (unit === "month") d = new Date(Date.UTC(start.getUTCFullYear(), Math.ceil(start.getUTCMonth() / every) * every, 1));
  else d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  const ticks = [];
  for (let guard = 0; guard < 200 && d.getTime() <= hi; guard++) {
    if (d.getTime() >= lo) {
      const iso = d.toISOString();
      ticks.push({ t: d.getTime(), label: unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 10) });
    }
    if (unit === "year") d = new Date(Date.UTC(d.getUTCFullYear() + every, 0, 1));
    else if (unit === "month") d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1));
    else d = new Date(d.getTime() + every * DAY);
  }
  return ticks;
}

/** "2019", "2019-02" or "2019-02-14" → ms at the start (UTC); null when not a date. */
export function parseDay(text) {
  if (!text) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(text));
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}
