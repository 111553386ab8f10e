import { countryName } from './countryName';

describe('countryName', () => {
  it('names the country in the UI language', () => {
    expect(countryName('JP', 'en')).toBe('Japan');
    expect(countryName('CN', 'ja')).toBe('中国');
  });

  it('keeps what it cannot name', () => {
    expect(countryName(null, 'en')).toBeNull();
  });
});
