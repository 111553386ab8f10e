/** The countries offered in forms (ISO 3166-1 alpha-2), named in the UI language by Intl; Japan and China first. */
export const COUNTRY_CODES = [
  'JP', 'CN', 'TW', 'HK', 'KR', 'VN', 'TH', 'SG', 'MY', 'ID', 'PH', 'IN', 'US', 'CA', 'MX', 'DE', 'FR', 'GB', 'IT', 'NL',
  'CH', 'SE', 'AU',
] as const;

export const CURRENCIES = ['JPY', 'CNY', 'USD', 'EUR', 'TWD', 'KRW', 'HKD', 'GBP'] as const;

/** A sensible currency for a country's capital; the user can change it. */
export function defaultCurrency(country: string | null | undefined): string {
  switch (country) {
    case 'CN':
      return 'CNY';
    case 'US':
      return 'USD';
    case 'DE':
    case 'FR':
    case 'IT':
    case 'NL':
      return 'EUR';
    default:
      return 'JPY';
  }
}
