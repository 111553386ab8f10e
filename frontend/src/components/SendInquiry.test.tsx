import { act, fireEvent, screen } from '@testing-library/react';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt, reply } from '@/test/render';
import { SendInquiry } from './SendInquiry';

const USER = {
  id: 'u1',
  email: 'new@musubi.example',
  displayName: 'Hanako',
  role: 'SME_MEMBER',
  companyId: 'c1',
  companyNames: null,
  companyRole: 'OWNER',
  emailConfirmed: false,
};

describe('SendInquiry', () => {
  beforeEach(() => setToken('jwt-token'));
  afterEach(() => localStorage.clear());

  it('says the e-mail address has to be confirmed before an inquiry goes out', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/inquiries': reply(403, { status: 403, error: 'email_unconfirmed', message: 'Confirm first', errors: [] }),
    });
    renderAt('/companies/c2', <SendInquiry subjectType="COMPANY" subjectId="c2" ownerCompanyId="c2" />);
    fireEvent.click(await screen.findByTestId('send-inquiry'));
    fireEvent.change(screen.getByTestId('inquiry-message'), { target: { value: 'Could you quote 500 parts?' } });
    fireEvent.click(screen.getByTestId('inquiry-submit'));
    expect(await screen.findByTestId('form-errors')).toHaveTextContent(
      'Confirm your e-mail address first: follow the link in the mail we sent you',
    );
    expect(screen.queryByTestId('inquiry-sent')).toBeNull();
  });

  it('is not offered to an account without a company', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': { ...USER, role: 'UNAFFILIATED', companyId: null, companyRole: null } });
    const { container } = renderAt('/companies/c2', <SendInquiry subjectType="COMPANY" subjectId="c2" ownerCompanyId="c2" />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(container).toBeEmptyDOMElement();
  });
});
