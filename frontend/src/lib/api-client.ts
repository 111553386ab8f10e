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
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    let body: { error?: string; message?: string; errors?: FieldError[] } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON: keep the status only
    }
    throw new ApiError(response.status, body.error ?? 'error', body.message ?? response.statusText, body.errors);
  }
  return (await response.json()) as T;
}
