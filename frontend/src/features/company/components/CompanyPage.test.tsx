import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { setToken } from '@/lib/auth/token';
import { mockApi, renderAt, requests } from '@/test/render';
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

  describe('a full profile', () => {
    const FULL = {
      ...COMPANY,
      kind: 'SME',
      headlines: { ja: '航空機部品の精密加工', zh: null, en: 'Precision parts for aerospace' },
      verified: true,
      smeClass: { code: 'SME', sector: 'MANUFACTURING', reason: { ja: '製造業：資本金3億円以下', zh: '制造业', en: 'Manufacturing: capital up to ¥300M' } },
      equipment: [{ type: '5-axis machining centre', maker: 'DMG Mori', model: 'DMU 50', count: 2, maxWorkSize: '500 mm' }],
      certifications: [
        { id: 'x1', standard: 'ISO_9001', name: null, number: 'JQA-1234', issuer: 'JQA', validUntil: '2027-03-31', verification: 'VERIFIED', expired: false },
        { id: 'x2', standard: 'ISO_14001', name: null, number: 'JQA-9', issuer: 'JQA', validUntil: '2024-01-31', verification: 'UNVERIFIED', expired: true },
      ],
      products: ['Turbine blades'],
      materials: ['Titanium'],
      technologies: ['MACHINING'],
    };
    const NEEDS = { total: 1, page: 0, size: 50, items: [{ id: 'n1', titles: { ja: null, zh: null, en: 'Jig design' }, status: 'OPEN' }] };
    const ME = { id: 'u9', email: 'buyer@musubi.example', displayName: 'Buyer', role: 'LARGE_FIRM_MEMBER', companyId: 'other', companyNames: null };

    afterEach(() => localStorage.clear());

    it('shows headline, badges with the classification reason, equipment, certifications and open needs', async () => {
      await changeLanguage('en');
      mockApi({
        '/api/companies/a1': FULL,
        '/api/industries': INDUSTRIES,
        '/api/taxonomy': { groups: [{ code: 'P', labels: { ja: '加工', zh: '加工', en: 'Processing' }, terms: [{ code: 'MACHINING', labels: { ja: '切削加工', zh: '切削加工', en: 'Machining' } }] }] },
        '/api/needs': NEEDS,
        '/api/capacities': { total: 0, page: 0, size: 50, items: [] },
      });
      renderProfile('a1');
      expect(await screen.findByTestId('profile-headline')).toHaveTextContent('Precision parts for aerospace');
      expect(screen.getByTestId('verified-badge')).toBeInTheDocument();
      expect(screen.getByTestId('sme-class-reason')).toHaveTextContent('Manufacturing: capital up to ¥300M');
      expect(within(screen.getByTestId('equipment-table')).getByText('DMU 50')).toBeInTheDocument();
      const certifications = screen.getAllByTestId('certification');
      expect(within(certifications[0]).getByTestId('certification-status')).toHaveTextContent('Valid');
      expect(within(certifications[0]).getByTestId('certification-status')).toHaveTextContent('Verified');
      expect(certifications[1]).toHaveClass('expired');
      expect(within(certifications[1]).getByTestId('certification-status')).toHaveTextContent('Expired');
      expect(await screen.findByText('Machining')).toBeInTheDocument();
      expect(await screen.findByTestId('company-need')).toHaveTextContent('Jig design');
      expect(screen.queryByTestId('edit-company')).toBeNull();
    });

    it('lets a member of another company send an inquiry', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({
        '/api/auth/me': ME,
        '/api/companies/a1': FULL,
        '/api/industries': INDUSTRIES,
        'POST /api/inquiries': { id: 't1' },
      });
      renderProfile('a1');
      fireEvent.click(await screen.findByTestId('send-inquiry'));
      fireEvent.click(screen.getByTestId('inquiry-submit'));
      expect(await screen.findByText('Must not be empty.')).toBeInTheDocument();
      fireEvent.change(screen.getByTestId('inquiry-message'), { target: { value: 'Can you machine Inconel?' } });
      fireEvent.click(screen.getByTestId('inquiry-submit'));
      expect(await screen.findByTestId('inquiry-sent')).toBeInTheDocument();
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
        subjectType: 'COMPANY',
        subjectId: 'a1',
        message: 'Can you machine Inconel?',
      });
    });

    it('offers its own members an edit button instead', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({ '/api/auth/me': { ...ME, companyId: 'a1' }, '/api/companies/a1': FULL, '/api/industries': INDUSTRIES });
      renderProfile('a1');
      expect(await screen.findByTestId('edit-company')).toHaveAttribute('href', '/companies/a1/edit');
      expect(screen.queryByTestId('send-inquiry')).toBeNull();
    });
  });
});
