import { fireEvent, screen } from '@testing-library/react';
import { mockApi, problem, renderAt, requests } from '@/test/render';
import { itInEachLanguage, signedInTests } from '@/test/session';
import { RequestForm } from './RequestForm';

const UNCONFIRMED = problem(403, 'email_unconfirmed', { message: 'Confirm your e-mail address first' });

describe('RequestForm', () => {
  signedInTests();

  itInEachLanguage('says an unconfirmed e-mail address holds the meeting request back', {
    en: 'Confirm your e-mail address first',
    ja: '先にメールアドレスの確認を完了してください。',
    zh: '请先确认您的电子邮箱',
  }, async (text) => {
    mockApi({ 'POST /api/events/e1/requests': UNCONFIRMED });
    const onSent = vi.fn();
    renderAt('/events/e1', <RequestForm eventId="e1" toParticipantId="p2" onSent={onSent} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('request-submit'));
    const errors = await screen.findByTestId('request-errors');
    expect(errors).toHaveTextContent(text);
    expect(errors).not.toHaveTextContent(/not allowed|権限|无权/);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/events/e1/requests' });
    expect(onSent).not.toHaveBeenCalled();
  });
});
