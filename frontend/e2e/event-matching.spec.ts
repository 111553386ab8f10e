import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { BUYER, english, logIn, ORGANISER, SME, SME_CN } from './session';

/** A calendar date `days` from today (the browser fills date inputs with `YYYY-MM-DD`). */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A fresh browser context in English with the user logged in. */
async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  await english(context);
  const page = await context.newPage();
  await logIn(page, email);
  return { context, page };
}

/** From the header's Events link to the event's page. */
async function openEvent(page: Page, name: string) {
  await page.getByTestId('nav-events').click();
  const item = page.getByTestId('events-list-item').filter({ hasText: name });
  await expect(item).toHaveCount(1, { timeout: 15_000 });
  await item.getByTestId('events-list-link').click();
  await expect(page.getByTestId('event-title')).toHaveText(name);
}

async function register(page: Page, role: string, offers: string, seeks: string) {
  await page.getByTestId('event-register-role').selectOption(role);
  await page.getByTestId('event-register-offers').fill(offers);
  await page.getByTestId('event-register-seeks').fill(seeks);
  await page.getByTestId('event-register-submit').click();
  await expect(page.getByTestId('event-tab-participants')).toBeVisible({ timeout: 15_000 });
}

const YAMATO = /大和重工業|Yamato Heavy/;
const HAYASHI = /林精密工業|Hayashi Precision/;

test('an organiser sets up a matching session; companies register, request and accept; the scheduler fills the agenda', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const n = Date.now();
  const name = `Musubi Fair ${n}`;

  // 1. the organiser creates the event
  const organiser = await signedIn(browser, ORGANISER);
  await organiser.page.getByTestId('nav-events').click();
  await organiser.page.getByTestId('events-create').click();
  await organiser.page.getByTestId('event-form-name-en').fill(name);
  await organiser.page.getByTestId('event-form-name-ja').fill(`結び商談会 ${n}`);
  await organiser.page.getByTestId('event-form-name-zh').fill(`结缘洽谈会 ${n}`);
  await organiser.page.getByTestId('event-form-venue').fill('Tokyo Big Sight, Hall 7');
  await organiser.page.getByTestId('event-form-timezone').selectOption('Asia/Tokyo');
  await organiser.page.getByTestId('event-form-slot').selectOption('20');
  await organiser.page.getByTestId('event-form-tables').fill('3');
  await organiser.page.getByTestId('event-form-session-date-0').fill(dayFromToday(7));
  await organiser.page.getByTestId('event-form-session-start-0').fill('10:00');
  await organiser.page.getByTestId('event-form-session-end-0').fill('12:00');
  await organiser.page.getByTestId('event-form-registration-deadline').fill(`${dayFromToday(3)}T18:00`);
  await organiser.page.getByTestId('event-form-request-deadline').fill(`${dayFromToday(3)}T18:00`);
  await organiser.page.getByTestId('event-form-submit').click();
  await expect(organiser.page).toHaveURL(/\/events\/[^/]+$/);
  await expect(organiser.page.getByTestId('event-title')).toHaveText(name);
  const eventUrl = organiser.page.url();

  // 2. three companies register
  const buyer = await signedIn(browser, BUYER);
  await openEvent(buyer.page, name);
  await register(buyer.page, 'LARGE_FIRM', 'Orders for precision parts and moulds', 'Titanium machining, precision moulds');

  const sme = await signedIn(browser, SME);
  await openEvent(sme.page, name);
  await register(sme.page, 'EXHIBITOR', '5-axis machining of titanium parts', 'Aerospace and energy customers');

  const smeCn = await signedIn(browser, SME_CN);
  await openEvent(smeCn.page, name);
  await register(smeCn.page, 'EXHIBITOR', '精密模具设计与制造', 'Japanese automotive customers');

  // 3. the buyer asks both SMEs for a meeting
  await buyer.page.reload();
  await buyer.page.getByTestId('event-tab-participants').click();
  for (const company of [/林精密工業/, /苏州/]) {
    const card = buyer.page.getByTestId('participant-card').filter({ hasText: company });
    await expect(card).toBeVisible({ timeout: 15_000 });
    await card.getByTestId('participant-request').click();
    await buyer.page.getByTestId('request-priority').selectOption('MUST_MEET');
    await buyer.page.getByTestId('request-message').fill(`Let us talk about titanium parts (${n}).`);
    await buyer.page.getByTestId('request-submit').click();
    await expect(card.getByTestId('participant-request')).toHaveCount(0);
    await expect(card.getByTestId('request-sent').or(card.getByTestId('participant-request-state'))).toBeVisible();
  }

  // 4. 林精密工業 learns of the request from the bell and by mail, opens it and accepts; 苏州 declines
  await sme.page.reload();
  await expect(sme.page.getByTestId('notifications-badge')).toBeVisible({ timeout: 40_000 });
  await sme.page.getByTestId('nav-notifications').click();
  const notice = sme.page.getByTestId('notification').filter({ hasText: name });
  await expect(notice).toHaveCount(1, { timeout: 15_000 });
  await expect(notice.getByTestId('notification-title')).toHaveText(/^Meeting request from /);
  await expect(notice).toHaveClass(/unread/);
  await notice.getByRole('button').click();
  await expect(sme.page).toHaveURL(/\/events\/[^/]+\?tab=requests$/);
  const mails = await sme.context.newPage();
  await mails.goto('/dev/mail');
  const mail = mails.getByTestId('dev-mail-item').filter({ hasText: SME }).filter({ hasText: String(n) });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  await expect(mail.getByTestId('dev-mail-subject')).toContainText('商談の申込');
  await mails.close();
  const toSme = sme.page.getByTestId('request-incoming').filter({ hasText: YAMATO });
  await expect(toSme).toHaveCount(1, { timeout: 15_000 });
  await toSme.getByTestId('request-accept').click();
  await expect(toSme).toHaveAttribute('data-status', 'ACCEPTED');

  await smeCn.page.reload();
  await smeCn.page.getByTestId('event-tab-requests').click();
  const toSmeCn = smeCn.page.getByTestId('request-incoming').filter({ hasText: YAMATO });
  await expect(toSmeCn).toHaveCount(1, { timeout: 15_000 });
  await toSmeCn.getByTestId('request-decline').click();
  await expect(toSmeCn).toHaveAttribute('data-status', 'DECLINED');

  // the buyer's notification centre has the acceptance, which leads back to the event
  await buyer.page.getByTestId('nav-notifications').click();
  const acceptance = buyer.page
    .getByTestId('notification')
    .filter({ hasText: name })
    .filter({ hasText: /accepted your meeting request/ });
  await expect(acceptance).toHaveCount(1, { timeout: 40_000 });
  await acceptance.getByRole('button').click();
  await expect(buyer.page.getByTestId('event-title')).toHaveText(name);

  // 5. the organiser runs the scheduler: the one accepted meeting is placed, 100% of the bound
  await organiser.page.goto(eventUrl);
  await organiser.page.getByTestId('event-tab-scheduler').click();
  await organiser.page.getByTestId('scheduler-run').click();
  const result = organiser.page.getByTestId('scheduler-result');
  await expect(result).toContainText('100%', { timeout: 30_000 });
  await organiser.page.getByTestId('event-tab-grid').click();
  await expect(
    organiser.page.getByTestId('grid-cell').filter({ hasText: YAMATO }).filter({ hasText: HAYASHI }),
  ).toHaveCount(1, { timeout: 15_000 });

  // 6. the buyer's agenda has the meeting, and the .ics download is in the event's zone
  await buyer.page.reload();
  await buyer.page.getByTestId('event-tab-agenda').click();
  const item = buyer.page.getByTestId('agenda-item');
  await expect(item).toHaveCount(1, { timeout: 15_000 });
  await expect(item).toContainText(HAYASHI);
  await expect(item.getByTestId('agenda-table-number')).toContainText(/\d/);
  const [download] = await Promise.all([
    buyer.page.waitForEvent('download'),
    buyer.page.getByTestId('agenda-ics').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await download.path())!, 'utf-8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('TZID:Asia/Tokyo');

  for (const session of [organiser, buyer, sme, smeCn]) await session.context.close();
});
