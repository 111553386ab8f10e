import { fireEvent, screen } from '@testing-library/react';
import { mockApi, problem, renderRoutes, requests } from '@/test/render';
import { signedInTests } from '@/test/session';
import { ThreadPage } from './ThreadPage';

const THREAD = {
  id: 't1',
  subject: { type: 'NEED', id: 'n1', titles: { ja: null, zh: null, en: 'Machining partner wanted' } },
  counterpart: { id: 'c2', names: { ja: null, zh: null, en: 'Hayashi Precision' } },
  status: 'OPEN',
  unread: 0,
  lastMessageAt: '2026-11-24T10:15:30Z',
  messages: [
    { id: 'm1', mine: false, authorName: 'Hayashi', body: '<img src=x onerror=alert(1)> We can do it.', createdAt: '2026-11-24T10:00:00Z' },
    { id: 'm2', mine: true, authorName: 'Buyer', body: 'Great, please quote.', createdAt: '2026-11-24T10:15:30Z' },
  ],
};

describe('ThreadPage', () => {
  signedInTests('en');

  it('shows messages as plain text, mine on the right, and sends a reply', async () => {
    mockApi({ '/api/inquiries/t1': THREAD, 'POST /api/inquiries/t1/messages': { id: 'm3' } });
    const { container } = renderRoutes('/inbox/t1', { '/inbox/:id': <ThreadPage /> });
    const messages = await screen.findAllByTestId('thread-message');
    expect(messages[0]).toHaveTextContent('<img src=x onerror=alert(1)> We can do it.');
    expect(container.querySelector('img')).toBeNull();
    expect(messages[0]).toHaveClass('theirs');
    expect(messages[1]).toHaveClass('mine');

    fireEvent.change(screen.getByTestId('reply-body'), { target: { value: 'Thank you' } });
    fireEvent.click(screen.getByTestId('reply-submit'));
    await screen.findByTestId('reply-body');
    await vi.waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/inquiries/t1/messages', body: { body: 'Thank you' } }),
    );
  });

  it('says the e-mail address has to be confirmed before a reply goes out', async () => {
    mockApi({
      '/api/inquiries/t1': THREAD,
      'POST /api/inquiries/t1/messages': problem(403, 'email_unconfirmed', { message: 'Confirm first' }),
    });
    renderRoutes('/inbox/t1', { '/inbox/:id': <ThreadPage /> });
    fireEvent.change(await screen.findByTestId('reply-body'), { target: { value: 'Thank you' } });
    fireEvent.click(screen.getByTestId('reply-submit'));
    expect(await screen.findByTestId('form-errors')).toHaveTextContent('Confirm your e-mail address first');
    expect(screen.getByTestId('reply-body')).toHaveValue('Thank you');
  });
});
