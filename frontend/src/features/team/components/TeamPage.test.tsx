import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RouteNotice } from '@/components/RouteNotice';
import { getToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { INVITATION, MEMBERS, MEMBER_USER, OWNER } from '../testing/fixtures';
import { itInEachLanguage, signedInTests } from '@/test/session';
import { TeamPage } from './TeamPage';

const renderTeam = () =>
  renderRoutes('/my/team', {
    '/my/team': <><RouteNotice /><TeamPage /></>,
    '/login': <><RouteNotice /><p>login page</p></>,
  });

const ownerApi = (extra: Record<string, unknown> = {}) => ({
  '/api/auth/me': OWNER,
  'GET /api/companies/c1/members': MEMBERS,
  'GET /api/companies/c1/invitations': [INVITATION],
  ...extra,
});

/** The team page, once it shows the invite form: the owner invites `email`. */
const inviteOnTeamPage = async (email: string) => {
  renderTeam();
  fireEvent.change(await screen.findByTestId('invite-email'), { target: { value: email } });
  fireEvent.click(screen.getByTestId('invite-submit'));
};

const rowOf = async (name: string) =>
  (await screen.findAllByTestId('member-row')).find((row) => row.textContent?.includes(name))!;


describe('TeamPage', () => {
  signedInTests('en');

  it('shows owners the members with their actions, the pending invitations and the invite form', async () => {
    mockApi(ownerApi());
    renderTeam();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Team of Hayashi Precision');
    const me = await rowOf('林 太郎');
    expect(me).toHaveTextContent('hayashi@hayashi.example');
    expect(me).toHaveTextContent('(you)');
    expect(within(me).getByTestId('member-role')).toHaveTextContent('Owner');
    expect(within(me).getByTestId('member-leave')).toBeInTheDocument();
    expect(within(me).queryByTestId('member-remove')).toBeNull();
    const sato = await rowOf('Sato Hanako');
    expect(within(sato).getByTestId('member-role-select')).toHaveValue('MEMBER');
    expect(within(sato).getByTestId('member-remove')).toBeInTheDocument();
    expect(within(sato).getByTestId('member-hand-over')).toBeInTheDocument();
    expect(within(sato).queryByTestId('member-leave')).toBeNull();
    const [invitation] = await screen.findAllByTestId('invitation-row');
    expect(invitation).toHaveTextContent('new@hayashi.example');
    expect(invitation).toHaveTextContent('invited by 林 太郎');
    expect(screen.getByTestId('invite-email')).toBeInTheDocument();
    expect(screen.getByTestId('invite-language')).toHaveValue('en');
    expect(screen.getByTestId('delete-company')).toBeInTheDocument();
  });

  it('shows members who are not owners the member list only, and never asks for the invitations', async () => {
    mockApi({ '/api/auth/me': MEMBER_USER, 'GET /api/companies/c1/members': MEMBERS });
    renderTeam();
    const me = await rowOf('林 太郎');
    expect(within(me).getByTestId('member-leave')).toBeInTheDocument();
    const sato = await rowOf('Sato Hanako');
    expect(within(sato).getByTestId('member-role')).toHaveTextContent('Member');
    expect(within(sato).queryByTestId('member-role-select')).toBeNull();
    expect(within(sato).queryByTestId('member-remove')).toBeNull();
    expect(within(sato).queryByTestId('member-hand-over')).toBeNull();
    expect(within(sato).queryByTestId('member-leave')).toBeNull();
    expect(screen.queryByTestId('team-invitations')).toBeNull();
    expect(screen.queryByTestId('invite-form')).toBeNull();
    expect(screen.queryByTestId('delete-company')).toBeNull();
    expect(requests.some((r) => r.url.includes('/invitations'))).toBe(false);
  });

  it('invites in the UI language and lists the invitation again', async () => {
    await changeLanguage('ja');
    mockApi(ownerApi({ 'POST /api/companies/c1/invitations': reply(201, { ...INVITATION, id: 'i2', email: 'suzuki@hayashi.example', companyRole: 'OWNER' }) }));
    renderTeam();
    fireEvent.change(await screen.findByTestId('invite-email'), { target: { value: ' suzuki@hayashi.example ' } });
    fireEvent.change(screen.getByTestId('invite-role'), { target: { value: 'OWNER' } });
    fireEvent.click(screen.getByTestId('invite-submit'));
    expect(await screen.findByTestId('invite-sent')).toHaveTextContent('suzuki@hayashi.example に招待を送信しました。');
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/companies/c1/invitations',
      body: { email: 'suzuki@hayashi.example', companyRole: 'OWNER', language: 'ja' },
    });
    await waitFor(() => expect(requests.filter((r) => r.url === '/api/companies/c1/invitations' && r.method === 'GET')).toHaveLength(2));
    expect(screen.getByTestId('invite-email')).toHaveValue('');
  });

  itInEachLanguage('shows an address that is already in the team at the e-mail field', {
    en: 'This person is already a member of your company.',
    ja: 'この方はすでに自社のメンバーです。',
    zh: '此人已经是贵企业的成员。',
  }, async (text) => {
    mockApi(ownerApi({
      'POST /api/companies/c1/invitations': problem(409, 'already_member', {
        errors: [{ field: 'email', code: 'already_member', message: 'belongs to a member of this company' }],
      }),
    }));
    await inviteOnTeamPage('sato@hayashi.example');
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'email');
    expect(error).toHaveTextContent(text);
    expect(screen.queryByTestId('invite-sent')).toBeNull();
  });

  it('shows the server’s field errors and checks the address first', async () => {
    mockApi(ownerApi({
      'POST /api/companies/c1/invitations': problem(400, 'validation', {
        errors: [{ field: 'email', code: 'email', message: 'must be an e-mail address' }],
      }),
    }));
    await inviteOnTeamPage('nobody');
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Not a valid e-mail address.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByTestId('invite-email'), { target: { value: 'odd@address.example' } });
    fireEvent.click(screen.getByTestId('invite-submit'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await screen.findByTestId('field-error')).toHaveAttribute('data-field', 'email');
  });

  it('says when the company has sent too many invitations', async () => {
    mockApi(ownerApi({ 'POST /api/companies/c1/invitations': problem(429, 'too_many_requests', { message: 'Too many' }) }));
    await inviteOnTeamPage('one-more@hayashi.example');
    expect(await screen.findByTestId('invite-limited')).toHaveTextContent('Too many invitations today. Please try again tomorrow.');
  });

  it('revokes an invitation after asking', async () => {
    mockApi(ownerApi({ 'DELETE /api/companies/c1/invitations/i1': reply(204) }));
    renderTeam();
    const [row] = await screen.findAllByTestId('invitation-row');
    fireEvent.click(within(row).getByTestId('invitation-revoke'));
    expect(within(row).getByTestId('invitation-revoke-dialog')).toHaveTextContent('Revoke the invitation for new@hayashi.example?');
    fireEvent.click(within(row).getByTestId('invitation-revoke-confirm'));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'DELETE')).toMatchObject({ url: '/api/companies/c1/invitations/i1' }),
    );
  });

  it('changes a member’s role', async () => {
    mockApi(ownerApi({ 'PUT /api/companies/c1/members/u2': { ...MEMBERS[1], companyRole: 'OWNER' } }));
    renderTeam();
    const sato = await rowOf('Sato Hanako');
    fireEvent.change(within(sato).getByTestId('member-role-select'), { target: { value: 'OWNER' } });
    await waitFor(() => expect(within(sato).getByTestId('member-role-select')).toHaveValue('OWNER'));
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({ url: '/api/companies/c1/members/u2', body: { companyRole: 'OWNER' } });
  });

  it('removes a member after asking', async () => {
    mockApi(ownerApi({ 'DELETE /api/companies/c1/members/u2': reply(204) }));
    renderTeam();
    const sato = await rowOf('Sato Hanako');
    fireEvent.click(within(sato).getByTestId('member-remove'));
    fireEvent.click(within(sato).getByTestId('member-remove-confirm'));
    await waitFor(() => expect(requests.find((r) => r.method === 'DELETE')).toMatchObject({ url: '/api/companies/c1/members/u2' }));
    expect(getToken()).toBe('jwt-token');
  });

  it('hands ownership over, keeps the new session and shows the member’s view', async () => {
    mockApi(ownerApi({
      'POST /api/companies/c1/members/u2/hand-over': { token: 'new-token', user: MEMBER_USER },
    }));
    renderTeam();
    const sato = await rowOf('Sato Hanako');
    fireEvent.click(within(sato).getByTestId('member-hand-over'));
    fireEvent.click(within(sato).getByTestId('member-hand-over-confirm'));
    expect(await screen.findByTestId('route-notice')).toHaveTextContent('Ownership handed over: you are now a member of the team.');
    expect(getToken()).toBe('new-token');
    await waitFor(() => expect(screen.queryByTestId('invite-form')).toBeNull());
    expect(screen.getByTestId('team-page')).toHaveAttribute('data-owner', 'false');
  });

  it('lets a member leave: the session ends and the login page says why', async () => {
    mockApi({ '/api/auth/me': MEMBER_USER, 'GET /api/companies/c1/members': MEMBERS, 'DELETE /api/companies/c1/members/u1': reply(204) });
    renderTeam();
    const me = await rowOf('林 太郎');
    fireEvent.click(within(me).getByTestId('member-leave'));
    fireEvent.click(within(me).getByTestId('member-leave-confirm'));
    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(screen.getByTestId('route-notice')).toHaveTextContent('You have left the company and were signed out.');
    expect(getToken()).toBeNull();
  });

  itInEachLanguage('keeps the last owner from leaving', {
    en: 'You are the last owner: hand over ownership first, or delete the company.',
    ja: 'あなたは最後のオーナーです。',
    zh: '您是最后一位所有者',
  }, async (text) => {
    mockApi(ownerApi({ 'DELETE /api/companies/c1/members/u1': problem(409, 'last_owner') }));
    renderTeam();
    const me = await rowOf('林 太郎');
    fireEvent.click(within(me).getByTestId('member-leave'));
    fireEvent.click(within(me).getByTestId('member-leave-confirm'));
    expect(await within(me).findByTestId('member-error')).toHaveTextContent(text);
    expect(getToken()).toBe('jwt-token');
  });

  it('deletes the company with the owner’s password and signs out', async () => {
    mockApi(ownerApi({ 'DELETE /api/companies/c1': reply(204) }));
    renderTeam();
    fireEvent.click(await screen.findByTestId('delete-company-open'));
    fireEvent.change(screen.getByTestId('delete-company-password'), { target: { value: 'my-passphrase-1' } });
    fireEvent.click(screen.getByTestId('delete-company-submit'));
    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(screen.getByTestId('route-notice')).toHaveTextContent('The company has been deleted and you were signed out.');
    expect(requests.find((r) => r.method === 'DELETE')).toMatchObject({ url: '/api/companies/c1', body: { password: 'my-passphrase-1' } });
    expect(getToken()).toBeNull();
  });

  it('shows a wrong password when deleting the company at its field', async () => {
    mockApi(ownerApi({
      'DELETE /api/companies/c1': problem(400, 'validation', {
        errors: [{ field: 'password', code: 'wrong', message: 'is not your password' }],
      }),
    }));
    renderTeam();
    fireEvent.click(await screen.findByTestId('delete-company-open'));
    fireEvent.change(screen.getByTestId('delete-company-password'), { target: { value: 'not-it' } });
    fireEvent.click(screen.getByTestId('delete-company-submit'));
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'password');
    expect(error).toHaveTextContent('This is not your password.');
    expect(getToken()).toBe('jwt-token');
  });
});
