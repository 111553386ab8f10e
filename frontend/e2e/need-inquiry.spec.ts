import { expect, test } from '@playwright/test';
import { BUYER, japanese, logIn, searchUntilFound, SME } from './session';

test('a buyer posts a need, an SME finds it and inquires, the buyer reads it in the inbox', async ({ browser }) => {
  const n = Date.now();
  const title = `E2E試作依頼${n}`;
  const message = `弊社で対応できます。見積番号 ${n} でご連絡ください。`;

  // the large firm posts a need
  const buyerContext = await browser.newContext();
  await japanese(buyerContext);
  const buyer = await buyerContext.newPage();
  await logIn(buyer, BUYER);
  await buyer.getByTestId('nav-my-company').click();
  await buyer.getByTestId('new-need').click();
  await buyer.getByTestId('need-title-ja').fill(title);
  await buyer.getByTestId('need-description-ja').fill(`アルミ試作部品の切削加工先を探しています（${n}）。`);
  await buyer.getByTestId('need-save').click();
  await expect(buyer).toHaveURL(/\/needs\/[^/]+$/);
  await expect(buyer.getByTestId('need-title')).toHaveText(title);
  await buyerContext.close();

  // an SME finds it by its title and sends an inquiry
  const smeContext = await browser.newContext();
  await japanese(smeContext);
  const sme = await smeContext.newPage();
  await logIn(sme, SME);
  const hit = await searchUntilFound(sme, title, title);
  await hit.getByTestId('result-name').click();
  await expect(sme).toHaveURL(/\/needs\//);
  await expect(sme.getByTestId('need-title')).toHaveText(title);
  await sme.getByTestId('send-inquiry').click();
  await sme.getByTestId('inquiry-message').fill(message);
  await sme.getByTestId('inquiry-submit').click();
  await expect(sme.getByTestId('inquiry-sent')).toBeVisible();
  await smeContext.close();

  // the buyer logs in again: an unread badge, the thread in the inbox, the message in the thread
  const againContext = await browser.newContext();
  await japanese(againContext);
  const again = await againContext.newPage();
  await logIn(again, BUYER);
  await expect(again.getByTestId('inbox-badge')).toBeVisible();
  await again.getByTestId('nav-inbox').click();
  const thread = again.getByTestId('inbox-thread').filter({ hasText: title });
  await expect(thread).toBeVisible();
  await expect(thread.getByTestId('thread-unread')).toBeVisible();
  await thread.getByRole('link').click();
  await expect(again).toHaveURL(/\/inbox\//);
  await expect(again.getByTestId('thread-message').filter({ hasText: message })).toBeVisible();
  await againContext.close();
});
