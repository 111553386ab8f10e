import { expect, test } from '@playwright/test';
import { english, searchUntilFound } from './session';

test('an English query finds Japanese- and Chinese-only companies; the country facet narrows it to China', async ({
  page,
  context,
}) => {
  await english(context);
  await page.goto('/');

  // `precision sheet metal` is a taxonomy label: it also finds 精密板金 (ja) and 精密钣金 (zh) records
  const hit = await searchUntilFound(page, 'precision sheet metal', /川口精密板金|深圳精密钣金/);
  await expect(hit).toBeVisible();
  await expect(page).toHaveURL(/q=precision(\+|%20)sheet(\+|%20)metal/);

  // filter by country through the facet: the URL says so, the chip shows it, every result is in China
  const china = page.getByTestId('facet-country-CN');
  // click, not check(): the tick follows the URL, which the router updates in a transition a moment later
  await china.click();
  await expect(page).toHaveURL(/[?&]country=CN(&|$)/);
  await expect(china).toBeChecked();
  await expect(page.getByTestId('filter-chip').filter({ hasText: 'China' })).toBeVisible();
  await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
  const results = page.getByTestId('search-result');
  await expect(async () => {
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(results.nth(i).getByTestId('result-place')).toContainText('China', { timeout: 1_000 });
    }
  }).toPass({ timeout: 15_000 });

  // the back button takes the filter off again
  await page.goBack();
  await expect(page).not.toHaveURL(/country=CN/);
  await expect(page.getByTestId('facet-country-CN')).not.toBeChecked();
});
