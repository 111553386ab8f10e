import { ApiError, getJson, retryAfterSeconds } from './api-client';
import { mockApi, reply } from '@/test/render';

describe('the API client', () => {
  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-23T06:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 06:10:00 GMT', now)).toBe(600);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 05:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
  });

  it('keeps a refusal’s Retry-After on the error', async () => {
    mockApi({
      '/api/limited': reply(429, { status: 429, error: 'too_many_requests', message: 'Too many', errors: [] }, { 'Retry-After': '900' }),
    });
    const error = await getJson('/api/limited').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 900 });
  });
});
