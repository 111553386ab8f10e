import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AppProviders } from '@/app/providers';

export function renderAt(path: string, ui: ReactElement) {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

/** A hook inside the app's providers (queries, i18n). */
export function renderHookInApp<R>(hook: () => R) {
  return renderHook(hook, { wrapper: AppProviders });
}

/**
 * The app at `path` with only the routes a test needs, each path to its element (the page under test, and stand-ins
 * for the pages it may send the user to: `{ '/signup': <SignupPage />, '/my': <p>my company page</p> }`).
 */
export function renderRoutes(path: string, routes: Record<string, ReactElement>) {
  return renderAt(
    path,
    <Routes>
      {Object.entries(routes).map(([routePath, element]) => (
        <Route key={routePath} path={routePath} element={element} />
      ))}
    </Routes>,
  );
}

/** Types each value into the input with that test id (`{ 'login-email': 'a@b.example' }`), then clicks `submit`. */
export function fillAndSubmit(values: Record<string, string>, submit: string) {
  for (const [testId, value] of Object.entries(values)) {
    fireEvent.change(screen.getByTestId(testId), { target: { value } });
  }
  fireEvent.click(screen.getByTestId(submit));
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

/** A refusal in the API's error shape (`{status, error, message, errors}`), e.g. `problem(429, 'too_many_requests')`. */
export const problem = (
  status: number,
  error: string,
  { message = error, errors = [], headers = {} }: { message?: string; errors?: unknown[]; headers?: Record<string, string> } = {},
) => reply(status, { status, error, message, errors }, headers);

/** The API's 400 for input it refuses, with its field errors. */
export const invalid = (errors: { field: string; code: string; message: string }[], message = 'Invalid') =>
  problem(400, 'validation', { message, errors });

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
