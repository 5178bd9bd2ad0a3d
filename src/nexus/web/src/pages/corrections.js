// Corrections in the UI: "mark as wrong" on events, reports and links, merge/split on entity
// pages, undo. Every write needs the token: a 401 brings up the token form (token.js) and the
// call is retried with what the user typed. The analyst's name (for the audit list) is kept in
// this tab's session storage and sent percent-encoded in the X-Nexus-Analyst header.
// Everything shown is built with dom.js (text nodes only).
import { request } from "../api.js";
import { enc, h } from "../dom.js";

const NAME_KEY = "nexus.analyst";

export function analystName() {
  try {
    return window.sessionStorage.getItem(NAME_KEY) || "";
  } catch {
    return "";
  }
}

function keepName(name) {
  try {
    if (name) window.sessionStorage.setItem(NAME_KEY, name);
  } catch {
    // no session storage: the name is asked again next time
  }
}

/** A write: POST (or another method) with a JSON body; a 401 asks for the token and retries. */
export async function send(path, body = null, method = "POST") {
  const name = analystName();
  const headers = name ? { "X-Nexus-Analyst": enc(name) } : {};
  return request(`/api/${path}`, { method, headers, body: body === null ? undefined : body });
}

function nameInput() {
  return h("input", { name: "who", className: "who", type: "text", maxlength: 80, placeholder: "your name (for the audit list)", value: analystName(), size: 24 });
}

function failure(error) {
  if (error.status === 403) return `Writes are disabled on this server: ${error.message}`;
  return `Not saved: ${error.message}`;
}

/** Undo a correction; resolves with the correction as it is now. */
export function undoCorrection(id) {
  return send(`corrections/${enc(String(id))}/undo`);
}

/** "Undo" for a correction just made or listed; onDone(correction) after the fact shows again. */
export function undoButton(correction, onDone) {
  const button = h("button", { type: "button", className: "undo", dataset: { correction: String(correction.id) } }, "Undo");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      onDone(await undoCorrection(correction.id));
    } catch (error) {
      button.disabled = false;
      button.after(h("span", { className: "error" }, ` ${failure(error)}`));
    }
  });
  return button;
}

/**
 * "Mark as wrong" for one fact (kind: event, relation or report): a button opening a small form
 * asking why. Once saved, the control says so and offers Undo; onChange(correction) is told of both.
 */
export function wrongButton(kind, target, what, onChange = () => {}) {
  const box = h("span", { className: "correction", dataset: { kind, target } });
  const open = h("button", { type: "button", className: "mark-wrong", title: `Mark this ${what} as wrong` }, "Mark as wrong");
  const reason = h("input", { name: "reason", type: "text", required: true, maxlength: 2000, placeholder: `why is this ${what} wrong?`, size: 36 });
  const who = nameInput();
  const note = h("span", { className: "status", role: "status" });
  const form = h(
    "form",
    { className: "wrong-form", hidden: true },
    h("label", {}, "Reason ", reason),
    " ",
    who,
    " ",
    h("button", { type: "submit" }, "Mark wrong"),
    " ",
    h("button", { type: "button", className: "cancel", onclick: () => (form.hidden = true) }, "Cancel"),
  );
  const showMarked = (correction) => {
    box.replaceChildren(h("span", { className: "marked" }, `Marked wrong (${correction.reason}) — hidden from views and exports. `), undoButton(correction, (undone) => {
      box.replaceChildren(h("span", { className: "notice" }, "Correction undone: shown again. "), open, form, note);
      form.hidden = true;
      onChange(undone);
    }));
    box.dataset.state = "marked";
  };
  open.addEventListener("click", () => {
    form.hidden = !form.hidden;
    if (!form.hidden) reason.focus();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = reason.value.trim();
    if (!text) {
      note.textContent = " Say why it is wrong.";
      note.className = "error";
      return;
    }
    keepName(who.value.trim());
    note.textContent = " Saving…";
    note.className = "notice";
    try {
      const correction = await send("corrections", { kind, target, reason: text });
      showMarked(correction);
      onChange(correction);
    } catch (error) {
      note.textContent = ` ${failure(error)}`;
      note.className = "error";
    }
  });
  box.append(open, form, note);
  return box;
}

/** Show an entity's page (again, when it is the one shown: a merge changes it in place). */
export function showEntity(id) {
  const hash = `#/entity/${enc(id)}`;
  if (window.location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else window.location.hash = hash;
}

/** Merge and split forms for an entity page; onDone(entity) with the entity to show next. */
export function entityCorrections(entity, onDone) {
  const status = h("p", { className: "status", id: "entity-correction-status", role: "status" });
  const report = (text, className) => {
    status.textContent = text;
    status.className = className;
  };

  const absorb = h("input", { name: "absorb", id: "merge-absorb", type: "text", required: true, placeholder: "another name or id", size: 28 });
  const mergeWho = nameInput();
  const merge = h(
    "form",
    { id: "merge-form", className: "correction-form" },
    h("label", { for: "merge-absorb" }, "Same entity as this one: "),
    absorb,
    " ",
    mergeWho,
    " ",
    h("button", { type: "submit" }, "Merge into this entity"),
  );
  merge.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!absorb.value.trim()) return report("Name the entity to merge in.", "error");
    keepName(mergeWho.value.trim());
    try {
      const merged = await send("entities/merge", { keep: entity.id, absorb: absorb.value.trim() });
      report(`Merged: ${absorb.value.trim()} is now part of ${merged.name}.`, "notice");
      onDone(merged);
    } catch (error) {
      report(failure(error), "error");
    }
  });

  const forms = entity.aliases.filter((a) => a !== entity.name);
  const splitWho = nameInput();
  const split = h(
    "form",
    { id: "split-form", className: "correction-form" },
    h("p", {}, forms.length ? "Names that belong to a different entity:" : "No other name to split off."),
    forms.map((form) => h("label", { className: "split-form" }, h("input", { type: "checkbox", name: "form", value: form }), ` ${form} `)),
    forms.length ? [" ", splitWho, " ", h("button", { type: "submit" }, "Split off as a new entity")] : "",
  );
  split.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = new FormData(split).getAll("form");
    if (!chosen.length) return report("Tick the names to split off.", "error");
    keepName(splitWho.value.trim());
    try {
      const created = await send("entities/split", { entity: entity.id, forms: chosen });
      report(`Split: ${chosen.join(", ")} now form ${created.name}.`, "notice");
      onDone(created);
    } catch (error) {
      report(failure(error), "error");
    }
  });

  return h(
    "details",
    { className: "entity-corrections", id: "entity-corrections" },
    h("summary", {}, "Correct this entity (merge, split) — needs the write token"),
    merge,
    split,
    status,
  );
}
