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
