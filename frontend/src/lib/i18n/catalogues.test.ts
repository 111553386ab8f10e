import { catalogues } from '.';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('message catalogues', () => {
  it('have the same keys in ja, zh and en', () => {
    const en = keys(catalogues.en).sort();
    expect(keys(catalogues.ja).sort()).toEqual(en);
    expect(keys(catalogues.zh).sort()).toEqual(en);
  });

  it('have no empty texts', () => {
    for (const catalogue of Object.values(catalogues)) {
      const texts = JSON.stringify(catalogue);
      expect(texts).not.toContain('""');
    }
  });
});
