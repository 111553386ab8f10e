import { formatMoney, formatNumber } from './format';

describe('formatMoney', () => {
  it('formats an amount in the currency and the UI language', () => {
    expect(formatMoney(300_000_000, 'JPY', 'en')).toBe('¥300,000,000');
    expect(formatMoney(300_000_000, 'JPY', 'ja')).toMatch(/300,000,000/);
    expect(formatMoney(5_000_000, 'CNY', 'zh')).toMatch(/5,000,000/);
  });

  it('does not throw on an unknown currency code', () => {
    expect(formatMoney(10, 'not a currency', 'en')).toBe('10 not a currency');
  });
});

describe('formatNumber', () => {
  it('groups digits', () => {
    expect(formatNumber(1200, 'en')).toBe('1,200');
  });
});
