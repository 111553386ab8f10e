import { screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { signedInTests } from '@/test/session';
import { InboxPage } from './InboxPage';

const INBOX = {
  unreadTotal: 3,
  items: [
    {
      id: 't1',
      subject: { type: 'NEED', id: 'n1', titles: { ja: '試作部品の加工先募集', zh: null, en: 'Machining partner wanted' } },
      counterpart: { id: 'c2', names: { ja: '林精密工業', zh: null, en: 'Hayashi Precision' } },
      status: 'OPEN',
      unread: 3,
      lastMessageAt: '2026-11-24T10:15:30Z',
    },
    {
      id: 't2',
      subject: { type: 'COMPANY', id: 'c9', names: { ja: '東邦金型', zh: null, en: 'Toho Mould' } },
      counterpart: null,
      status: 'ANSWERED',
      unread: 0,
      lastMessageAt: '2026-11-20T08:00:00Z',
    },
    {
      id: 't3',
      subject: { type: 'COMPANY', id: 'c1', titles: { ja: '大和重工業', zh: null, en: 'Yamato Heavy' } },
      counterpart: null,
      counterpartDeleted: true,
      status: 'CLOSED',
      unread: 0,
      lastMessageAt: '2026-11-19T08:00:00Z',
    },
  ],
};

describe('InboxPage', () => {
  signedInTests();

  it('lists threads with subject, counterpart, status and unread count', async () => {
    await changeLanguage('en');
    mockApi({ '/api/inquiries': INBOX });
    renderAt('/inbox', <InboxPage />);
    const threads = await screen.findAllByTestId('inbox-thread');
    expect(threads).toHaveLength(3);
    expect(within(threads[0]).getByTestId('thread-subject')).toHaveTextContent('Machining partner wanted');
    expect(within(threads[0]).getByTestId('thread-counterpart')).toHaveTextContent('Hayashi Precision');
    expect(within(threads[0]).getByTestId('thread-unread')).toHaveTextContent('3');
    expect(within(threads[0]).getByTestId('thread-status')).toHaveTextContent('Open');
    expect(within(threads[1]).queryByTestId('thread-unread')).toBeNull();
    expect(within(threads[1]).getByTestId('thread-counterpart')).toHaveTextContent('Anonymous company');
    expect(within(threads[1]).getByTestId('thread-status')).toHaveTextContent('Answered');
    expect(within(threads[2]).getByTestId('thread-counterpart')).toHaveTextContent('Deleted company');
    expect(screen.getByTestId('inbox-unread-total')).toHaveTextContent('3 unread');
    expect(within(threads[0]).getByRole('link')).toHaveAttribute('href', '/inbox/t1');
  });
});
