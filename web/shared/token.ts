// The API key or token a user pasted, kept for this browser tab only and sent as a bearer credential.
const KEY = 'partnership-graph.token';

/** The stored credential, or null when requests go out anonymously. */
export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode, policy): anonymous
  }
}

/** Stores (or, with an empty value, forgets) the credential. */
export function storeToken(token: string): void {
  const t = token.trim();
  if (t) sessionStorage.setItem(KEY, t);
  else sessionStorage.removeItem(KEY);
}

/** The Authorization header for the stored credential, if any. */
export function authHeaders(): Record<string, string> {
  const t = storedToken();
  return t ? { authorization: `Bearer ${t}` } : {};
}
