import { filterTaxonomy, findRegion, labelOf, normalizeRegions, termLabel, type Taxonomy } from './reference';

const TAXONOMY: Taxonomy = {
  groups: [
    {
      code: 'PROCESSING',
      labels: { ja: '加工', zh: '加工', en: 'Processing' },
      terms: [
        { code: 'MACHINING', labels: { ja: '切削加工', zh: '切削加工', en: 'Machining' } },
        { code: 'GRINDING', labels: { ja: '研削加工', zh: '磨削加工', en: 'Grinding' }, aliases: ['研磨', 'surface grinding'] },
      ],
    },
    {
      code: 'MOULDS',
      labels: { ja: '金型', zh: '模具', en: 'Moulds and dies' },
      terms: [{ code: 'PRESS_DIE', labels: { ja: 'プレス金型', zh: '冲压模具', en: null } }],
    },
  ],
};

describe('taxonomy labels', () => {
  it('names a technology code in the UI language', () => {
    expect(termLabel(TAXONOMY, 'GRINDING', 'zh')).toBe('磨削加工');
    expect(termLabel(TAXONOMY, 'GRINDING', 'en')).toBe('Grinding');
  });

  it('falls back to English, then Japanese, and shows unknown codes as they are', () => {
    expect(termLabel(TAXONOMY, 'PRESS_DIE', 'en')).toBe('プレス金型');
    expect(termLabel(TAXONOMY, '切削加工', 'ja')).toBe('切削加工');
    expect(termLabel(undefined, 'MACHINING', 'ja')).toBe('MACHINING');
    expect(labelOf({ ja: null, zh: '模具', en: null }, 'fr')).toBe('模具');
  });

  it('filters terms by any language, ignoring case and width', () => {
    expect(filterTaxonomy(TAXONOMY, '切削').flatMap((g) => g.terms.map((t) => t.code))).toEqual(['MACHINING']);
    expect(filterTaxonomy(TAXONOMY, 'ＭＡＣＨＩＮ').flatMap((g) => g.terms.map((t) => t.code))).toEqual(['MACHINING']);
    expect(filterTaxonomy(TAXONOMY, '冲压').map((g) => g.code)).toEqual(['MOULDS']);
    expect(filterTaxonomy(TAXONOMY, '研磨').flatMap((g) => g.terms.map((t) => t.code))).toEqual(['GRINDING']);
    expect(filterTaxonomy(TAXONOMY, '')).toHaveLength(2);
    expect(filterTaxonomy(TAXONOMY, 'nothing like it')).toEqual([]);
  });
});

describe('regions', () => {
  it('accepts coded regions and plain names alike', () => {
    const regions = normalizeRegions([{ code: 'JP-27', labels: { ja: '大阪府', zh: '大阪府', en: 'Osaka' } }, '愛知県']);
    expect(regions.map((r) => r.code)).toEqual(['JP-27', '愛知県']);
    expect(findRegion(regions, 'JP-27')?.labels.en).toBe('Osaka');
    expect(findRegion(regions, '大阪府')?.code).toBe('JP-27');
    expect(findRegion(regions, 'Hokkaido')).toBeUndefined();
    expect(normalizeRegions(null)).toEqual([]);
  });
});
