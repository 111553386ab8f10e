import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { invalid, mockApi, renderAt, reply, requests } from '@/test/render';
import { signedInTests } from '@/test/session';
import type { SurveyRound } from '../api/types';
import { EVENT } from '../testing/fixtures';
import { FollowUpSection } from './FollowUpSection';

const MANAGED = { ...EVENT, canManage: true };
const SENT: SurveyRound = {
  id: 'r3',
  monthsAfter: 3,
  dueAt: '2100-03-10T09:00:00+09:00',
  sentAt: '2100-03-10T00:05:00Z',
  participantsMailed: 12,
  asked: 30,
  answered: 7,
};
const SCHEDULED: SurveyRound = { ...SENT, id: 'r6', monthsAfter: 6, dueAt: '2100-06-10T09:00:00+09:00', sentAt: null,
  participantsMailed: 0, asked: 0, answered: 0 };

describe('FollowUpSection', () => {
  signedInTests('en');

  it('lists the rounds with their due time, what went out and what came back; only unsent ones can be removed', async () => {
    mockApi({ 'GET /api/events/e1/surveys': [SENT, SCHEDULED], 'DELETE /api/events/e1/surveys/r6': reply(204) });
    renderAt('/events/e1', <FollowUpSection event={MANAGED} />);
    const rows = await screen.findAllByTestId('survey-round');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3 months after');
    expect(rows[0]).toHaveTextContent('Sent');
    expect(rows[0]).toHaveTextContent('7 of 30');
    expect(within(rows[0]).queryByTestId('survey-remove')).toBeNull();
    expect(rows[1]).toHaveTextContent('Scheduled');
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Remove the round 6 months after' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE' && r.url === '/api/events/e1/surveys/r6')).toBe(true));
  });

  it('adds a round months after the last day and says why the server refused one', async () => {
    mockApi({
      'GET /api/events/e1/surveys': [SENT],
      'POST /api/events/e1/surveys': invalid([{ field: 'monthsAfter', code: 'duplicate', message: 'exists' }]),
    });
    renderAt('/events/e1', <FollowUpSection event={MANAGED} />);
    await screen.findByTestId('survey-rounds');
    fireEvent.change(screen.getByLabelText('Months after the last day (1–24)'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('survey-add'));
    expect(await screen.findByTestId('survey-errors')).toHaveTextContent('At most 24 months.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('survey-months'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('survey-add'));
    await waitFor(() => expect(screen.getByTestId('survey-errors')).toHaveTextContent(
      'There is already a round this many months after the fair.'));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ monthsAfter: 3 });
  });
});
