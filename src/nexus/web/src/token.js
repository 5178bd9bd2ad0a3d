// The access-token form, shown when the server refuses an /api call (401). Built with DOM
// text nodes only; the typed token is never written into the page, the URL or localStorage.
import { h } from "./dom.js";

const REASONS = {
  needed: "This Nexus server protects its data: enter the access token it was started with (--token).",
  refused: "The server refused that token. Check it and enter it again.",
  invalid: "That token holds characters a request header cannot carry. Check it and enter it again.",
  empty: "Enter the access token.",
};

/**
 * Show the form (once) and resolve with the token the user submits.
 * reason: "needed" (first refusal), "refused" (a token was sent and refused) or "invalid".
 */
export function askForToken(reason = "needed") {
  document.getElementById("token-gate")?.remove();
  return new Promise((resolve) => {
    const note = h("p", { id: "token-message", className: reason === "needed" ? "notice" : "error", role: "alert" }, REASONS[reason] ?? REASONS.needed);
    const input = h("input", {
      id: "token-input",
      name: "token",
      type: "password",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "token-message",
    });
    const form = h(
      "form",
      { id: "token-form", className: "token-form", dataset: { reason } },
      h("h2", { id: "token-title" }, "Access token"),
      note,
      h("label", { for: "token-input" }, "Token "),
      input,
      " ",
      h("button", { type: "submit" }, "Continue"),
      h("p", { className: "notice small" }, "Kept for this browser tab only (session storage), sent as a bearer header."),
    );
    const gate = h("div", { id: "token-gate", className: "token-gate", role: "dialog", "aria-modal": "true", "aria-labelledby": "token-title" }, form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const token = input.value.trim();
      if (!token) {
        note.textContent = REASONS.empty;
        note.className = "error";
        input.focus();
        return;
      }
      input.value = "";
      gate.remove();
      resolve(token);
    });
    document.body.appendChild(gate);
    input.focus();
  });
}
