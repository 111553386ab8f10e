import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The demo accounts that the backend's demo data creates (see docs/API.md and the demo data). */
export const DEMO_PASSWORD = 'musubi-demo-2026';
export const BUYER = 'buyer@musubi.example';
export const SME = 'sme@musubi.example';
export const COORDINATOR = 'coordinator@musubi.example';
/** 展示会 事務局: an ORGANISER account (no company); creates and runs trade-fair events. */
export const ORGANISER = 'organiser@musubi.example';
/** 苏州精工模具有限公司's member (SME, China). */
export const SME_CN = 'sme-cn@musubi.example';

/** Every page of the context starts in Japanese (the platform's first language). */
export async function japanese(context: BrowserContext) {
  await context.addInitScript(() => window.localStorage.setItem('musubi.language', 'ja'));
}

/** Every page of the context starts in English. */
export async function english(context: BrowserContext) {
  await context.addInitScript(() => window.localStorage.setItem('musubi.language', 'en'));
}

/** Logs in through the header's link and the login form. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByTestId('nav-login').click();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-user')).toBeVisible();
}

/**
 * Searches from the home page until `text` shows up in a result: new records reach the search index
 * a moment after they are saved (outbox → indexer), so the search is retried for a while.
 */
export async function searchUntilFound(page: Page, query: string, text: string | RegExp) {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-input').press('Enter');
  const hit = page.getByTestId('search-result').filter({ hasText: text });
  await expect(async () => {
    await page.reload();
    await expect(hit.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000, 2_000] });
  return hit.first();
}

export interface NewAccount {
  email: string;
  name: string;
  kind: 'SME' | 'LARGE_FIRM';
  company: string;
}

/** Signs up through the header's link and the sign-up form (a company in Japan); lands on the new company's page. */
export async function fillSignUp(page: Page, account: NewAccount) {
  await page.goto('/');
  await page.getByTestId('nav-signup').click();
  await page.getByTestId('signup-email').fill(account.email);
  await page.getByTestId('signup-password').fill('a-long-enough-password');
  await page.getByTestId('signup-display-name').fill(account.name);
  await page.getByTestId('signup-kind').selectOption(account.kind);
  await page.getByTestId('signup-company-name').fill(account.company);
  await page.getByTestId('signup-country').selectOption('JP');
  await page.getByTestId('signup-industry').selectOption('MANUFACTURING');
  await page.getByTestId('signup-submit').click();
  await expect(page.getByTestId('nav-user')).toHaveText(account.name);
}

/** Opens the confirmation mail in the embedded SMTP server's mailbox page and follows its link. */
export async function confirmEmail(page: Page, email: string) {
  await page.goto('/dev/mail');
  const mail = page.getByTestId('dev-mail-item').filter({ hasText: email })
    .filter({ hasText: 'Musubi のメールアドレス確認' });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  const link = await mail.getByTestId('dev-mail-link').first().getAttribute('href');
  expect(link).toContain('/confirm-email?token=');
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByTestId('confirm-email-done')).toBeVisible();
}

/** A new account with its address confirmed (mails reach it), on the new company's page. */
export async function signUp(page: Page, account: NewAccount) {
  await fillSignUp(page, account);
  await confirmEmail(page, account.email);
  await page.getByTestId('nav-my-company').click();
  await expect(page.getByTestId('my-company')).toBeVisible();
}
