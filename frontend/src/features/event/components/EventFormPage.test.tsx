import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { invalid, mockApi, renderRoutes, reply, requests } from '@/test/render';
import { EVENT, user } from '../testing/fixtures';
import { signedInTests } from '@/test/session';
import { EventFormPage } from './EventFormPage';

const page = (path: string) =>
  renderRoutes(path, {
    '/events/new': <EventFormPage />,
    '/events/:id/edit': <EventFormPage />,
    '/events/:id': <p data-testid="event-page">event page</p>,
  });

const change = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const fieldErrors = (field: string) =>
  screen.getAllByTestId('field-error').filter((e) => e.dataset.field === field).map((e) => e.textContent);

function fillValidEvent() {
  change('event-form-name-en', 'Musubi Fair');
  change('event-form-name-ja', '結び商談会');
  change('event-form-venue', 'Tokyo Big Sight');
  change('event-form-timezone', 'Asia/Tokyo');
  change('event-form-slot', '20');
  change('event-form-tables', '3');
  change('event-form-session-date-0', '2099-12-10');
  change('event-form-session-start-0', '10:00');
  change('event-form-session-end-0', '12:00');
  change('event-form-registration-deadline', '2099-12-06T18:00');
  change('event-form-request-deadline', '2099-12-07T18:00');
}

describe('EventFormPage', () => {
  signedInTests('en');

  it('checks the form before sending anything', async () => {
    mockApi({ '/api/auth/me': user('ORGANISER') });
    page('/events/new');
    const submit = await screen.findByTestId('event-form-submit');
    change('event-form-session-end-0', '10:50');
    fireEvent.click(submit);
    expect(await screen.findByTestId('event-form-invalid')).toBeInTheDocument();
    expect(fieldErrors('names')).toEqual(['Required.']);
    expect(fieldErrors('venue')).toEqual(['Must not be empty.']);
    expect(fieldErrors('sessions[0].date')).toEqual(['Required.']);
    expect(fieldErrors('registrationDeadline')).toEqual(['Required.']);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('places the server field errors at their inputs, in the UI language', async () => {
    mockApi({
      '/api/auth/me': user('ORGANISER'),
      'POST /api/events': invalid(
        [
          { field: 'sessions[1]', code: 'overlap', message: 'overlaps sessions[0]' },
          { field: 'tables', code: 'min', message: 'must be at least 1' },
          { field: 'breaks[0]', code: 'aligned', message: 'not on slot boundaries' },
          { field: 'requestDeadline', code: 'past', message: 'in the past' },
        ],
        'invalid',
      ),
    });
    page('/events/new');
    await screen.findByTestId('event-form-submit');
    fillValidEvent();
    fireEvent.click(screen.getByTestId('event-form-add-session'));
    change('event-form-session-date-1', '2099-12-11');
    change('event-form-session-start-1', '10:00');
    change('event-form-session-end-1', '11:00');
    fireEvent.click(screen.getByTestId('event-form-add-break'));
    change('event-form-break-date-0', '2099-12-10');
    change('event-form-break-start-0', '11:00');
    change('event-form-break-end-0', '11:20');
    fireEvent.click(screen.getByTestId('event-form-submit'));

    await waitFor(() => expect(fieldErrors('sessions[1]')).toEqual(['Overlaps another session on the same day.']));
    expect(fieldErrors('tables')).toEqual(['Must be at least 1.']);
    expect(fieldErrors('breaks[0]')).toEqual(['The break must start and end on slot boundaries.']);
    expect(fieldErrors('requestDeadline')).toEqual(['The deadline must not be in the past.']);
    expect(screen.getByTestId('event-form-tables')).toHaveAttribute('aria-invalid', 'true');

    const sent = requests.find((r) => r.method === 'POST')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      names: { ja: '結び商談会', zh: null, en: 'Musubi Fair' },
      timeZone: 'Asia/Tokyo',
      slotMinutes: 20,
      tables: 3,
      sessions: [
        { date: '2099-12-10', start: '10:00', end: '12:00' },
        { date: '2099-12-11', start: '10:00', end: '11:00' },
      ],
      breaks: [{ date: '2099-12-10', start: '11:00', end: '11:20' }],
      registrationDeadline: '2099-12-06T18:00:00+09:00',
      requestDeadline: '2099-12-07T18:00:00+09:00',
    });
  });

  it('shows the error codes in Japanese too', async () => {
    await changeLanguage('ja');
    mockApi({
      '/api/auth/me': user('ORGANISER'),
      'POST /api/events': reply(400, {
        error: 'validation',
        errors: [{ field: 'sessions[0]', code: 'divides', message: 'x' }],
      }),
    });
    page('/events/new');
    await screen.findByTestId('event-form-submit');
    fillValidEvent();
    fireEvent.click(screen.getByTestId('event-form-submit'));
    await waitFor(() => expect(fieldErrors('sessions[0]')).toEqual(['開催時間は面談時間の整数倍にしてください。']));
  });

  it('opens the event page once it is saved', async () => {
    mockApi({ '/api/auth/me': user('ORGANISER'), 'POST /api/events': reply(201, { ...EVENT, id: 'e9' }) });
    page('/events/new');
    await screen.findByTestId('event-form-submit');
    fillValidEvent();
    fireEvent.click(screen.getByTestId('event-form-submit'));
    expect(await screen.findByTestId('event-page')).toBeInTheDocument();
  });

  it('edits an event with its version, deadlines shown in the event zone', async () => {
    mockApi({
      '/api/auth/me': user('ORGANISER'),
      'GET /api/events/e1': { ...EVENT, canManage: true, version: 7, registrationDeadline: '2099-12-06T09:00:00Z' },
      'PUT /api/events/e1': { ...EVENT, canManage: true, version: 8 },
    });
    page('/events/e1/edit');
    expect(await screen.findByTestId('event-form-registration-deadline')).toHaveValue('2099-12-06T18:00');
    expect(screen.getByTestId('event-form-name-en')).toHaveValue('Musubi Fair');
    const breaks = screen.getByTestId('event-form-breaks');
    expect(within(breaks).getByTestId('event-form-break-start-0')).toHaveValue('10:40');
    fireEvent.click(screen.getByTestId('event-form-submit'));
    await screen.findByTestId('event-page');
    expect(requests.find((r) => r.method === 'PUT')!.body).toMatchObject({ version: 7, tables: 3 });
  });

  it('is not for members', async () => {
    mockApi({ '/api/auth/me': user('SME_MEMBER', 'hayashi') });
    page('/events/new');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
