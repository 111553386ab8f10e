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
  const parsed = parseJson(text);
  if (!response.ok) throw apiError(response, parsed);
  return parsed as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // not JSON: keep the status only
  }
}

/** A failed answer as an ApiError; the stable code is the body's `error` (or `code`, as some answers name it). */
function apiError(response: Response, parsed: unknown): ApiError {
  const error = (parsed ?? {}) as { error?: string; code?: string; message?: string; errors?: FieldError[] };
  return new ApiError(
    response.status,
    error.error ?? error.code ?? 'error',
    error.message ?? response.statusText,
    Array.isArray(error.errors) ? error.errors : [],
    retryAfterSeconds(response.headers?.get('Retry-After')),
  );
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

/** The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` preferred), or null when it names none. */
export function attachmentName(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  return name ? name : null;
}

/** Saves `blob` as a file: an object URL and a temporary `<a download>`. */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function fetchFile(path: string): Promise<Response> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw apiError(response, parseJson(await response.text().catch(() => '')));
  return response;
}

/** A file from the API (e.g. the CSV export) with the user's token, saved by the browser under `filename`. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await fetchFile(path);
  saveBlob(await response.blob(), filename);
}

/**
 * A file from the API saved under the name its `Content-Disposition` gives, else `fallback` (e.g. the account's
 * data export).
 */
export async function downloadAttachment(path: string, fallback: string): Promise<void> {
  const response = await fetchFile(path);
  saveBlob(await response.blob(), attachmentName(response.headers?.get('Content-Disposition')) ?? fallback);
}

/** For query retries: client errors (4xx) will not get better by asking again. */
export function retryServerErrors(failures: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}
