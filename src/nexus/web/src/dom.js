// Building the page with DOM APIs only. Text is always a text node (textContent),
// never parsed as HTML, so a document can say "<script>" and it stays text.

const SAFE_HREF = /^(#\/|https?:\/\/)/i;

/** h("a", {href: "#/x", className: "y"}, "text", child...) -> element */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "href") el.setAttribute("href", SAFE_HREF.test(String(value)) ? String(value) : "#/");
    else if (key === "style" && typeof value === "object") Object.assign(el.style, value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An SVG element (for the map and timeline axes). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const enc = encodeURIComponent;

export function entityLink(ref) {
  return h("a", { href: `#/entity/${enc(ref.id)}`, className: `entity type-${ref.type}` }, ref.name);
}

export function docLink(docId, label) {
  return h("a", { href: `#/document/${enc(docId)}`, className: "doc" }, label || docId);
}

export function eventLink(event, label) {
  return h("a", { href: `#/event/${enc(event.id)}` }, label || `${event.type} ${event.date || ""}`.trim());
}

export function count(c) {
  if (!c) return "";
  const prefix = { at_least: "≥", at_most: "≤", approx: "~", exact: "" }[c.qualifier] ?? "";
  return `${prefix}${c.value}`;
}

export function placeName(place) {
  if (!place) return "";
  return [place.name, place.admin1, place.country].filter(Boolean).join(", ");
}

/** An evidence sentence: the text, where it comes from, and how firmly it is said. */
export function evidenceItem(ev) {
  return h(
    "li",
    { className: ev.hedged ? "evidence hedged" : "evidence" },
    h("q", {}, ev.sentence),
    " ",
    h(
      "span",
      { className: "source" },
      "— ",
      docLink(ev.doc_id, [ev.outlet, ev.published].filter(Boolean).join(", ") || ev.doc_id),
      ev.asserter ? ` (per ${ev.asserter})` : "",
      ev.hedged ? ` [hedged: ${(ev.cues || []).join(", ") || "yes"}]` : "",
      ev.copy_of ? ` [copy of ${ev.copy_of}]` : "",
    ),
  );
}

export function message(text, className = "notice") {
  return h("p", { className }, text);
}

/** An ISO date cut to the precision it is known at: "2019" for a year, "2019-03" for a month. */
export function atPrecision(iso, precision) {
  if (!iso) return null;
  if (precision === "year") return String(iso).slice(0, 4);
  if (precision === "month") return String(iso).slice(0, 7);
  return String(iso).slice(0, 10);
}
