import { reasonLabel } from './reasons';

const generic = (code: string) => ({ technology: 'Matching technology' })[code] ?? null;

describe('reason texts', () => {
  it('uses the text in the UI language', () => {
    const reason = { code: 'technology', text: { ja: '5軸加工が一致', zh: '五轴加工匹配', en: '5-axis machining matches' } };
    expect(reasonLabel(reason, 'ja', generic)).toEqual({ text: '5軸加工が一致', language: 'ja' });
    expect(reasonLabel(reason, 'zh', generic)).toEqual({ text: '五轴加工匹配', language: 'zh' });
    expect(reasonLabel(reason, 'en', generic)).toEqual({ text: '5-axis machining matches', language: 'en' });
  });

  it('falls back to English, then Japanese, then Chinese when the UI language has none', () => {
    expect(reasonLabel({ code: 'region', text: { ja: '大阪府', zh: null, en: 'Osaka' } }, 'zh', generic)).toEqual({
      text: 'Osaka',
      language: 'en',
    });
    expect(reasonLabel({ code: 'region', text: { ja: '大阪府', zh: '大阪府', en: '  ' } }, 'en', generic)).toEqual({
      text: '大阪府',
      language: 'ja',
    });
    expect(reasonLabel({ code: 'region', text: { zh: '广东省' } }, 'ja', generic)).toEqual({ text: '广东省', language: 'zh' });
  });

  it('falls back to the catalogue name of the code, else the code itself', () => {
    expect(reasonLabel({ code: 'technology', text: null }, 'en', generic)).toEqual({ text: 'Matching technology', language: null });
    expect(reasonLabel({ code: 'brand_new', text: { ja: null, zh: null, en: null } }, 'en', generic)).toEqual({
      text: 'brand_new',
      language: null,
    });
  });
});
