import { emptyCapacity, toCapacityRequest, validateCapacity } from './capacityDraft';

describe('capacity listing checks', () => {
  const titled = { ...emptyCapacity(), titles: { ja: '5軸マシニングの空き', zh: null, en: null } };

  it('wants availableFrom before availableTo, and availableTo not in the past', () => {
    expect(validateCapacity({ ...titled, availableFrom: '2026-12-01', availableTo: '2026-11-30' }, '2026-11-24')).toEqual([
      { field: 'availableTo', code: 'order', message: '' },
    ]);
    expect(validateCapacity({ ...titled, availableFrom: '2026-10-01', availableTo: '2026-11-01' }, '2026-11-24').map((e) => e.code)).toEqual(['past']);
    expect(validateCapacity({ ...titled, availableFrom: '2026-12-01', availableTo: '2027-03-31' }, '2026-11-24')).toEqual([]);
  });

  it('wants a title and both dates', () => {
    expect(validateCapacity(emptyCapacity(), '2026-11-24').map((e) => e.field)).toEqual(['titles', 'availableFrom', 'availableTo']);
  });

  it('sends empty texts and amounts as null', () => {
    const request = toCapacityRequest({ ...titled, availableFrom: '2026-12-01', availableTo: '2027-01-31', amountPerMonth: '120' });
    expect(request).toMatchObject({ amountPerMonth: 120, unit: 'HOURS', status: 'OPEN', terms: null, region: null });
    expect(request).not.toHaveProperty('version');
  });
});
