import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

// What Debian's Chromium 156 really does, headless, with no microphone: it exposes the API
// (SpeechRecognition and webkitSpeechRecognition), so the button is offered; pressing it ends in
// a 'not-allowed' error event (no microphone permission, no device), never in an exception.
// No fake here: this checks that the real failure ends with a message and no console error.
test('dictation: offered where Chromium has speech recognition, withdrawn cleanly when it cannot serve', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page, 'Inès');
  await pickUpExampleCall(page, 'Filage');
  const line = page.getByLabel('Votre réplique');
  const dictate = page.getByRole('button', { name: 'Dicter la réplique' });
  await expect(line).toBeVisible();
  expect(
    await page.evaluate(() => 'SpeechRecognition' in window || 'webkitSpeechRecognition' in window),
  ).toBe(true);
  await expect(dictate).toHaveAttribute('aria-pressed', 'false');
  await expectAccessible(page);

  await dictate.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(
      "Le micro n'est pas autorisé pour cette page : la dictée est désactivée pour cet appel. Tapez votre réplique.",
    ),
  ).toBeVisible();
  await expect(dictate).toHaveCount(0);
  await expect(line).toBeFocused();
  await expectAccessible(page);

  // The call goes on by keyboard.
  await page.keyboard.type(POLITE_FRENCH_LINES[0] ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Conversation' }).locator('.turn--agent')).toHaveCount(
    1,
  );
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
});
