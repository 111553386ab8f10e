import { availableLanguages, pickLanguage, pickText } from './pickName';

describe('pickText', () => {
  it('uses the UI language when the text exists in it', () => {
    expect(pickText({ ja: '林精密', zh: null, en: 'Hayashi' }, 'en')).toBe('Hayashi');
    expect(pickText({ ja: '林精密', zh: '林精密工业', en: 'Hayashi' }, 'zh')).toBe('林精密工业');
  });

  it('falls back to Japanese, then English, then Chinese', () => {
    expect(pickText({ ja: '林精密', zh: null, en: 'Hayashi' }, 'zh')).toBe('林精密');
    expect(pickText({ ja: null, zh: '苏州', en: 'Suzhou' }, 'ja')).toBe('Suzhou');
    expect(pickText({ ja: null, zh: '苏州', en: null }, 'en')).toBe('苏州');
  });

  it('treats empty texts and unknown UI languages as missing', () => {
    expect(pickText({ ja: '', zh: null, en: 'Hayashi' }, 'ja')).toBe('Hayashi');
    expect(pickText({ ja: '林精密', zh: null, en: 'Hayashi' }, 'fr')).toBe('林精密');
  });

  it('returns null when there is no text at all', () => {
    expect(pickText({ ja: null, zh: null, en: null }, 'ja')).toBeNull();
    expect(pickText(undefined, 'ja')).toBeNull();
    expect(pickLanguage(null, 'ja')).toBeNull();
  });

  it('tells which language was picked', () => {
    expect(pickLanguage({ ja: '林精密', zh: null, en: 'Hayashi' }, 'zh')).toBe('ja');
    expect(pickLanguage({ ja: '林精密', zh: null, en: 'Hayashi' }, 'en')).toBe('en');
  });

  it('lists the available languages in platform order', () => {
    expect(availableLanguages({ ja: 'a', zh: null, en: 'b' })).toEqual(['ja', 'en']);
  });
});
