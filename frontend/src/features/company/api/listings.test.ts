import { itemsOf } from './listings';

describe('listing responses', () => {
  it('reads a page or a plain list', () => {
    const item = { id: 'n1', titles: { ja: 'a', zh: null, en: null }, status: 'OPEN' as const };
    expect(itemsOf({ total: 1, page: 0, size: 50, items: [item] })).toEqual([item]);
    expect(itemsOf([item])).toEqual([item]);
    expect(itemsOf(undefined)).toEqual([]);
  });
});
