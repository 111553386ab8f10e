import { expect, test } from '@playwright/test';
import { confirmEmail, fillSignUp, japanese, searchUntilFound } from './session';

test('a new SME signs up, completes its profile and finds itself by a word from its description', async ({ page, context }) => {
  const n = Date.now();
  const email = `sme-${n}@e2e.musubi.example`;
  const companyName = `結び精工${n}`;
  const word = `超精密ラッピング${n}`;
  await japanese(context);

  await fillSignUp(page, { email, name: '結び 花子', kind: 'SME', company: companyName });
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
  await confirmEmail(page, email);
  await expect(page.getByTestId('email-confirm-banner')).toHaveCount(0);
});
