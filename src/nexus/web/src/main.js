// The analyst UI: a hash router over small pages, and the header's type-ahead search.
import { get } from "./api.js";
import { clear, enc, h, message } from "./dom.js";
import { renderAudit } from "./pages/audit.js";
import { renderContradictions } from "./pages/contradictions.js";
import { renderDocument, renderDocuments } from "./pages/document.js";
import { renderEntity } from "./pages/entity.js";
import { renderEvent } from "./pages/event.js";
import { renderEvents } from "./pages/events.js";
import { renderHome } from "./pages/home.js";
import { renderMap } from "./pages/map.js";
import { renderNetwork } from "./pages/network.js";
import { renderSearch } from "./pages/search.js";
import { renderTimeline } from "./pages/timeline.js";

const ROUTES = {
  "": renderHome,
  home: renderHome,
  search: renderSearch,
  events: renderEvents,
  entity: renderEntity,
  network: renderNetwork,
  event: renderEvent,
  document: renderDocument,
  documents: renderDocuments,
  timeline: renderTimeline,
  map: renderMap,
  contradictions: renderContradictions,
  audit: renderAudit,
};

let generation = 0;

/** "#/network/ent-1?depth=2" -> {page: "network", arg: "ent-1", params: URLSearchParams} */
export function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [page = "", ...rest] = path.split("/");
  return { page, arg: rest.length ? decodeURIComponent(rest.join("/")) : null, params: new URLSearchParams(query) };
}

async function route() {
  const app = document.getElementById("app");
  const { page, arg, params } = parseHash(window.location.hash);
  const render = ROUTES[page];
  const mine = ++generation;
  clear(app);
  app.dataset.page = page || "home";
  app.dataset.route = window.location.hash; // the address this drawing is for ("ready" means ready for it)
  app.dataset.state = "loading";
  const view = h("section", { className: `page page-${page || "home"}` });
  app.appendChild(view);
  if (!render) {
    view.appendChild(message(`No page called “${page}”.`, "error"));
    app.dataset.state = "ready";
    return;
  }
  try {
    await render(view, arg, params, () => mine === generation);
  } catch (error) {
    if (mine !== generation) return;
    view.appendChild(message(error.status === 404 ? `Not found: ${error.message}` : `Error: ${error.message}`, "error"));
  }
  if (mine === generation) app.dataset.state = "ready";
}

function setUpTypeAhead() {
  const form = document.getElementById("quick-search");
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  let timer = null;
  let active = -1;
  let items = [];

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.classList.toggle("active", i === index));
  };
  const go = (entity) => {
    close();
    input.value = entity.name;
    window.location.hash = `#/entity/${enc(entity.id)}`;
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      try {
        items = await get("search/suggest", { q: text, limit: 8 });
      } catch {
        items = [];
      }
      if (input.value.trim() !== text) return;
      clear(list);
      items.forEach((entity, i) =>
        list.appendChild(
          h(
            "li",
            { role: "option", className: "suggestion", onmousedown: (e) => (e.preventDefault(), go(entity)), onmouseenter: () => highlight(i) },
            h("span", { className: `badge type-${entity.type}` }, entity.type),
            " ",
            entity.name,
            entity.aliases.length > 1 ? h("small", {}, ` (${entity.aliases.filter((a) => a !== entity.name).slice(0, 3).join(", ")})`) : "",
          ),
        ),
      );
      list.hidden = items.length === 0;
      active = -1;
    }, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") highlight(Math.min(active + 1, items.length - 1));
    else if (event.key === "ArrowUp") highlight(Math.max(active - 1, 0));
    else if (event.key === "Escape") close();
    else return;
    event.preventDefault();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (active >= 0 && items[active]) return go(items[active]);
    close();
    const text = input.value.trim();
    if (text) window.location.hash = `#/search?q=${enc(text)}`;
  });
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => {
  setUpTypeAhead();
  route();
});
