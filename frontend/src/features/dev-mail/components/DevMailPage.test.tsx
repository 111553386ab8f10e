import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { DevMailPage } from './DevMailPage';

describe('DevMailPage', () => {
  it('lists the mails the run command sent, with their links to follow', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/dev/mail': [
        {
          id: '<m1@musubi>',
          to: 'sme@musubi.example',
          subject: 'Reset your Musubi password',
          text: 'Choose a new password:\nhttp://localhost:8080/reset-password?token=abc\n',
          receivedAt: '2026-12-07T10:00:00Z',
        },
      ],
    });
    renderAt('/dev/mail', <DevMailPage />);
    expect(await screen.findByTestId('dev-mail-subject')).toHaveTextContent('Reset your Musubi password');
    expect(screen.getByTestId('dev-mail-link')).toHaveAttribute(
      'href',
      'http://localhost:8080/reset-password?token=abc',
    );
  });

  it('says the page belongs to the run command where the API does not exist', async () => {
    await changeLanguage('ja');
    mockApi({});
    renderAt('/dev/mail', <DevMailPage />);
    expect(await screen.findByTestId('dev-mail-unavailable')).toHaveTextContent('ローカル実行時のみ');
  });
});
