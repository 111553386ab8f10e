import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { CompanyPage } from './CompanyPage';

const COMPANY = {
  id: 'a1',
  version: 1,
  names: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
  descriptions: { ja: '精密切削加工', zh: null, en: 'Precision machining' },
  technologies: ['切削加工'],
  country: 'JP',
  region: '大阪府',
  industry: 'MANUFACTURING',
  capital: { amount: 300000000, currency: 'JPY' },
  employees: 1200,
  foundedYear: 1965,
  website: 'https://example.com',
  createdAt: '2026-11-23T06:00:00Z',
  updatedAt: '2026-11-23T06:00:00Z',
};
const INDUSTRIES = [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }];

const renderProfile = (id: string) =>
  renderAt(
    `/companies/${id}`,
    <Routes>
      <Route path="/companies/:id" element={<CompanyPage />} />
    </Routes>,
  );

describe('CompanyPage', () => {
  it('shows the profile in the UI language with formatted facts', async () => {
    await changeLanguage('en');
    mockApi({ '/api/companies/a1': COMPANY, '/api/industries': INDUSTRIES });
    renderProfile('a1');

    expect(await screen.findByTestId('profile-name')).toHaveTextContent('Hayashi Precision');
    expect(screen.getByText('林精密工業株式会社')).toBeInTheDocument();
    expect(screen.getByTestId('profile-capital')).toHaveTextContent('¥300,000,000');
    expect(screen.getByText('1,200 people')).toBeInTheDocument();
    expect(screen.getByText('Japan')).toBeInTheDocument();
    expect(await screen.findByText('Manufacturing')).toBeInTheDocument();
    const website = screen.getByRole('link', { name: 'https://example.com' });
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: /Back to search/ })).toHaveAttribute('href', '/');
  });

  it('falls back to another language for the name', async () => {
    await changeLanguage('zh');
    mockApi({ '/api/companies/a1': COMPANY, '/api/industries': INDUSTRIES });
    renderProfile('a1');
    expect(await screen.findByTestId('profile-name')).toHaveTextContent('林精密工業株式会社');
  });

  it('says so when the company does not exist', async () => {
    await changeLanguage('ja');
    mockApi({ '/api/industries': INDUSTRIES });
    renderProfile('missing');
    expect(await screen.findByTestId('company-error')).toHaveTextContent('この企業は存在しないか、削除されました。');
  });
});
