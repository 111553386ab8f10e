import { screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { setToken } from '@/lib/auth/token';
import { mockApi, renderRoutes, requests } from '@/test/render';
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
  renderRoutes(`/companies/${id}`, { '/companies/:id': <CompanyPage /> });

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
    const NEEDS = [{ id: 'n1', titles: { ja: null, zh: null, en: 'Jig design' }, status: 'OPEN' }];
    const ME = { id: 'u9', email: 'buyer@musubi.example', displayName: 'Buyer', role: 'LARGE_FIRM_MEMBER', companyId: 'other', companyNames: null };

    afterEach(() => localStorage.clear());

    it('shows headline, badges with the classification reason, equipment, certifications and open needs', async () => {
      await changeLanguage('en');
      mockApi({
        '/api/companies/a1': FULL,
        '/api/industries': INDUSTRIES,
        '/api/taxonomy': { groups: [{ code: 'P', labels: { ja: '加工', zh: '加工', en: 'Processing' }, terms: [{ code: 'MACHINING', labels: { ja: '切削加工', zh: '切削加工', en: 'Machining' } }] }] },
        '/api/needs': NEEDS,
        '/api/capacities': [],
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

    it('leaves "send inquiry" to the app\'s slot, called with the company', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({ '/api/auth/me': ME, '/api/companies/a1': FULL, '/api/industries': INDUSTRIES });
      renderRoutes('/companies/a1', {
        '/companies/:id': <CompanyPage inquiry={(subject) => <p data-testid="inquiry-slot">{JSON.stringify(subject)}</p>} />,
      });
      expect(JSON.parse((await screen.findByTestId('inquiry-slot')).textContent ?? '')).toEqual({
        type: 'COMPANY',
        id: 'a1',
        ownerCompanyId: 'a1',
      });
    });

    it('offers its own members an edit button', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({ '/api/auth/me': { ...ME, companyId: 'a1' }, '/api/companies/a1': FULL, '/api/industries': INDUSTRIES });
      renderProfile('a1');
      expect(await screen.findByTestId('edit-company')).toHaveAttribute('href', '/companies/a1/edit');
    });
  });

  describe('contact details', () => {
    const ME = { id: 'u9', email: 'buyer@musubi.example', displayName: 'Buyer', role: 'LARGE_FIRM_MEMBER', companyId: 'other', companyNames: null };
    const withContact = (contact: unknown) => ({ ...COMPANY, contact });
    const MEMBERS = { person: 'MEMBERS', email: 'MEMBERS', phone: 'MEMBERS' };

    afterEach(() => localStorage.clear());

    it('shows a visitor only the public details and a way to sign in for the others', async () => {
      await changeLanguage('en');
      mockApi({
        '/api/companies/a1': withContact({
          person: '林 一郎',
          email: null,
          phone: null,
          visibility: { ...MEMBERS, person: 'PUBLIC' },
          withheld: ['email', 'phone'],
        }),
        '/api/industries': INDUSTRIES,
      });
      renderProfile('a1');
      const contact = await screen.findByTestId('profile-contact');
      expect(contact).toHaveTextContent('林 一郎');
      expect(contact).not.toHaveTextContent('null');
      expect(within(contact).queryAllByRole('link', { name: /@|\+/ })).toHaveLength(0);
      expect(within(contact).getByTestId('contact-sign-in')).toHaveTextContent('Sign in to see the contact details');
      expect(within(contact).getByTestId('contact-sign-in')).toHaveAttribute('href', '/login');
      expect(screen.queryByTestId('contact-withheld')).toBeNull();
    });

    it('keeps the contact row for a visitor when every detail is withheld', async () => {
      await changeLanguage('ja');
      mockApi({
        '/api/companies/a1': withContact({ person: null, email: null, phone: null, visibility: MEMBERS, withheld: ['person', 'email', 'phone'] }),
        '/api/industries': INDUSTRIES,
      });
      renderProfile('a1');
      const contact = await screen.findByTestId('profile-contact');
      expect(within(contact).getByTestId('contact-sign-in')).toHaveTextContent('ログインすると連絡先を見られます');
      expect(contact).not.toHaveTextContent('—');
    });

    it('tells a signed-in reader which details the company shares in reply to an inquiry', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({
        '/api/auth/me': ME,
        '/api/companies/a1': withContact({
          person: '王芳',
          email: null,
          phone: null,
          visibility: { person: 'PUBLIC', email: 'INQUIRY', phone: 'INQUIRY' },
          withheld: ['email', 'phone'],
        }),
        '/api/industries': INDUSTRIES,
      });
      renderProfile('a1');
      const withheld = await screen.findByTestId('contact-withheld');
      expect(withheld).toHaveTextContent('Shared by this company in reply to an inquiry: e-mail, phone');
      expect(screen.getByTestId('profile-contact')).toHaveTextContent('王芳');
      expect(screen.queryByTestId('contact-sign-in')).toBeNull();
      expect(requests.find((r) => r.url === '/api/companies/a1')?.headers.Authorization).toBe('Bearer jwt-token');
    });

    it('names the withheld details in the UI language', async () => {
      await changeLanguage('zh');
      setToken('jwt-token');
      mockApi({
        '/api/auth/me': ME,
        '/api/companies/a1': withContact({ person: null, email: 'sales@hayashi.example', phone: null, visibility: MEMBERS, withheld: ['person'] }),
        '/api/industries': INDUSTRIES,
      });
      renderProfile('a1');
      expect(await screen.findByTestId('contact-withheld')).toHaveTextContent('该企业回复询问后才会公开：联系人');
    });

    it('shows every detail it may see as links, with no notice when nothing is withheld', async () => {
      await changeLanguage('en');
      setToken('jwt-token');
      mockApi({
        '/api/auth/me': ME,
        '/api/companies/a1': withContact({
          person: '林 一郎',
          email: 'sales@hayashi.example',
          phone: '+81-6-0000-0000',
          visibility: MEMBERS,
          withheld: [],
        }),
        '/api/industries': INDUSTRIES,
      });
      renderProfile('a1');
      const contact = await screen.findByTestId('profile-contact');
      expect(contact).toHaveTextContent('林 一郎 · sales@hayashi.example · +81-6-0000-0000');
      expect(within(contact).getByRole('link', { name: 'sales@hayashi.example' })).toHaveAttribute('href', 'mailto:sales@hayashi.example');
      expect(within(contact).getByRole('link', { name: '+81-6-0000-0000' })).toHaveAttribute('href', 'tel:+81600000000');
      expect(screen.queryByTestId('contact-withheld')).toBeNull();
      expect(screen.queryByTestId('contact-sign-in')).toBeNull();
    });
  });
});
