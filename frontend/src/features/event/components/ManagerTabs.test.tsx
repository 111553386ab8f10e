import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { mockApi, renderAt, reply, requests } from '@/test/render';
import type { Meeting } from '../api/types';
import { EVENT, HAYASHI, YAMATO, refOf } from '../testing/fixtures';
import { DashboardTab } from './DashboardTab';
import { GridTab } from './GridTab';
import { signedInTests } from '@/test/session';
import { SchedulerTab } from './SchedulerTab';

// jsdom has no layout: give the charts a size, keep everything else of recharts as it is
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>();
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => (
      <div style={{ width: 600, height: 300 }}>{cloneElement(children, { width: 600, height: 300 })}</div>
    ),
  };
});

const MANAGED = { ...EVENT, canManage: true };
const MEETING: Meeting = {
  id: 'm1',
  a: refOf(YAMATO),
  b: refOf(HAYASHI),
  priority: 'MUST_MEET',
  mutual: false,
  weight: 3,
  slot: 1,
  table: 2,
  start: '2099-12-10T10:20+09:00',
  end: '2099-12-10T10:40+09:00',
  pinned: false,
  outcomes: [],
};
const RUN = {
  id: 'run1',
  at: '2026-11-24T01:00:00Z',
  totalWeight: 3,
  bound: 3,
  ratio: 1,
  scheduled: 1,
  unscheduled: 1,
  participantsWithMeeting: 2,
  participantsWithoutMeeting: 1,
  averageGaps: 0.5,
  millis: 12,
  provenOptimal: true,
  problems: [{ meetingId: 'm2', a: refOf(HAYASHI), b: refOf(YAMATO), reason: 'NO_COMMON_FREE_SLOT', detail: null }],
};

describe('the managers tabs', () => {
  signedInTests('en');

  it('runs the scheduler and shows its figures and the meetings it could not place', async () => {
    mockApi({
      'GET /api/events/e1/schedule': { slots: 4, tables: 3, meetings: [], lastRun: null },
      'POST /api/events/e1/schedule/run': RUN,
    });
    renderAt('/events/e1', <SchedulerTab event={MANAGED} />);
    fireEvent.click(await screen.findByTestId('scheduler-run'));
    const result = await screen.findByTestId('scheduler-result');
    expect(within(result).getByTestId('scheduler-ratio')).toHaveTextContent('100%');
    expect(within(result).getByTestId('scheduler-scheduled')).toHaveTextContent('1');
    expect(within(result).getByTestId('scheduler-problem')).toHaveTextContent('No slot in which both are free');
    expect(result).toHaveTextContent('Proven optimal.');
  });

  it('lays the schedule out as tables × slots, break columns marked, and moves a meeting', async () => {
    mockApi({
      'GET /api/events/e1/schedule': { slots: 4, tables: 3, meetings: [MEETING], lastRun: RUN },
      'PUT /api/events/e1/meetings/m1/placement': reply(409, {
        error: 'conflict',
        errors: [{ field: 'slot', code: 'busy', message: 'busy' }],
      }),
    });
    renderAt('/events/e1', <GridTab event={MANAGED} />);
    await screen.findByTestId('grid-day');
    const cells = screen.getAllByTestId('grid-cell');
    expect(cells).toHaveLength(3 * 4);
    const placed = cells.find((c) => c.dataset.slot === '1' && c.dataset.table === '2')!;
    expect(placed).toHaveTextContent('Yamato Heavy Industries');
    expect(placed).toHaveTextContent('Hayashi Precision Industries');
    expect(cells.filter((c) => c.classList.contains('break'))).toHaveLength(3);

    fireEvent.click(within(placed).getByTestId('grid-meeting'));
    const target = cells.find((c) => c.dataset.slot === '3' && c.dataset.table === '1')!;
    fireEvent.click(target);
    expect(screen.getByTestId('grid-move-slot')).toHaveValue('3');
    expect(screen.getByTestId('grid-move-table')).toHaveValue('1');
    fireEvent.click(screen.getByTestId('grid-move'));
    expect(await screen.findByTestId('grid-errors')).toHaveTextContent('A participant already has a meeting in that slot.');
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ slot: 3, table: 1, pinned: true });

    fireEvent.click(screen.getByTestId('grid-unschedule'));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/meetings/m1/placement'))).toBe(true));
  });

  it('shows the share of exhibitors that reached business talks as a big percentage, and the charts', async () => {
    mockApi({
      '/api/industries': [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }],
      'GET /api/events/e1/dashboard': {
        participants: 10,
        exhibitors: 4,
        meetingsAccepted: 8,
        meetingsScheduled: 7,
        meetingsHeld: 6,
        noShows: 1,
        outcomes: { NO_SHOW: 1, NO_INTEREST: 2, FOLLOW_UP: 1, BUSINESS_TALKS: 2, DEAL: 1 },
        exhibitorsReachedTalks: 3,
        shareReachedTalks: 0.75,
        byIndustry: [{ key: 'MANUFACTURING', exhibitors: 4, reached: 3, share: 0.75 }],
        byCountry: [{ key: 'JP', exhibitors: 3, reached: 2, share: 0.6667 }, { key: 'CN', exhibitors: 1, reached: 1, share: 1 }],
        funnel: { requests: 12, accepted: 8, held: 6, businessTalks: 3, deals: 1, rounds: [] },
      },
      'GET /api/events/e1/surveys': [],
    });
    renderAt('/events/e1', <DashboardTab event={MANAGED} />);
    expect(await screen.findByTestId('dashboard-share')).toHaveTextContent('75%');
    expect(screen.getByTestId('dashboard-meetingsHeld')).toHaveTextContent('6');
    expect(screen.getByTestId('dashboard-noShows')).toHaveTextContent('1');
    expect(screen.getByTestId('dashboard-by-country')).toHaveTextContent('Japan');
    expect(screen.getByTestId('dashboard-by-country')).toHaveTextContent('67%');
    expect(screen.getByTestId('dashboard-outcomes')).toHaveTextContent('Concrete business talks');
    await waitFor(() => expect(screen.getByTestId('dashboard-by-industry')).toHaveTextContent('Manufacturing'));
    expect(screen.getByTestId('funnel-requests')).toHaveTextContent('12');
    expect(await screen.findByTestId('follow-up')).toHaveTextContent('No survey rounds yet.');
    expect(screen.getByTestId('dashboard-outcomes').querySelector('.recharts-surface')).not.toBeNull();
  });
});
