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

/**
 * One test a UI language, named `name (en)` and so on: the app speaks the language when `test` runs, which gets the
 * text expected in it (and the language).
 */
export function itInEachLanguage(
  name: string,
  texts: Record<Language, string>,
  test: (text: string, language: Language) => Promise<void>,
) {
  it.each(Object.entries(texts) as [Language, string][])(`${name} (%s)`, async (language, text) => {
    await changeLanguage(language);
    await test(text, language);
  });
}
