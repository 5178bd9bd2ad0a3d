// Contradictions: events whose reports disagree on a figure, incompatible (⚠) or only differing.
import { get } from "../api.js";
import { count, enc, h, message } from "../dom.js";
import { saidValues } from "../figures.js";

export async function renderContradictions(view, _arg, params, current) {
  const offset = Number(params.get("offset") || 0);
  const page = await get("contradictions", { limit: 100, offset });
  if (!current()) return;
  view.appendChild(h("h1", {}, "Contradicting figures"));
  if (page.items.length === 0) view.appendChild(message("No report contradicts another."));
  view.appendChild(
    h(
      "table",
      { className: "events" },
      h("thead", {}, h("tr", {}, ["Date", "Event", "Place", "Figure", "Values", "Kind", "Most corroborated", "Latest"].map((t) => h("th", {}, t)))),
      h(
        "tbody",
        {},
        page.items.map((c) =>
          h(
            "tr",
            // As `nexus contradictions`: figures that cannot both hold are incompatible; others
            // (a later, higher toll from another outlet, "more than 70" and 77) only differ.
            { className: c.incompatible ? "contradiction" : "differs" },
            h("td", {}, c.date || "undated"),
            h("td", {}, h("a", { href: `#/event/${enc(c.event_id)}` }, c.event_type)),
            h("td", {}, c.place || ""),
            h("td", {}, c.field),
            h("td", { className: "values" }, saidValues(c.summary).join(" vs ")),
            h("td", { className: "kind" }, c.incompatible ? h("strong", { className: "flag" }, "⚠ incompatible") : "differs"),
            h("td", {}, count(c.summary.most_corroborated)),
            h("td", {}, count(c.summary.latest)),
          ),
        ),
      ),
    ),
  );
  if (page.has_more) view.appendChild(h("a", { href: `#/contradictions?offset=${offset + 100}` }, "More"));
}
