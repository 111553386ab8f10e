import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi, renderRoutes, reply, requests } from '@/test/render';
import { EVENT, HAYASHI, REQUEST, YAMATO, user } from '../testing/fixtures';
import { signedInTests } from '@/test/session';
import { EventPage, tabsFor } from './EventPage';

const page = (path = '/events/e1') =>
  renderRoutes(path, { '/events/:id': <EventPage /> });

const posts = () => requests.filter((r) => r.method === 'POST');

describe('EventPage', () => {
  signedInTests('en');

  it('shows tabs by role', () => {
    expect(tabsFor({ myParticipant: null, canManage: false })).toEqual(['details']);
    expect(tabsFor({ myParticipant: HAYASHI, canManage: false })).toEqual(['details', 'participants', 'recommended', 'requests', 'agenda']);
    expect(tabsFor({ myParticipant: null, canManage: true })).toContain('grid');
  });

  it('shows the details with slot times in the event zone and lets a member register', async () => {
    mockApi({
      '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
      'GET /api/events/e1': EVENT,
      'POST /api/events/e1/participants': reply(201, YAMATO),
    });
    page();
    expect(await screen.findByTestId('event-title')).toHaveTextContent('Musubi Fair');
    const slots = screen.getAllByTestId('event-slot');
    expect(slots[0]).toHaveTextContent('10:00–10:20');
    expect(slots[2]).toHaveTextContent('Break');
    expect(screen.getByTestId('event-zone-note')).toHaveTextContent('Asia/Tokyo (UTC+09:00)');

    expect(await screen.findByTestId('event-register-role')).toHaveValue('LARGE_FIRM');
    expect(screen.getByTestId('event-register-slot-2')).toBeDisabled();
    fireEvent.change(screen.getByTestId('event-register-offers'), { target: { value: 'Orders' } });
    fireEvent.change(screen.getByTestId('event-register-seeks'), { target: { value: 'Titanium machining' } });
    fireEvent.click(screen.getByTestId('event-register-slot-3'));
    fireEvent.click(screen.getByTestId('event-register-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0].body).toEqual({
      role: 'LARGE_FIRM',
      offers: 'Orders',
      seeks: 'Titanium machining',
      maxMeetings: null,
      unavailableSlots: [3],
    });
  });

  it('says why registration failed', async () => {
    mockApi({
      '/api/auth/me': user('SME_MEMBER', 'hayashi'),
      'GET /api/events/e1': EVENT,
      'POST /api/events/e1/participants': reply(409, { error: 'conflict', errors: [{ field: '', code: 'deadline', message: 'closed' }] }),
    });
    page();
    fireEvent.change(await screen.findByTestId('event-register-offers'), { target: { value: 'Machining' } });
    fireEvent.click(screen.getByTestId('event-register-submit'));
    expect(await screen.findByTestId('event-errors')).toHaveTextContent('Registration for this event has closed.');
  });

  it('lets a participant find another one and ask for a meeting', async () => {
    mockApi({
      '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
      'GET /api/events/e1/participants': { total: 2, page: 0, size: 20, items: [YAMATO, { ...HAYASHI, metBefore: REQUEST.metBefore }] },
      'GET /api/events/e1/requests': [],
      'GET /api/events/e1': { ...EVENT, myParticipant: YAMATO },
      'POST /api/events/e1/requests': reply(201, REQUEST),
    });
    page('/events/e1?tab=participants');
    const cards = await screen.findAllByTestId('participant-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).queryByTestId('participant-request')).toBeNull(); // my own
    const hayashi = cards[1];
    expect(hayashi).toHaveTextContent('林精密工業株式会社');
    expect(within(hayashi).getByTestId('company-link')).toHaveAttribute('href', '/companies/hayashi');
    expect(within(hayashi).getByTestId('met-before')).toHaveTextContent('Met before: Last Fair');
    fireEvent.click(within(hayashi).getByTestId('participant-request'));
    fireEvent.change(screen.getByTestId('request-priority'), { target: { value: 'MUST_MEET' } });
    fireEvent.change(screen.getByTestId('request-message'), { target: { value: 'Titanium parts' } });
    fireEvent.click(screen.getByTestId('request-submit'));
    expect(await screen.findByTestId('request-sent')).toBeInTheDocument();
    expect(posts()[0].body).toEqual({ toParticipantId: 'p-hayashi', priority: 'MUST_MEET', message: 'Titanium parts' });

    fireEvent.change(screen.getByTestId('participants-search'), { target: { value: '精密' } });
    fireEvent.change(screen.getByTestId('participants-role'), { target: { value: 'EXHIBITOR' } });
    fireEvent.click(screen.getByTestId('participants-search-submit'));
    await waitFor(() =>
      expect(requests.some((r) => r.url.includes('/participants?q=%E7%B2%BE%E5%AF%86&role=EXHIBITOR'))).toBe(true),
    );
  });

  it('translates a refused request', async () => {
    mockApi({
      '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
      'GET /api/events/e1/participants': { total: 1, page: 0, size: 20, items: [HAYASHI] },
      'GET /api/events/e1/requests': [],
      'GET /api/events/e1': { ...EVENT, myParticipant: YAMATO },
      'POST /api/events/e1/requests': reply(409, { error: 'conflict', errors: [{ field: '', code: 'cap', message: 'cap' }] }),
    });
    page('/events/e1?tab=participants');
    fireEvent.click(await screen.findByTestId('participant-request'));
    fireEvent.click(screen.getByTestId('request-submit'));
    expect(await screen.findByTestId('request-errors')).toHaveTextContent(
      'You have reached the maximum number of meeting requests for this event.',
    );
  });
});
