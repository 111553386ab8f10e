import { expect, test } from '@playwright/test';
import { japanese, searchUntilFound } from './session';

test('a new SME signs up, completes its profile and finds itself by a word from its description', async ({ page, context }) => {
  const n = Date.now();
  const email = `sme-${n}@e2e.musubi.example`;
  const companyName = `結び精工${n}`;
  const word = `超精密ラッピング${n}`;
  await japanese(context);

  await page.goto('/');
  await page.getByTestId('nav-signup').click();
  await page.getByTestId('signup-email').fill(email);
  await page.getByTestId('signup-password').fill('a-long-enough-password');
  await page.getByTestId('signup-display-name').fill('結び 花子');
  await page.getByTestId('signup-kind').selectOption('SME');
  await page.getByTestId('signup-company-name').fill(companyName);
  await page.getByTestId('signup-country').selectOption('JP');
  await page.getByTestId('signup-industry').selectOption('MANUFACTURING');
  await page.getByTestId('signup-submit').click();

  await expect(page.getByTestId('nav-user')).toHaveText('結び 花子');
  await expect(page.getByTestId('my-company')).toBeVisible();
  // until the address is confirmed a banner says so; the profile can be edited meanwhile
  await expect(page.getByTestId('email-confirm-banner')).toBeVisible();
  await page.getByTestId('edit-profile').click();

  await page.getByTestId('profile-description-ja').fill(`当社は${word}を得意とする部品加工メーカーです。`);
  await page.getByTestId('technology-filter').fill('切削加工');
  await page.getByTestId('technology-option').filter({ hasText: /^切削加工$/ }).first().click();
  await expect(page.getByTestId('technology-selected').filter({ hasText: '切削加工' })).toBeVisible();
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('profile-saved')).toBeVisible();

  const hit = await searchUntilFound(page, word, companyName);
  await hit.getByTestId('result-name').click();
  await expect(page).toHaveURL(/\/companies\//);
  await expect(page.getByTestId('profile-name')).toHaveText(companyName);
  await expect(page.getByTestId('profile-technologies')).toContainText('切削加工');
  await expect(page.getByText(word)).toBeVisible();

  // the confirmation mail, read in the embedded SMTP server's mailbox page; its link confirms and the banner goes
  await page.goto('/dev/mail');
  const mail = page.getByTestId('dev-mail-item').filter({ hasText: email });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  await expect(mail.getByTestId('dev-mail-subject')).toHaveText('Musubi のメールアドレス確認');
  const link = await mail.getByTestId('dev-mail-link').first().getAttribute('href');
  expect(link).toContain('/confirm-email?token=');
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByTestId('confirm-email-done')).toBeVisible();
  await expect(page.getByTestId('email-confirm-banner')).toHaveCount(0);
});
