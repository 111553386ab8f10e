import { expect, test, type Page } from '@playwright/test';
import { english, logIn, ORGANISER, searchUntilFound } from './session';

interface Violation {
  directive: string;
  blocked: string;
}
type Watched = Window & { __cspViolations?: Violation[] };

/** The past demo fair (created by the demo organiser; its dashboard has figures and charts). */
const PAST_FAIR = /SME Expo 2026/;

/** The violations the page's document reported so far (reports arrive as tasks, so give them a moment first). */
async function expectNoViolations(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const violations = await page.evaluate(() => (window as Watched).__cspViolations ?? null);
  expect(violations, `the listener is installed on ${where}`).not.toBeNull();
  expect(violations, `Content-Security-Policy violations on ${where}`).toEqual([]);
}

test('the app works under its Content-Security-Policy: search, a profile and the event dashboard', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await english(context);
  // every document of the context records what the policy blocks
  await context.addInitScript(() => {
    const violations: Array<{ directive: string; blocked: string }> = [];
    (window as Window & { __cspViolations?: typeof violations }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({ directive: e.violatedDirective, blocked: e.blockedURI }),
    );
  });

  // the policy comes with the page
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  // the home page with results
  await searchUntilFound(page, '精密', '精密');
  await expect(page.locator('mark').first()).toBeVisible();
  await expectNoViolations(page, 'the search results');

  // a company profile
  const company = page.locator('[data-testid="search-result"][data-kind="company"]').first();
  await company.getByTestId('result-name').click();
  await expect(page).toHaveURL(/\/companies\/[^/]+$/);
  await expect(page.getByTestId('profile-name')).toBeVisible();
  await expectNoViolations(page, 'a company profile');

  // the organiser's dashboard of the past demo fair, with its charts
  await logIn(page, ORGANISER);
  await page.getByTestId('nav-events').click();
  const fair = page.getByTestId('events-list-item').filter({ hasText: PAST_FAIR });
  await expect(fair).toHaveCount(1, { timeout: 15_000 });
  await fair.getByTestId('events-list-link').click();
  await expect(page.getByTestId('event-title')).toHaveText(PAST_FAIR);
  await page.getByTestId('event-tab-dashboard').click();
  await expect(page.getByTestId('dashboard-share')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('dashboard-outcomes').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('dashboard-by-country').locator('svg').first()).toBeVisible();
  await expectNoViolations(page, 'the event dashboard');

  // and the listener does see what the policy blocks: an inline style is reported
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 0; }';
    document.head.appendChild(style);
  });
  await expect
    .poll(() => page.evaluate(() => ((window as Watched).__cspViolations ?? []).map((v) => v.directive)))
    .toContainEqual(expect.stringMatching(/^style-src/));
});
