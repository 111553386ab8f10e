import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi, renderAt, reply, requests } from '@/test/render';
import { EVENT, HAYASHI, REQUEST, YAMATO, refOf } from '../testing/fixtures';
import { signedInTests } from '@/test/session';
import { RequestsTab } from './RequestsTab';

const OUTGOING = { ...REQUEST, id: 'r2', from: refOf(HAYASHI), to: refOf(YAMATO), mutual: false, metBefore: [], status: 'PENDING' };
const ANSWERED = { ...REQUEST, id: 'r3', status: 'DECLINED', mutual: false, metBefore: [] };

describe('RequestsTab', () => {
  signedInTests('en');

  it('lists incoming and outgoing requests with status, expiry, mutual and met-before markers', async () => {
    mockApi({
      'GET /api/events/e1/requests?box=in': [REQUEST, ANSWERED],
      'GET /api/events/e1/requests?box=out': [OUTGOING],
    });
    renderAt('/events/e1', <RequestsTab event={{ ...EVENT, myParticipant: HAYASHI }} />);
    const incoming = await screen.findAllByTestId('request-incoming');
    expect(incoming).toHaveLength(2);
    const pending = incoming.find((row) => row.dataset.status === 'PENDING')!;
    expect(pending).toHaveTextContent('Yamato Heavy Industries, Ltd.');
    expect(pending).toHaveTextContent('大和重工業株式会社');
    expect(within(pending).getByTestId('request-status')).toHaveTextContent('Pending');
    expect(within(pending).getByTestId('mutual-badge')).toBeInTheDocument();
    expect(within(pending).getByTestId('met-before')).toHaveTextContent('Last Fair');
    expect(within(pending).getByTestId('request-expires')).toHaveTextContent('expires');
    const declined = incoming.find((row) => row.dataset.status === 'DECLINED')!;
    expect(within(declined).queryByTestId('request-accept')).toBeNull();
    const [outgoing] = screen.getAllByTestId('request-outgoing');
    expect(outgoing).toHaveTextContent('Yamato Heavy Industries');
    expect(within(outgoing).getByTestId('request-withdraw')).toBeInTheDocument();
  });

  it('accepts, declines and withdraws through the API', async () => {
    mockApi({
      'GET /api/events/e1/requests?box=in': [REQUEST, { ...REQUEST, id: 'r4' }],
      'GET /api/events/e1/requests?box=out': [OUTGOING],
      'POST /api/events/e1/requests/r1/accept': { ...REQUEST, status: 'ACCEPTED' },
      'POST /api/events/e1/requests/r4/decline': { ...REQUEST, id: 'r4', status: 'DECLINED' },
      'POST /api/events/e1/requests/r2/withdraw': { ...OUTGOING, status: 'WITHDRAWN' },
    });
    renderAt('/events/e1', <RequestsTab event={{ ...EVENT, myParticipant: HAYASHI }} />);
    const [first, second] = await screen.findAllByTestId('request-incoming');
    fireEvent.click(within(first).getByTestId('request-accept'));
    fireEvent.click(within(second).getByTestId('request-decline'));
    fireEvent.click(within(screen.getByTestId('request-outgoing')).getByTestId('request-withdraw'));
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'POST').map((r) => r.url).sort()).toEqual([
        '/api/events/e1/requests/r1/accept',
        '/api/events/e1/requests/r2/withdraw',
        '/api/events/e1/requests/r4/decline',
      ]),
    );
  });

  it('says when a request can no longer be answered', async () => {
    mockApi({
      'GET /api/events/e1/requests?box=in': [REQUEST],
      'GET /api/events/e1/requests?box=out': [],
      'POST /api/events/e1/requests/r1/accept': reply(409, { error: 'conflict', errors: [{ field: '', code: 'expired', message: 'expired' }] }),
    });
    renderAt('/events/e1', <RequestsTab event={{ ...EVENT, myParticipant: HAYASHI }} />);
    fireEvent.click(await screen.findByTestId('request-accept'));
    expect(await screen.findByTestId('request-errors')).toHaveTextContent('This request has expired.');
  });
});
