// The foundation journey by keyboard alone: Tab to move, Enter and Space to act, typing to fill.
// No clicks and no direct focusing of elements.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { focusedName, tabTo } from './checks.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function heading(page) {
  await page.locator('main h1').first().waitFor();
  return (await page.locator('main h1').first().textContent()).trim();
}

test('the whole journey works with the keyboard alone', async () => {
  const { page, url } = env;
  await page.goto(url + '/');
  assert.equal(await heading(page), 'Balanced scorecard');

  // The skip link is the first stop and jumps to the main content.
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'Skip to main content');

  await tabTo(page, 'Add a strategic goal in Patients and service users');
  await page.keyboard.press('Enter');
  assert.equal(await heading(page), 'Add a goal');
  await tabTo(page, 'Title');
  await page.keyboard.type('Keyboard strategic goal');
  await tabTo(page, 'Save goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Keyboard strategic goal' }).waitFor();

  await tabTo(page, 'Add a goal under this one');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Add a goal' }).waitFor();
  await tabTo(page, 'Title');
  await page.keyboard.type('Keyboard team goal');
  await tabTo(page, 'Save goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Keyboard team goal' }).waitFor();

  await tabTo(page, 'Add a goal under this one');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Add a goal' }).waitFor();
  // An empty title is refused; the error summary takes focus and links to the field.
  await tabTo(page, 'Save goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  // Focus moves on the next frame, once the summary is drawn.
  await page.waitForFunction(() => document.activeElement?.className === 'error-summary', null, { timeout: 5000 });
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'Enter a title');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'goal-title');
  await page.keyboard.type('Keyboard individual goal');
  await tabTo(page, 'Save goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Keyboard individual goal' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Keyboard individual goal' }).waitFor();

  // Go up to the team goal through the "Contributes to" chain and delete it, keeping its child.
  await tabTo(page, 'Keyboard team goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Keyboard team goal' }).waitFor();
  await tabTo(page, 'Delete goal');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: /Are you sure/ }).waitFor();
  await tabTo(page, 'Yes, delete goal');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor();
  await page.getByRole('region', { name: /Not aligned/ }).getByRole('link', { name: 'Keyboard individual goal' }).waitFor();

  // The tree's toggles work from the keyboard too.
  await tabTo(page, /^▾\s*\d+ goals? below$/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'false');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
