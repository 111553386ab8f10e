import { expect, test } from '@playwright/test';

test('a visitor searches 精密, sees highlighted results, opens a profile and switches language', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('musubi.language', 'ja'));
  await page.goto('/');
  await page.getByTestId('search-input').fill('精密');
  await page.getByTestId('search-input').press('Enter');

  await expect(page).toHaveURL(/q=%E7%B2%BE%E5%AF%86/);
  const results = page.getByTestId('search-result');
  await expect(results.filter({ hasText: '精密' }).first()).toBeVisible();
  await expect(page.locator('mark', { hasText: '精密' }).first()).toBeVisible();
  await expect(page.getByTestId('result-count')).toContainText('社');

  // results now mix companies, needs and capacity listings: open the first company
  const firstName = page.locator('[data-testid="search-result"][data-kind="company"]').first().getByTestId('result-name');
  const name = ((await firstName.textContent()) ?? '').trim();
  await firstName.click();
  await expect(page).toHaveURL(/\/companies\//);
  await expect(page.getByTestId('profile-name')).toBeVisible();
  await expect(page.getByTestId('profile-name')).toHaveText(name);
  await expect(page.getByTestId('back-to-search')).toContainText('検索に戻る');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('back-to-search')).toContainText('Back to search');
  await expect(page.getByTestId('tagline')).toHaveText('Tying large firms and SMEs together');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('back-to-search')).toContainText('返回搜索');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
});

test('the interface speaks Japanese, Chinese and English', async ({ page }) => {
  // only a first visit starts in Japanese; the user's later choice must survive a reload
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('musubi.language')) window.localStorage.setItem('musubi.language', 'ja');
  });
  await page.goto('/?q=machining');
  await expect(page.getByTestId('tagline')).toHaveText('大企業と中小企業を結ぶ');
  await expect(page.getByTestId('search-result').first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('tagline')).toHaveText('Tying large firms and SMEs together');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('tagline')).toHaveText('连接大企业与中小企业');
  await page.reload();
  await expect(page.getByTestId('tagline')).toHaveText('连接大企业与中小企业');
});

test('a deep link to a profile works and an unknown one says so', async ({ page }) => {
  await page.goto('/?q=%E6%A8%A1%E5%85%B7');
  const first = page.locator('[data-testid="search-result"][data-kind="company"]').first();
  await expect(first).toBeVisible();
  const href = await first.getByTestId('result-name').getAttribute('href');
  await page.goto(href!);
  await expect(page.getByTestId('profile-name')).toBeVisible();

  await page.goto('/companies/00000000-0000-0000-0000-000000000000');
  await expect(page.getByTestId('company-error')).toBeVisible();
});
