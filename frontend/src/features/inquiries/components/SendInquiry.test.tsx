import { act, fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import type { InquirySubject } from '@/lib/inquiries';
import { mockApi, problem, renderAt, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { signedInTests } from '@/test/session';
import { SendInquiry } from './SendInquiry';

const COMPANY: InquirySubject = { type: 'COMPANY', id: 'c2', ownerCompanyId: 'c2' };

const USER = testUser({ email: 'new@musubi.example', displayName: 'Hanako', emailConfirmed: false, language: 'en' });

describe('SendInquiry', () => {
  signedInTests();

  it('lets a member of another company write to it, checking the message first', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': USER, 'POST /api/inquiries': { id: 't1' } });
    renderAt('/capacities/k1', <SendInquiry subject={{ type: 'CAPACITY', id: 'k1', ownerCompanyId: 'c2' }} />);
    fireEvent.click(await screen.findByTestId('send-inquiry'));
    fireEvent.click(screen.getByTestId('inquiry-submit'));
    expect(await screen.findByText('Must not be empty.')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('inquiry-message'), { target: { value: 'Can you machine Inconel?' } });
    fireEvent.click(screen.getByTestId('inquiry-submit'));
    expect(await screen.findByTestId('inquiry-sent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the conversation' })).toHaveAttribute('href', '/inbox/t1');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      subjectType: 'CAPACITY',
      subjectId: 'k1',
      message: 'Can you machine Inconel?',
    });
  });

  it('is not offered to the members of the company asked', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': { ...USER, companyId: 'c2' } });
    const { container } = renderAt('/companies/c2', <SendInquiry subject={COMPANY} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(container).toBeEmptyDOMElement();
  });

  it('asks visitors to log in first', async () => {
    await changeLanguage('en');
    localStorage.clear();
    mockApi({});
    renderAt('/companies/c2', <SendInquiry subject={COMPANY} />);
    expect(await screen.findByTestId('inquiry-login')).toHaveAttribute('href', '/login');
  });

  it('says the e-mail address has to be confirmed before an inquiry goes out', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/inquiries': problem(403, 'email_unconfirmed', { message: 'Confirm first' }),
    });
    renderAt('/companies/c2', <SendInquiry subject={COMPANY} />);
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
    const { container } = renderAt('/companies/c2', <SendInquiry subject={COMPANY} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(container).toBeEmptyDOMElement();
  });
});
