import i18n, { changeLanguage, initialLanguage, normaliseLanguage } from '.';

describe('the UI language', () => {
  const original = Object.getOwnPropertyDescriptor(window.navigator, 'language');
  const browserLanguage = (value: string) =>
    Object.defineProperty(window.navigator, 'language', { value, configurable: true });

  afterEach(() => {
    localStorage.clear();
    if (original) Object.defineProperty(window.navigator, 'language', original);
    else Reflect.deleteProperty(window.navigator, 'language');
  });

  it('starts from the browser language when nothing was chosen', () => {
    localStorage.clear();
    browserLanguage('zh-CN');
    expect(initialLanguage()).toBe('zh');
    browserLanguage('ja');
    expect(initialLanguage()).toBe('ja');
    browserLanguage('en-GB');
    expect(initialLanguage()).toBe('en');
  });

  it('falls back to English for other browser languages', () => {
    browserLanguage('fr-FR');
    expect(initialLanguage()).toBe('en');
  });

  it('prefers the saved choice and sets <html lang>', async () => {
    browserLanguage('en-US');
    await changeLanguage('zh');
    expect(localStorage.getItem('musubi.language')).toBe('zh');
    expect(initialLanguage()).toBe('zh');
    expect(document.documentElement.lang).toBe('zh');
    expect(i18n.t('search.submit')).toBe('搜索');
  });

  it('normalises a language tag to ja, zh or en', () => {
    expect(normaliseLanguage('ja')).toBe('ja');
    expect(normaliseLanguage('ja-JP')).toBe('ja');
    expect(normaliseLanguage('zh-Hans-CN')).toBe('zh');
    expect(normaliseLanguage('EN-gb')).toBe('en');
    expect(normaliseLanguage('fr')).toBe('en');
    expect(normaliseLanguage(undefined)).toBe('en');
  });
});
