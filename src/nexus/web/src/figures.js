// Casualty figures as the CLI writes them: qualifier marks (≥20, ~30, ≤5), a range with the most
// corroborated and the latest figure when reports differ, and ⚠ when they contradict.
import { count } from "./dom.js";

export const FIGURE_FIELDS = ["killed", "injured", "missing", "attackers_killed"];

/** "≥20", "~30", "12" for {value, qualifier}. */
export function qualified(c) {
  return count(c);
}

/** One event's figure across its reports, without the contradiction mark (see `contradicts`). */
export function figureSummaryText(summary) {
  if (!summary) return "";
  const said = new Set((summary.reports || []).filter((f) => !f.alternative).map((f) => `${f.qualifier}:${f.value}`));
  const best = summary.most_corroborated;
  if (said.size <= 1) return qualified(best);
  return `${summary.min}–${summary.max} (most: ${qualified(best)}, latest: ${qualified(summary.latest)})`;
}

export function contradicts(summary) {
  return Boolean(summary && summary.contradiction);
}

/** A figure cell: the summary text and, when outlets contradict, a ⚠ mark with an explanation. */
export function figureCell(h, summary) {
  if (!summary) return "";
  return [
    figureSummaryText(summary),
    contradicts(summary) ? h("span", { className: "contradiction-mark", title: `reports contradict: ${summary.values.join(" vs ")}` }, " ⚠") : "",
  ];
}

/**
 * A figure given in any of the shapes the API uses: a number, a count {value, qualifier}
 * or a summary {min, max, most_corroborated ...}. Empty for none.
 */
export function anyFigure(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "most_corroborated" in value) return figureSummaryText(value) + (value.contradiction ? " ⚠" : "");
  if (typeof value === "object" && "value" in value) return qualified(value);
  return String(value);
}

/** The distinct figures the outlets currently give, with their qualifiers (~30, ≥20), lowest first. */
export function saidValues(summary) {
  const said = (summary.current || []).filter((f) => !f.alternative);
  if (!said.length) return summary.values.map(String);
  const seen = new Map(said.map((f) => [`${f.qualifier}:${f.value}`, f]));
  return [...seen.values()].sort((a, b) => a.value - b.value).map(qualified);
}
