// The JSON API, as the pages use it. Errors become exceptions carrying the server's message.
//
// A server run off loopback with --token protects every /api endpoint: a call answered 401
// asks the user for the access token (an in-page form, see token.js), keeps it in
// sessionStorage for this tab only (never localStorage, never in the URL), sends it as
// "Authorization: Bearer <token>" on every later call, and retries. A refused token is
// forgotten and the form comes back saying so. On loopback no call is refused, no form
// is shown and no header is sent.
import { askForToken } from "./token.js";

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

/** Where the access token lives: this tab's session storage, gone when the tab closes. */
export const TOKEN_KEY = "nexus.accessToken";
let memoryToken = null; // used only when the browser refuses session storage

export function storedToken() {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) || null;
  } catch {
    return memoryToken;
  }
}

function storeToken(token) {
  memoryToken = token;
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // session storage disabled: the token lasts until the page is left
  }
}

/** Forget the token (the next protected call asks again). */
export function forgetToken() {
  storeToken(null);
}

// One form at a time: every call refused while it is shown waits for the same answer.
let pendingToken = null;

export function tokenFromUser(reason) {
  if (!pendingToken) {
    pendingToken = askForToken(reason).then((token) => {
      pendingToken = null;
      storeToken(token);
      return token;
    });
  }
  return pendingToken;
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
  }
  const qs = query.toString();
  return request(`/api/${path}${qs ? `?${qs}` : ""}`);
}

/**
 * fetch ``url`` with the stored token (and ``init``: method, extra headers, a JSON body); a 401
 * asks for the token and tries again; returns the JSON answer or throws an ApiError.
 */
export async function request(url, { method = "GET", headers: extra = {}, body = undefined } = {}) {
  for (;;) {
    const token = storedToken();
    const headers = { Accept: "application/json", ...extra };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      // A header value the browser cannot send (a token with characters outside Latin-1).
      if (token && error instanceof TypeError && storedToken() === token) {
        forgetToken();
        await tokenFromUser("invalid");
        continue;
      }
      throw error;
    }
    const answer = await response.json().catch(() => null);
    if (response.status === 401) {
      const current = storedToken();
      if (current && current !== token) continue; // another call was answered with a newer token
      if (current) forgetToken(); // the token we sent was refused
      await tokenFromUser(token ? "refused" : "needed");
      continue;
    }
    if (!response.ok) {
      const detail = answer?.detail;
      throw new ApiError(response.status, Array.isArray(detail) ? detail.map((d) => d.msg).join("; ") : detail ?? response.statusText);
    }
    return answer;
  }
}
