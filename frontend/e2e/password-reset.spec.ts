import { expect, test } from '@playwright/test';
import { english } from './session';

test('a user who forgot the password resets it from the mail, signs in with the new one, and logging out ends the token', async ({
  page,
  context,
}) => {
  await english(context);
  const email = `reset-${Date.now()}@test.example`;
  const signUp = await page.request.post('/api/auth/signup', {
    data: {
      email,
      password: 'the first long passphrase',
      displayName: 'Forgetful Tester',
      language: 'en',
      company: { kind: 'SME', names: { en: 'Forgetful Works' }, country: 'JP', industry: 'MANUFACTURING' },
    },
  });
  expect(signUp.status()).toBe(202);

  await page.goto('/login');
  await page.getByTestId('login-forgot').click();
  await page.getByTestId('forgot-email').fill(email);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('forgot-sent')).toBeVisible();

  // the mail, read from the embedded SMTP server through the dev mailbox, as a newcomer would in the run command
  await page.goto('/dev/mail');
  const mail = page.getByTestId('dev-mail-item').filter({ hasText: email })
    .filter({ has: page.getByTestId('dev-mail-subject').filter({ hasText: 'Reset your Musubi password' }) });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  await mail.locator('summary').click();
  await expect(mail.getByTestId('dev-mail-subject')).toHaveText('Reset your Musubi password');
  const link = await mail.getByTestId('dev-mail-link').first().getAttribute('href');
  expect(link).toContain('/reset-password?token=');
  await page.goto(new URL(link!).pathname + new URL(link!).search);

  await page.getByTestId('reset-password').fill('a brand new long passphrase');
  await page.getByTestId('reset-submit').click();
  await expect(page.getByTestId('reset-done')).toBeVisible();
  await page.getByTestId('reset-login').click();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('a brand new long passphrase');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-user')).toBeVisible();

  // logging out ends the login on the server: the token the browser held is refused from then on
  const token = await page.evaluate(() => window.localStorage.getItem('musubi.token'));
  expect((await page.request.get('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  await page.getByTestId('nav-logout').click();
  await expect(page.getByTestId('nav-login')).toBeVisible();
  await expect
    .poll(async () => (await page.request.get('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } })).status())
    .toBe(401);
});
