import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi, renderAt, requests } from '@/test/render';
import type { AgendaItem } from '../api/types';
import { EVENT, HAYASHI, YAMATO, refOf } from '../testing/fixtures';
import { AgendaTab } from './AgendaTab';
import { signedInTests } from '@/test/session';
import { AgendaTable } from './AgendaTable';

const ITEM: AgendaItem = {
  meetingId: 'm1',
  slot: 1,
  start: '2099-12-10T10:20+09:00',
  end: '2099-12-10T10:40+09:00',
  table: 2,
  counterpart: refOf(HAYASHI),
  priority: 'MUST_MEET',
  myOutcome: null,
  theirOutcome: null,
};

describe('the agenda', () => {
  signedInTests('en');

  it('lists my meetings in the event zone and downloads the .ics with the token', async () => {
    mockApi({
      'GET /api/events/e1/agenda.ics': 'BEGIN:VCALENDAR',
      'GET /api/events/e1/agenda': { event: EVENT, participant: YAMATO, items: [ITEM] },
    });
    const created: Blob[] = [];
    URL.createObjectURL = ((blob: Blob) => {
      created.push(blob);
      return 'blob:agenda';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });

    renderAt('/events/e1', <AgendaTab event={{ ...EVENT, myParticipant: YAMATO }} />);
    const [item] = await screen.findAllByTestId('agenda-item');
    expect(item).toHaveTextContent('10:20–10:40');
    expect(within(item).getByTestId('agenda-table-number')).toHaveTextContent('Table 2');
    expect(item).toHaveTextContent('林精密工業株式会社');
    expect(within(item).queryByTestId('agenda-outcome')).toBeNull(); // not started yet
    expect(screen.getByTestId('agenda-print')).toHaveAttribute('href', '/events/e1/agenda/print');

    fireEvent.click(screen.getByTestId('agenda-ics'));
    await waitFor(() => expect(clicked).toEqual(['agenda.ics']));
    const download = requests.find((r) => r.url === '/api/events/e1/agenda.ics')!;
    expect(download.headers.Authorization).toBe('Bearer jwt-token');
    expect(created).toHaveLength(1);
    click.mockRestore();
  });

  it('records my outcome once the meeting has started', async () => {
    mockApi({ 'PUT /api/events/e1/meetings/m1/outcome': { id: 'm1' } });
    renderAt(
      '/events/e1',
      <AgendaTable eventId="e1" timeZone="Asia/Tokyo" editable now={new Date('2099-12-10T02:00:00Z')}
        items={[{ ...ITEM, theirOutcome: 'FOLLOW_UP' }]} />,
    );
    expect(screen.getByTestId('agenda-their-outcome')).toHaveTextContent('Follow-up agreed');
    fireEvent.change(screen.getByTestId('agenda-outcome'), { target: { value: 'BUSINESS_TALKS' } });
    fireEvent.change(screen.getByTestId('agenda-outcome-note'), { target: { value: 'Quote next week' } });
    fireEvent.click(screen.getByTestId('agenda-outcome-save'));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ outcome: 'BUSINESS_TALKS', note: 'Quote next week' }));
  });
});
