import { expect, test, type Page } from '@playwright/test';
import { BUYER, english, japanese, logIn, searchUntilFound } from './session';

/** 林精密工業株式会社 (sme@musubi.example's company): its contact is for signed-in users (the default). */
const HAYASHI = /林精密工業|Hayashi Precision/;
const HAYASHI_CONTACT = { person: '林 一郎', email: 'sales@hayashi-seimitsu.example', phone: '+81-6-0000-0000' };
/** 苏州精工模具有限公司 (sme-cn@musubi.example's company): its person is public, e-mail and phone only in reply to an inquiry. */
const SUZHOU = /苏州精工模具|Suzhou Jinggong/;
const SUZHOU_EMAIL = 'wang.fang@sz-jinggong.example';

/** Searches for the company and opens its profile from its search result. */
async function openProfile(page: Page, query: string, name: RegExp) {
  await searchUntilFound(page, query, name);
  const result = page.locator('[data-testid="search-result"][data-kind="company"]').filter({ hasText: name }).first();
  await result.getByTestId('result-name').click();
  await expect(page).toHaveURL(/\/companies\/[^/]+$/);
  await expect(page.getByTestId('profile-name')).toHaveText(name);
}

test('a visitor is asked to sign in for contact details meant for signed-in users; signed in, they show', async ({
  page,
  context,
}) => {
  await japanese(context);
  await page.goto('/');
  await openProfile(page, '林精密', HAYASHI);
  const profileUrl = page.url();

  // signed out: the sign-in notice, none of the details
  const contact = page.getByTestId('profile-contact');
  await expect(contact.getByTestId('contact-sign-in')).toBeVisible();
  await expect(contact.getByTestId('contact-sign-in')).toHaveAttribute('href', '/login');
  for (const detail of Object.values(HAYASHI_CONTACT)) {
    await expect(page.getByText(detail)).toHaveCount(0);
  }

  // signed in as the buyer, the same page shows them
  await logIn(page, BUYER);
  await page.goto(profileUrl);
  await expect(page.getByTestId('profile-name')).toHaveText(HAYASHI);
  await expect(page.getByTestId('profile-contact')).toContainText(HAYASHI_CONTACT.email);
  await expect(page.getByTestId('profile-contact')).toContainText(HAYASHI_CONTACT.person);
  await expect(page.getByTestId('contact-sign-in')).toHaveCount(0);
});

test('a signed-in buyer sees a public contact person but not the e-mail shared only in reply to an inquiry', async ({
  page,
  context,
}) => {
  await english(context);
  await logIn(page, BUYER);
  await openProfile(page, '苏州精工模具', SUZHOU);

  const contact = page.getByTestId('profile-contact');
  await expect(contact).toContainText('王芳');
  const withheld = contact.getByTestId('contact-withheld');
  await expect(withheld).toBeVisible();
  await expect(withheld).toContainText('Shared by this company in reply to an inquiry');
  await expect(withheld).toContainText('e-mail');
  await expect(page.getByText(SUZHOU_EMAIL)).toHaveCount(0);
  await expect(contact).not.toContainText(SUZHOU_EMAIL);
  await expect(page.getByTestId('contact-sign-in')).toHaveCount(0);
});
