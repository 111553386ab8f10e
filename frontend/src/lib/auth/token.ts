import { useSyncExternalStore } from 'react';

/** The API's JWT lives in localStorage under this key, so a reload keeps the user signed in. */
export const TOKEN_KEY = 'musubi.token';

const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled by the browser
  }
}

/** The `exp` claim (seconds since the epoch) of a JWT, or null when it has none or is not a readable JWT. */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

export function isExpired(token: string, now = Date.now()): boolean {
  const exp = tokenExpiry(token);
  return exp !== null && exp * 1000 <= now;
}

/** The saved token, or null when there is none or it has expired (an expired one is removed). */
export function getToken(): string | null {
  const token = storage()?.getItem(TOKEN_KEY) ?? null;
  if (token && isExpired(token)) {
    storage()?.removeItem(TOKEN_KEY);
    return null;
  }
  return token;
}

function notify() {
  listeners.forEach((listener) => listener());
}

export function setToken(token: string) {
  storage()?.setItem(TOKEN_KEY, token);
  notify();
}

export function clearToken() {
  storage()?.removeItem(TOKEN_KEY);
  notify();
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  // another tab signing in or out
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The current token as React state: components re-render on sign-in and sign-out. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, () => null);
}
