import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, problem, renderAt, reply, requests } from '@/test/render';
import { DownloadDataButton } from './DownloadDataButton';

describe('DownloadDataButton', () => {
  const clicked: string[] = [];
  let click: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    await changeLanguage('en');
    setToken('jwt-token');
    clicked.length = 0;
    URL.createObjectURL = (() => 'blob:export') as typeof URL.createObjectURL;
    URL.revokeObjectURL = () => undefined;
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => {
    click.mockRestore();
    localStorage.clear();
  });

  it('saves the export under the name the server gives, with the token', async () => {
    mockApi({
      '/api/account/export': reply(200, { user: {} }, { 'Content-Disposition': 'attachment; filename="musubi-export-u1.json"' }),
    });
    renderAt('/my', <DownloadDataButton />);
    fireEvent.click(screen.getByTestId('account-export-download'));
    await waitFor(() => expect(clicked).toEqual(['musubi-export-u1.json']));
    expect(requests[0].headers.Authorization).toBe('Bearer jwt-token');
  });

  it('falls back to musubi-export.json', async () => {
    mockApi({ '/api/account/export': { user: {} } });
    renderAt('/my', <DownloadDataButton />);
    fireEvent.click(screen.getByTestId('account-export-download'));
    await waitFor(() => expect(clicked).toEqual(['musubi-export.json']));
  });

  it('says when the export failed', async () => {
    mockApi({ '/api/account/export': problem(401, 'unauthorized', { message: 'Log in' }) });
    renderAt('/my', <DownloadDataButton />);
    fireEvent.click(screen.getByTestId('account-export-download'));
    expect(await screen.findByTestId('account-export-error')).toHaveTextContent('Please log in again.');
    expect(clicked).toEqual([]);
  });
});
