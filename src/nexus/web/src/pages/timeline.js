// Timeline: events and the dates links were first seen, on one axis and as a dated list.
import { get } from "../api.js";
import { enc, entityLink, eventLink, h, message, placeName, svg } from "../dom.js";
import { figureText } from "./entity.js";

const WIDTH = 900;
const HEIGHT = 90;

function axis(items) {
  const dated = items.filter((i) => i.date);
  if (dated.length === 0) return null;
  const times = dated.map((i) => Date.parse(i.date));
  let [lo, hi] = [Math.min(...times), Math.max(...times)];
  if (lo === hi) [lo, hi] = [lo - 864e5 * 15, hi + 864e5 * 15];
  const x = (t) => 80 + ((t - lo) / (hi - lo)) * (WIDTH - 120);
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline-axis", role: "img", "aria-label": "Events and new links over time" });
  chart.appendChild(svg("line", { x1: 80, x2: WIDTH - 40, y1: 45, y2: 45, class: "axis" }));
  chart.appendChild(svg("text", { x: 80, y: 80, class: "tick" }, new Date(lo).toISOString().slice(0, 10)));
  chart.appendChild(svg("text", { x: WIDTH - 40, y: 80, class: "tick", "text-anchor": "end" }, new Date(hi).toISOString().slice(0, 10)));
  chart.appendChild(svg("text", { x: 4, y: 28, class: "lane" }, "events"));
  chart.appendChild(svg("text", { x: 4, y: 66, class: "lane" }, "links"));
  for (const item of dated) {
    const cx = x(Date.parse(item.date));
    const isEvent = item.kind === "event";
    const label = isEvent ? `${item.date} ${item.event.type} ${placeName(item.event.place)}` : `${item.date} ${item.relation.source.name} ${item.relation.type} ${item.relation.target.name}`;
    const dot = svg("circle", { cx, cy: isEvent ? 30 : 60, r: 5, class: isEvent ? "dot event" : "dot link" }, svg("title", {}, label));
    if (isEvent) dot.addEventListener("click", () => (window.location.hash = `#/event/${enc(item.event.id)}`));
    chart.appendChild(dot);
  }
  return chart;
}

export async function renderTimeline(view, name, params, current) {
  const timeline = await get("timeline", { entity: name || undefined, since: params.get("since"), until: params.get("until"), limit: 2000 });
  if (!current()) return;
  view.appendChild(h("h1", {}, "Timeline", timeline.entity ? [" of ", entityLink(timeline.entity)] : ""));
  const chart = axis(timeline.items);
  if (chart) view.appendChild(h("figure", { className: "chart" }, chart));
  if (timeline.items.length === 0) view.appendChild(message("Nothing dated yet."));
  const list = h("ol", { className: "timeline" });
  for (const item of timeline.items) {
    if (item.kind === "event") {
      const e = item.event;
      list.appendChild(
        h(
          "li",
          { className: `item event${e.contradictory ? " contradictory" : ""}` },
          h("time", {}, item.date || "undated"),
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

