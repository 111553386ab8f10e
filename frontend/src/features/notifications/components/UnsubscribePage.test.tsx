import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt, reply, requests } from '@/test/render';
import { UnsubscribePage } from './UnsubscribePage';

describe('UnsubscribePage', () => {
  it('stops the kind of mail its link names once, without a login', async () => {
    await changeLanguage('ja');
    mockApi({
      'POST /api/notifications/unsubscribe': {
        type: 'INQUIRY_RECEIVED',
        label: { ja: '受信した問い合わせ', zh: '收到的咨询', en: 'Inquiries received' },
      },
    });
    renderAt('/unsubscribe?token=abc.def', <UnsubscribePage />);
    expect(await screen.findByTestId('unsubscribed')).toHaveTextContent('「受信した問い合わせ」のメールを停止しました');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/notifications/unsubscribe?token=abc.def',
    ]);
  });

  it('says so when the link is not valid', async () => {
    await changeLanguage('en');
    mockApi({
      'POST /api/notifications/unsubscribe': reply(400, {
        status: 400,
        error: 'validation',
        message: 'invalid',
        errors: [{ field: 'token', code: 'invalid', message: 'is not a valid unsubscribe link' }],
      }),
    });
    renderAt('/unsubscribe?token=forged', <UnsubscribePage />);
    expect(await screen.findByTestId('unsubscribe-invalid')).toHaveTextContent('This link is not valid');
  });
});
