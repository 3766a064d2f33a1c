// The foundation journey, as a new user would take it: the demo, three linked goals, a reload,
// a delete that leaves a goal unaligned, and a full browser store.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { limitQuota, liftQuota, waitForRecord } from './idb.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('opens on the demo partnership with the four perspectives', async () => {
  const { app, page } = env;
  await app.open('/');
  assert.equal(await app.heading().textContent(), 'Balanced scorecard');
  assert.match(await page.getByText('the organisations, people and goals here are fictional').textContent(), /fictional/);
  for (const perspective of ['Financial', 'Patients and service users', 'Internal business process', 'Learning and growth']) {
    await page.getByRole('heading', { level: 2, name: perspective, exact: true }).waitFor();
  }
  assert.match(await page.locator('header').textContent(), /Northshire partnership \(fictional demo\)/);
  await page.getByText('Balanced: every perspective has at least one strategic goal.').waitFor();
});

test('creates strategic → team → individual goals that survive a reload', async () => {
  const { app, page } = env;
  await page.getByRole('link', { name: 'Add a strategic goal in Learning and growth' }).click();
  assert.equal(await app.heading().textContent(), 'Add a goal');
  await app.fillGoal({ title: 'E2E strategic: grow our own nurses' });
  await app.saveGoal();
  await page.getByRole('heading', { level: 1, name: 'E2E strategic: grow our own nurses' }).waitFor();
  await page.getByText('Goal added.').waitFor();
  const strategicId = app.currentId();

  await page.getByRole('link', { name: 'Add a goal under this one' }).click();
  assert.equal(await page.getByLabel('Team goal').isChecked(), true, 'level follows the parent');
  await app.fillGoal({ title: 'E2E team: run a nursing apprenticeship' });
  await app.saveGoal();
  await page.getByRole('heading', { level: 1, name: 'E2E team: run a nursing apprenticeship' }).waitFor();
  await page.getByText('Goal added.').waitFor();
  const teamId = app.currentId();

  await page.getByRole('link', { name: 'Add a goal under this one' }).click();
  assert.equal(await page.getByLabel('Individual goal').isChecked(), true);
  await app.fillGoal({ title: 'E2E individual: mentor two apprentices' });
  await app.saveGoal();
  await page.getByRole('heading', { level: 1, name: 'E2E individual: mentor two apprentices' }).waitFor();
  await page.getByText('Goal added.').waitFor();
  const individualId = app.currentId();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'E2E individual: mentor two apprentices' }).waitFor();
  const chain = page.locator('.breadcrumb-chain a');
  assert.deepEqual(await chain.allTextContents(), [
    'E2E strategic: grow our own nurses',
    'E2E team: run a nursing apprenticeship',
  ]);
  assert.equal(await chain.nth(0).getAttribute('href'), `/goals/${strategicId}`);
  assert.equal(await chain.nth(1).getAttribute('href'), `/goals/${teamId}`);

  await app.nav('Cascade').click();
  const node = page.locator('.tree-node', { has: page.getByRole('link', { name: 'E2E strategic: grow our own nurses' }) });
  assert.equal(await node.locator(`a[href="/goals/${individualId}"]`).count(), 1, 'individual goal sits under the strategic goal');
  assert.equal(await app.notAligned().getByText('E2E individual').count(), 0);
});

test('deleting the team goal but keeping its child leaves the child not aligned', async () => {
  const { app, page } = env;
  await page.getByRole('link', { name: 'E2E team: run a nursing apprenticeship' }).click();
  await page.getByRole('button', { name: 'Delete goal' }).click();
  const panel = page.getByRole('group', { name: /Are you sure you want to delete/ });
  await panel.waitFor();
  assert.equal(await panel.evaluate((el) => el === document.activeElement), true, 'confirmation takes focus');
  assert.equal(await page.getByLabel(/Keep them/).isChecked(), true, 'keeping the children is the default');
  await page.getByRole('button', { name: 'Yes, delete goal' }).click();

  // The cascade opens once the deletion is handed to the browser's storage, not at the click.
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor();
  assert.equal(await app.heading().textContent(), 'Goal cascade');
  await page.getByText('Goal “E2E team: run a nursing apprenticeship” deleted. The goal below it is now not aligned.').waitFor();
  await app.notAligned().getByRole('link', { name: 'E2E individual: mentor two apprentices' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'E2E team: run a nursing apprenticeship' }).count(), 0);

  await page.reload();
  await app.notAligned().getByRole('link', { name: 'E2E individual: mentor two apprentices' }).waitFor();
});

test('a full browser store shows the banner, keeps the edit on screen, and saves once space is freed', async () => {
  const { app, page, context, url } = env;
  // Fill the browser store: the site's quota is set to what it already uses, so the next write
  // does not fit.
  await limitQuota(context, page, url, { room: 0, path: '/cascade' });
  await app.notAligned().getByRole('link', { name: 'E2E individual: mentor two apprentices' }).click();

  await page.getByRole('link', { name: 'Edit goal' }).click();
  await app.fillGoal({ title: 'E2E individual: mentor three apprentices this year' });
  await app.saveGoal();

  const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' });
  try {
    await banner.waitFor();
    assert.match(await banner.textContent(), /storage for this site is full/);
    await page.getByRole('heading', { level: 1, name: 'E2E individual: mentor three apprentices this year' }).waitFor();
    assert.equal(await page.getByText('Goal saved.').count(), 0, 'the save is not confirmed');
    await page.getByText('Your change is on screen but it has not been saved.').waitFor();
  } finally {
    await liftQuota(url);
  }

  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await banner.waitFor({ state: 'hidden' });
  await waitForRecord(page, 'goal', app.currentId(), (g) => g?.title === 'E2E individual: mentor three apprentices this year');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'E2E individual: mentor three apprentices this year' }).waitFor();
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
