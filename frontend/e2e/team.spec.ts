import { expect, test } from '@playwright/test';
import { english } from './session';

test('an owner invites a colleague, who accepts from the mail and edits the company profile', async ({ page, browser }) => {
  const n = Date.now();
  const owner = `owner-${n}@e2e.musubi.example`;
  const colleague = `colleague-${n}@e2e.musubi.example`;
  const password = 'the owner long passphrase';
  const signUp = await page.request.post('/api/auth/signup', {
    data: {
      email: owner,
      password,
      displayName: 'Team Owner',
      language: 'en',
      company: { kind: 'LARGE_FIRM', names: { en: `Team Works ${n}` }, country: 'JP', industry: 'MANUFACTURING' },
    },
  });
  expect(signUp.status()).toBe(202);
  await english(page.context());

  await page.goto('/login');
  await page.getByTestId('login-email').fill(owner);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-user')).toBeVisible();
  await page.goto('/my');
  await page.getByTestId('my-team').click();
  await expect(page.getByTestId('member-row')).toHaveCount(1);
  await page.getByTestId('invite-email').fill(colleague);
  await page.getByTestId('invite-submit').click();
  await expect(page.getByTestId('invite-sent')).toBeVisible();
  await expect(page.getByTestId('invitation-row').filter({ hasText: colleague })).toBeVisible();

  // the colleague reads the invitation in the embedded SMTP server's mailbox and opens its link, not signed in
  const colleagueContext = await browser.newContext();
  await english(colleagueContext);
  const other = await colleagueContext.newPage();
  await other.goto('/dev/mail');
  const mail = other.getByTestId('dev-mail-item').filter({ hasText: colleague });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  await expect(mail.getByTestId('dev-mail-subject')).toContainText(`Team Works ${n}`);
  const link = await mail.getByTestId('dev-mail-link').first().getAttribute('href');
  expect(link).toContain('/invitations/');
  await other.goto(new URL(link!).pathname);
  await expect(other.getByTestId('invitation-offer')).toContainText('Team Owner');
  await expect(other.getByTestId('invitation-email')).toHaveValue(colleague);
  await other.getByTestId('invitation-display-name').fill('New Colleague');
  await other.getByTestId('invitation-password').fill('the colleague long passphrase');
  await other.getByTestId('accept-invitation').click();

  await expect(other.getByTestId('nav-user')).toHaveText('New Colleague');
  await expect(other.getByTestId('member-row')).toHaveCount(2);
  await expect(other.getByTestId('email-confirm-banner')).toHaveCount(0); // the invitation reached the address
  await other.goto('/my');
  await other.getByTestId('edit-profile').click();
  await other.getByTestId('profile-description-en').fill(`Edited by a colleague ${n}.`);
  await other.getByTestId('profile-save').click();
  await expect(other.getByTestId('profile-saved')).toBeVisible();
  await colleagueContext.close();

  // the owner sees the colleague in the team, the invitation no longer pending
  await page.reload();
  await expect(page.getByTestId('member-row').filter({ hasText: colleague })).toBeVisible();
  await expect(page.getByTestId('invitation-row')).toHaveCount(0);
});
