import { getToken } from './auth/token';

/** The API's one error shape (see backend platform/error/ApiError). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    /** Seconds to wait before asking again, from a 429's or 503's `Retry-After` header; null when not given. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/** `Retry-After` as seconds from now: either delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

interface RequestOptions {
  method?: string;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

/** Every call to the API goes through here: JSON in and out, the bearer token when there is one, ApiError on failure. */
export async function request<T>(path: string, { method = 'GET', json, form, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (form) {
    body = form; // the browser sets the multipart boundary itself
  } else if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  const response = await fetch(path, { method, headers, body, signal });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined; // not JSON: keep the status only
  }
  if (!response.ok) {
    const error = (parsed ?? {}) as { error?: string; message?: string; errors?: FieldError[] };
    throw new ApiError(
      response.status,
      error.error ?? 'error',
      error.message ?? response.statusText,
      Array.isArray(error.errors) ? error.errors : [],
      retryAfterSeconds(response.headers?.get('Retry-After')),
    );
  }
  return parsed as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal });
}

export function postJson<T>(path: string, json?: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'POST', json: json ?? {}, signal });
}

export function putJson<T>(path: string, json: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'PUT', json, signal });
}

export function deleteJson<T = void>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'DELETE', signal });
}

/** A multipart upload of one file in the form field `field` (the API's uploads all use `file`). */
export function upload<T>(path: string, file: Blob, field = 'file', signal?: AbortSignal): Promise<T> {
  const form = new FormData();
  form.append(field, file);
  return request<T>(path, { method: 'POST', form, signal });
}

/** A file from the API (e.g. the CSV export) with the user's token, saved by the browser under `filename`. */
export async function download(path: string, filename: string): Promise<void> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw new ApiError(response.status, 'error', response.statusText);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** For query retries: client errors (4xx) will not get better by asking again. */
export function retryServerErrors(failures: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}
