import { setToken } from '@/lib/auth/token';
import { changeLanguage, type Language } from '@/lib/i18n';

/**
 * For a `describe` whose tests run signed in: before each test a token is stored (and the UI language set, when
 * given); after it the storage is cleared.
 */
export function signedInTests(language?: Language) {
  beforeEach(async () => {
    if (language) await changeLanguage(language);
    setToken('jwt-token');
  });
  afterEach(() => localStorage.clear());
}
