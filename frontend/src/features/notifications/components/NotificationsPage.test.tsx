import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt, requests } from '@/test/render';
import { NotificationsPage } from './NotificationsPage';

const PAGE = {
  unread: 1,
  total: 2,
  page: 0,
  size: 20,
  items: [
    {
      id: 'n1',
      type: 'INQUIRY_RECEIVED',
      title: { ja: '大和重工業 から問い合わせが届きました', zh: '收到来自大和重工业的咨询', en: 'Inquiry from Yamato Heavy' },
      body: { ja: '見積をお願いします', zh: '见积', en: 'Please quote' },
      link: '/inbox/t1',
      createdAt: '2026-12-07T10:00:00Z',
      readAt: null,
    },
    {
      id: 'n2',
      type: 'INTRODUCTION_MADE',
      title: { ja: '東邦金型 を紹介されました', zh: '您已被引荐给东邦金型', en: 'You have been introduced to Toho Mould' },
      body: { ja: '紹介', zh: '引荐', en: 'Introduced' },
      link: '/introductions',
      createdAt: '2026-12-06T10:00:00Z',
      readAt: '2026-12-06T11:00:00Z',
    },
  ],
};

const PREFERENCES = {
  items: [
    { type: 'INQUIRY_RECEIVED', label: { ja: '受信した問い合わせ', zh: '收到的咨询', en: 'Inquiries received' }, delivery: 'INSTANT', defaultDelivery: 'INSTANT' },
    { type: 'INTRODUCTION_STATUS_CHANGED', label: { ja: '紹介の進捗', zh: '引荐进展', en: 'Introduction progress' }, delivery: 'DAILY', defaultDelivery: 'DAILY' },
  ],
};

function renderPage() {
  renderAt(
    '/notifications',
    <Routes>
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/inbox/:id" element={<p data-testid="thread-page">thread</p>} />
    </Routes>,
  );
}

describe('NotificationsPage', () => {
  beforeEach(() => setToken('jwt-token'));
  afterEach(() => localStorage.clear());

  it('lists notifications in the UI language, unread ones marked, and opening one marks it read and follows its link', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/notifications/preferences': PREFERENCES,
      'POST /api/notifications/read': { unread: 0 },
      '/api/notifications': PAGE,
    });
    renderPage();
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('notification-title')).toHaveTextContent('Inquiry from Yamato Heavy');
    expect(items[0]).toHaveClass('unread');
    expect(items[1]).not.toHaveClass('unread');

    fireEvent.click(within(items[0]).getByRole('button'));
    expect(await screen.findByTestId('thread-page')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/notifications/read', body: { ids: ['n1'] } });
  });

  it('marks all read at once', async () => {
    await changeLanguage('ja');
    mockApi({
      '/api/notifications/preferences': PREFERENCES,
      'POST /api/notifications/read': { unread: 0 },
      '/api/notifications': PAGE,
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('notifications-mark-all'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ all: true });
  });

  it('saves a mail choice per kind as it is made', async () => {
    await changeLanguage('en');
    mockApi({
      'PUT /api/notifications/preferences': {
        items: [{ ...PREFERENCES.items[0], delivery: 'OFF' }, PREFERENCES.items[1]],
      },
      '/api/notifications/preferences': PREFERENCES,
      '/api/notifications': { ...PAGE, unread: 0, total: 0, items: [] },
    });
    renderPage();
    expect(await screen.findByTestId('notifications-empty')).toBeInTheDocument();
    const off = await screen.findByRole('radio', { name: 'Inquiries received: No mail' });
    fireEvent.click(off);
    expect(await screen.findByTestId('preferences-saved')).toHaveTextContent('Saved.');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ preferences: { INQUIRY_RECEIVED: 'OFF' } });
    expect(screen.getByRole('radio', { name: 'Inquiries received: No mail' })).toBeChecked();
  });
});
