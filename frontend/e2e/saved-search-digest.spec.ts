import { expect, test } from '@playwright/test';
import { japanese, signUp } from './session';

test('a saved search’s digest arrives after a matching SME signs up', async ({ browser }) => {
  const n = Date.now();
  // one word no analyzer splits and nobody has used yet: letters only (the digits of other tests' timestamps
  // share bigrams with these)
  const word = `vacuumbraze${String(n).replace(/\d/g, (d) => 'qxzjkvwyfp'[Number(d)])}`;

  // a buyer signs up, confirms its address, searches for a skill nobody offers yet and saves the search
  const buyerContext = await browser.newContext();
  await japanese(buyerContext);
  const buyer = await buyerContext.newPage();
  const buyerEmail = `buyer-${n}@e2e.musubi.example`;
  await signUp(buyer, { email: buyerEmail, name: '調達 太郎', kind: 'LARGE_FIRM', company: `結び重工${n}` });
  await buyer.getByTestId('nav-home').click();
  await buyer.getByTestId('search-input').fill(word);
  await buyer.getByTestId('search-input').press('Enter');
  await expect(buyer.getByTestId('search-result')).toHaveCount(0);
  await buyer.getByTestId('save-search-open').click();
  await buyer.getByTestId('save-search-name').fill('真空ろう付けの外注先');
  await buyer.getByTestId('save-search-frequency').selectOption('DAILY');
  await buyer.getByTestId('save-search-submit').click();
  await expect(buyer.getByTestId('save-search-done')).toBeVisible();

  // an SME that offers it signs up and says so in its profile
  const smeContext = await browser.newContext();
  await japanese(smeContext);
  const sme = await smeContext.newPage();
  await signUp(sme, { email: `sme-${n}@e2e.musubi.example`, name: '結び 花子', kind: 'SME', company: `真空精工${n}` });
  await sme.getByTestId('edit-profile').click();
  await sme.getByTestId('profile-description-ja').fill(`当社は真空ろう付け（${word}）を得意とする熱処理メーカーです。`);
  await sme.getByTestId('profile-save').click();
  await expect(sme.getByTestId('profile-saved')).toBeVisible();
  await smeContext.close();

  // the saved search's next run finds it: the buyer's daily digest (a day is seconds in this test) lists it
  await buyer.goto('/dev/mail');
  const digest = buyer.getByTestId('dev-mail-item').filter({ hasText: buyerEmail })
    .filter({ hasText: 'Musubi：新しいお知らせ' });
  await expect(async () => {
    await buyer.reload();
    await expect(digest).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });
  await expect(digest).toContainText('「真空ろう付けの外注先」の新着 1 件');

  // the bell has it too, and it opens the search, which now finds the SME
  await buyer.goto('/notifications');
  await buyer.getByTestId('notification').filter({ hasText: '真空ろう付けの外注先' }).click();
  await expect(buyer.getByTestId('search-result').filter({ hasText: `真空精工${n}` })).toBeVisible();
  await buyerContext.close();
});
