import { clearToken, getToken, isExpired, setToken, subscribeToken, TOKEN_KEY, tokenExpiry } from './token';

const jwt = (payload: object) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('token storage', () => {
  afterEach(() => localStorage.clear());

  it('keeps the token in localStorage under musubi.token and tells listeners', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToken(listener);
    setToken('abc');
    expect(localStorage.getItem(TOKEN_KEY)).toBe('abc');
    expect(TOKEN_KEY).toBe('musubi.token');
    expect(getToken()).toBe('abc');
    clearToken();
    expect(getToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('reads the expiry of a JWT and drops an expired token', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const expired = jwt({ sub: 'u1', exp: now / 1000 - 60 });
    const valid = jwt({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 });
    expect(tokenExpiry(expired)).toBe(now / 1000 - 60);
    expect(isExpired(expired, now)).toBe(true);
    setToken(expired);
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    setToken(valid);
    expect(getToken()).toBe(valid);
  });

  it('leaves tokens it cannot read to the server', () => {
    expect(tokenExpiry('opaque')).toBeNull();
    expect(isExpired('not.a-jwt.at-all')).toBe(false);
  });
});
