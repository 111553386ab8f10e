import { availableLanguages, pickText } from './pickName';

describe('pickText', () => {
  it('uses the UI language when the text exists in it', () => {
    expect(pickText({ ja: '林精密', zh: null, en: 'Hayashi' }, 'en')).toBe('Hayashi');
  });

  it('falls back to Japanese, then English, then Chinese', () => {
    expect(pickText({ ja: '林精密', zh: null, en: 'Hayashi' }, 'zh')).toBe('林精密');
    expect(pickText({ ja: null, zh: '苏州', en: 'Suzhou' }, 'ja')).toBe('Suzhou');
    expect(pickText({ ja: null, zh: '苏州', en: null }, 'en')).toBe('苏州');
  });

  it('returns null when there is no text at all', () => {
    expect(pickText({ ja: null, zh: null, en: null }, 'ja')).toBeNull();
    expect(pickText(undefined, 'ja')).toBeNull();
  });

  it('lists the available languages in platform order', () => {
    expect(availableLanguages({ ja: 'a', zh: null, en: 'b' })).toEqual(['ja', 'en']);
  });
});
