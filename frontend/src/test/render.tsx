import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders } from '@/app/providers';

export function renderAt(path: string, ui: ReactElement) {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

/** A canned answer with a status other than 200 (e.g. `reply(400, {error: 'validation', errors: [...]})`), and headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}
export const reply = (status: number, body: unknown = null, headers: Record<string, string> = {}) =>
  new Reply(status, body, headers);

export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** Every request the last mockApi saw, with method, parsed JSON body and headers. */
export const requests: RecordedRequest[] = [];

/**
 * Replaces fetch with canned answers by URL prefix; a key may start with a method (`'PUT /api/companies/a1'`),
 * which wins over a plain prefix. Unknown URLs get a 404 in the API's error shape.
 */
export function mockApi(routes: Record<string, unknown>) {
  const calls: string[] = [];
  requests.length = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input.toString();
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push(url);
    let body: unknown = init?.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // keep the text
      }
    }
    requests.push({ method, url, body, headers: { ...((init?.headers as Record<string, string>) ?? {}) } });
    const candidates = Object.keys(routes).sort((a, b) => b.length - a.length);
    const match =
      candidates.find((key) => key.startsWith(`${method} `) && url.startsWith(key.slice(method.length + 1))) ??
      candidates.find((key) => !/^[A-Z]+ /.test(key) && url.startsWith(key));
    if (!match) {
      return new Response(JSON.stringify({ status: 404, error: 'not_found', message: 'not found', errors: [] }), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const answer = routes[match];
    const status = answer instanceof Reply ? answer.status : 200;
    const payload = answer instanceof Reply ? answer.body : answer;
    return new Response(payload == null ? null : JSON.stringify(payload), {
      status,
      headers: { 'Content-Type': 'application/json', ...(answer instanceof Reply ? answer.headers : {}) },
    });
  }) as typeof fetch;
  return calls;
}
