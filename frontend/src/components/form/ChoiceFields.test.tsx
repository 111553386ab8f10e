import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { IndustryField } from './IndustryField';
import { LanguageField } from './LanguageField';
import { ListingStatusField } from './ListingStatusField';

const optionsOf = (name: string) =>
  [...screen.getByRole('combobox', { name }).querySelectorAll('option')].map((o) => [o.value, o.textContent, o.lang]);

describe('choice fields', () => {
  beforeEach(() => changeLanguage('en'));

  it('names each language in itself', () => {
    renderAt('/', <LanguageField path="language" label="Language" errors={[]} value="ja" onChange={() => {}} />);
    expect(optionsOf('Language')).toEqual([
      ['ja', '日本語', 'ja'],
      ['zh', '中文', 'zh'],
      ['en', 'English', 'en'],
    ]);
  });

  it('offers a listing open or closed', () => {
    renderAt('/', <ListingStatusField errors={[]} data-testid="status" value="OPEN" onChange={() => {}} />);
    expect(optionsOf('Status').map(([value]) => value)).toEqual(['OPEN', 'CLOSED']);
  });

  it('offers the industries in the UI language and keeps a code it does not know', async () => {
    mockApi({ '/api/industries': [{ code: 'E24', jsic: '24', labels: { ja: '金属製品', zh: null, en: 'Metal products' } }] });
    renderAt('/', <IndustryField path="industry" errors={[]} value="X99" onChange={() => {}} />);
    expect(await screen.findByRole('option', { name: 'Metal products' })).toHaveValue('E24');
    expect(optionsOf('Industry').map(([value, text]) => [value, text])).toEqual([
      ['', '— Choose —'],
      ['X99', 'X99'],
      ['E24', 'Metal products'],
    ]);
  });
});
