import { ApiError, attachmentName, getJson, retryAfterSeconds } from './api-client';
import { mockApi, problem, reply } from '@/test/render';

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
      '/api/limited': problem(429, 'too_many_requests', { message: 'Too many', headers: { 'Retry-After': '900' } }),
    });
    const error = await getJson('/api/limited').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 900 });
  });
});

describe('API errors and files', () => {
  it('takes the error code from `error`, or from `code` where an answer names it so', async () => {
    mockApi({
      '/api/a': problem(403, 'email_unconfirmed', { message: 'Confirm first' }),
      '/api/b': reply(409, { code: 'last_owner', message: 'Keep an owner' }),
    });
    expect(await getJson('/api/a').catch((e: unknown) => e)).toMatchObject({ status: 403, code: 'email_unconfirmed' });
    expect(await getJson('/api/b').catch((e: unknown) => e)).toMatchObject({ status: 409, code: 'last_owner' });
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(attachmentName('attachment; filename="musubi-export-2026-11-24.json"')).toBe('musubi-export-2026-11-24.json');
    expect(attachmentName('attachment; filename=export.json')).toBe('export.json');
    expect(attachmentName("attachment; filename=\"x.json\"; filename*=UTF-8''%E7%B5%90%E3%81%B3.json")).toBe('結び.json');
    expect(attachmentName('attachment')).toBeNull();
    expect(attachmentName(null)).toBeNull();
  });
});
