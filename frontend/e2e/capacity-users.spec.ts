import { expect, test } from '@playwright/test';
import { BUYER, japanese, logIn } from './session';

const CLEAN_ROOM = 'クラス1000 クリーンルームの時間貸し';

test('the demo large firm’s idle clean room is recommended first to a medical-device assembler, with the reason', async ({ page, context }) => {
  await japanese(context);
  await logIn(page, BUYER);
  await page.getByTestId('nav-my-company').click();
  await page.getByTestId('my-capacity').filter({ hasText: CLEAN_ROOM }).getByRole('link', { name: CLEAN_ROOM }).click();
  await expect(page).toHaveURL(/\/capacities\/[^/]+$/);
  await expect(page.getByTestId('capacity-title')).toHaveText(CLEAN_ROOM);

  const panel = page.getByTestId('recommendations');
  const first = panel.getByTestId('recommendation').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await expect(first.getByTestId('recommendation-name')).toHaveText('美濃メディカルアッセンブリー株式会社');
  // the first reason says what the assembler would do with the clean room (from search-config's "used by" relations)
  await expect(first.getByTestId('recommendation-reason').first()).toHaveAttribute('data-code', 'use');
});
