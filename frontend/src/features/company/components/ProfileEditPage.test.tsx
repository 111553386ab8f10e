import { fireEvent, screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { invalid, mockApi, problem, renderRoutes, requests } from '@/test/render';
import { signedInTests } from '@/test/session';
import { ProfileEditPage } from './ProfileEditPage';

const COMPANY = {
  id: 'c1',
  version: 3,
  kind: 'SME',
  names: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
  headlines: { ja: null, zh: null, en: null },
  descriptions: { ja: '精密切削加工', zh: null, en: null },
  industry: 'MANUFACTURING',
  country: 'JP',
  region: 'JP-27',
  capital: { amount: 30000000, currency: 'JPY' },
  employees: 85,
  foundedYear: 1968,
  website: null,
  contact: null,
  technologies: ['MACHINING'],
  freeTerms: [],
  products: [],
  materials: [],
  equipment: [
    { type: 'マシニングセンタ', maker: 'DMG森精機', model: 'DMU 50', count: 2, maxWorkSize: '500mm' },
    { type: '研削盤', maker: null, model: null, count: 1, maxWorkSize: null },
  ],
  designations: null,
  verified: false,
  logoUrl: null,
  certifications: [],
  smeClass: null,
  createdAt: '2026-11-23T06:00:00Z',
  updatedAt: '2026-11-23T06:00:00Z',
};
const ME = { id: 'u1', email: 'sme@musubi.example', displayName: '林', role: 'SME_MEMBER', companyId: 'c1', companyNames: COMPANY.names };
const REFERENCE = {
  '/api/auth/me': ME,
  '/api/industries': [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }],
  '/api/regions': [{ code: 'JP-27', labels: { ja: '大阪府', zh: '大阪府', en: 'Osaka' } }],
  '/api/taxonomy': {
    groups: [{ code: 'P', labels: { ja: '加工', zh: '加工', en: 'Processing' }, terms: [{ code: 'MACHINING', labels: { ja: '切削加工', zh: '切削加工', en: 'Machining' } }] }],
  },
  '/api/certification-standards': [{ code: 'ISO_9001', labels: { ja: 'ISO 9001', zh: 'ISO 9001', en: 'ISO 9001' } }],
};

const renderEdit = () =>
  renderRoutes('/companies/c1/edit', { '/companies/:id/edit': <ProfileEditPage /> });

describe('ProfileEditPage', () => {
  signedInTests('en');

  it('sends the profile with its version and shows the server’s field errors next to the fields', async () => {
    mockApi({
      ...REFERENCE,
      '/api/companies/c1': COMPANY,
      'PUT /api/companies/c1': invalid(
        [
          { field: 'capital.amount', code: 'positive_or_zero', message: 'must be greater than or equal to 0' },
          { field: 'equipment[1].count', code: 'min', message: 'must be at least 1' },
          { field: 'descriptions.en', code: 'too_long', message: 'too long' },
          { field: 'somethingElse', code: 'brand_new_code', message: 'A message only the server knows' },
        ],
        'Invalid profile',
      ),
    });
    renderEdit();
    fireEvent.change(await screen.findByTestId('profile-description-ja'), { target: { value: '超精密ラッピング' } });
    fireEvent.click(screen.getByTestId('profile-save'));

    const capital = await screen.findByText('Must be zero or more.');
    expect(capital.closest('[data-field]')).toHaveAttribute('data-field', 'capital.amount');
    const rows = screen.getAllByTestId('equipment-row');
    expect(within(rows[1]).getByText('Too small.')).toBeInTheDocument();
    expect(within(rows[0]).queryByText('Too small.')).toBeNull();
    expect(screen.getByTestId('profile-description-en')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('form-errors')).toHaveTextContent('A message only the server knows');
    expect(screen.getByTestId('profile-invalid')).toHaveTextContent('Please correct 4 problems.');

    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.Authorization).toBe('Bearer jwt-token');
    expect(put?.body).toMatchObject({
      version: 3,
      descriptions: { ja: '超精密ラッピング', zh: null, en: null },
      technologies: ['MACHINING'],
      capital: { amount: 30000000, currency: 'JPY' },
      equipment: [{ type: 'マシニングセンタ', count: 2 }, { type: '研削盤', count: 1 }],
    });
  });

  it('checks in the browser first', async () => {
    mockApi({ ...REFERENCE, '/api/companies/c1': COMPANY });
    renderEdit();
    fireEvent.change(await screen.findByTestId('profile-website'), { target: { value: 'example.com' } });
    fireEvent.change(screen.getByTestId('profile-name-ja'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('profile-name-en'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(await screen.findByText('Not in the expected format.')).toBeInTheDocument();
    expect(screen.getByText('Required.').closest('[data-field]')).toHaveAttribute('data-field', 'names');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('offers a reload when someone else saved in the meantime', async () => {
    mockApi({
      ...REFERENCE,
      '/api/companies/c1': COMPANY,
      'PUT /api/companies/c1': problem(409, 'conflict', { message: 'stale' }),
    });
    renderEdit();
    fireEvent.click(await screen.findByTestId('profile-save'));
    expect(await screen.findByTestId('profile-conflict')).toHaveTextContent('Someone else changed this');
    fireEvent.click(screen.getByTestId('profile-reload'));
    await screen.findByTestId('profile-save');
    expect(requests.filter((r) => r.method === 'GET' && r.url === '/api/companies/c1').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the technologies from the taxonomy in the UI language and adds one', async () => {
    mockApi({ ...REFERENCE, '/api/companies/c1': { ...COMPANY, technologies: [] } });
    renderEdit();
    fireEvent.change(await screen.findByTestId('technology-filter'), { target: { value: '切削' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Machining' }));
    expect(screen.getByTestId('technology-selected')).toHaveTextContent('Machining');
  });

  it('lets the company choose who sees each contact detail and sends the choice with the contact', async () => {
    mockApi({
      ...REFERENCE,
      '/api/companies/c1': {
        ...COMPANY,
        contact: {
          person: '林 一郎',
          email: 'sales@hayashi-seimitsu.example',
          phone: null,
          visibility: { person: 'PUBLIC', email: 'MEMBERS', phone: 'MEMBERS' },
          withheld: [],
        },
      },
      'PUT /api/companies/c1': { ...COMPANY, version: 4 },
    });
    renderEdit();
    const email = await screen.findByTestId('profile-contact-visibility-email');
    expect(screen.getByTestId('profile-contact-visibility-person')).toHaveValue('PUBLIC');
    expect(email).toHaveValue('MEMBERS');
    expect(screen.getByTestId('profile-contact-visibility-phone')).toHaveValue('MEMBERS');
    expect(within(email).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Everyone',
      'Signed-in users',
      'Companies I reply to',
    ]);
    expect(screen.getAllByLabelText('Who can see this')).toHaveLength(3);

    fireEvent.change(email, { target: { value: 'INQUIRY' } });
    fireEvent.change(screen.getByTestId('profile-contact-phone'), { target: { value: '+81-6-0000-0000' } });
    fireEvent.change(screen.getByTestId('profile-contact-visibility-phone'), { target: { value: 'INQUIRY' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(await screen.findByTestId('profile-saved')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({
      contact: {
        person: '林 一郎',
        email: 'sales@hayashi-seimitsu.example',
        phone: '+81-6-0000-0000',
        visibility: { person: 'PUBLIC', email: 'INQUIRY', phone: 'INQUIRY' },
      },
    });
  });

  it('starts every audience at signed-in users when the profile has no contact yet', async () => {
    await changeLanguage('ja');
    mockApi({ ...REFERENCE, '/api/companies/c1': COMPANY, 'PUT /api/companies/c1': { ...COMPANY, version: 4 } });
    renderEdit();
    const person = await screen.findByTestId('profile-contact-visibility-person');
    expect(person).toHaveValue('MEMBERS');
    expect(within(person).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '全員',
      'ログインしたユーザー',
      '問い合わせに返信した企業',
    ]);
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(await screen.findByTestId('profile-saved')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ contact: null });
  });
});
