import { expect, test, type Page } from '@playwright/test';
import { BUYER, COORDINATOR, japanese, logIn, searchUntilFound } from './session';

const NEED = 'チタン合金製タービン部品の5軸加工';

/** The feedback POST that a click sends, answered. */
const feedbackSent = (page: Page) =>
  page.waitForResponse((r) => r.url().includes('/api/recommendations/feedback') && r.request().method() === 'POST');

test('the buyer prunes the recommendations for its need; a coordinator introduces the best match', async ({ browser }) => {
  const n = Date.now();

  // the buyer opens its need from the my-company page and sees ranked companies with reasons
  const buyerContext = await browser.newContext();
  await japanese(buyerContext);
  const buyer = await buyerContext.newPage();
  await logIn(buyer, BUYER);
  await buyer.getByTestId('nav-my-company').click();
  await buyer.getByTestId('my-need').filter({ hasText: NEED }).getByRole('link', { name: NEED }).click();
  await expect(buyer).toHaveURL(/\/needs\/[^/]+$/);
  await expect(buyer.getByTestId('need-title')).toHaveText(NEED);

  const panel = buyer.getByTestId('recommendations');
  await expect(panel).toBeVisible();
  const items = panel.getByTestId('recommendation');
  await expect(items.first()).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('recommendation-reason').first()).toBeVisible();

  // "not relevant" takes the first item off the list
  const first = items.first();
  const candidate = await first.getAttribute('data-candidate');
  expect(candidate).toMatch(/^company:/);
  const dismissed = feedbackSent(buyer);
  await first.getByTestId('recommendation-not-relevant').click();
  await expect(panel.locator(`[data-testid="recommendation"][data-candidate="${candidate}"]`)).toHaveCount(0);
  expect((await dismissed).status()).toBe(204);

  // undo it, so the demo buyer's list stays as it was for the next run (feedback is kept per user)
  const restored = feedbackSent(buyer);
  await panel.getByTestId('recommendation-undo').click();
  await expect(panel.locator(`[data-testid="recommendation"][data-candidate="${candidate}"]`)).toHaveCount(1);
  expect((await restored).status()).toBe(204);
  await buyerContext.close();

  // a coordinator finds the same need and introduces the first recommended company
  const coordinatorContext = await browser.newContext();
  await japanese(coordinatorContext);
  const coordinator = await coordinatorContext.newPage();
  await logIn(coordinator, COORDINATOR);
  const hit = await searchUntilFound(coordinator, 'チタン合金製タービン', NEED);
  await hit.getByTestId('result-name').click();
  await expect(coordinator.getByTestId('need-title')).toHaveText(NEED);

  const recommended = coordinator.getByTestId('recommendations').getByTestId('recommendation').first();
  await expect(recommended).toBeVisible({ timeout: 15_000 });
  const company = ((await recommended.getByTestId('recommendation-name').textContent()) ?? '').trim();
  expect(company).not.toBe('');
  const note = `E2E紹介${n}：チタン合金の5軸加工実績があります。`;
  await recommended.getByTestId('recommendation-introduce').click();
  await recommended.getByTestId('introduce-note').fill(note);
  await recommended.getByTestId('introduce-submit').click();
  await expect(recommended.getByTestId('introduce-done')).toBeVisible();

  // ... and finds it on the introductions page
  await coordinator.getByTestId('nav-introductions').click();
  await expect(coordinator).toHaveURL(/\/introductions$/);
  const introduction = coordinator.getByTestId('introduction').filter({ hasText: note });
  await expect(introduction).toBeVisible();
  await expect(introduction.getByTestId('introduction-company-b')).toHaveText(company);
  await expect(introduction.getByTestId('introduction-need')).toHaveText(NEED);
  await expect(introduction.getByTestId('introduction-status')).toHaveAttribute('data-status', 'INTRODUCED');
  await coordinatorContext.close();
});
