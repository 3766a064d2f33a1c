// Routes: deep links opened directly on a plain static host, the back button, unknown addresses,
// and starting an empty workspace then bringing the demo back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { DEMO } from './checks.mjs';

// Fixed ids from the demo (core/src/demo/mod.rs).
const TEAM_ED = DEMO(0x101);
const PRIYA = DEMO(0x204);

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a deep link opened directly works on a static host with no rewrite rules', async () => {
  const { page, url, app } = env;
  const response = await page.goto(`${url}/goals/5c0eca4d-0000-4000-8000-000000000309`);
  assert.equal(response.status(), 404, 'the host has no file there and serves 404.html');
  await app.heading().waitFor();
  assert.equal(await app.heading().textContent(), 'Help 1,000 Northshire residents to stop smoking this year');
  assert.equal(await page.title(), 'Help 1,000 Northshire residents to stop smoking this year – Scorecard');
});

test('the back button returns to the previous page', async () => {
  const { page, app } = env;
  await app.open('/');
  await app.nav('Cascade').click();
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor();
  await app.nav('People').click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/cascade');
  assert.equal(await app.nav('Cascade').getAttribute('aria-current'), 'page');
});

test('a person and a team have a page at their address, a form at …/edit, and the old addresses still open', async () => {
  const { app, page } = env;
  await app.open(`/people/${PRIYA}`);
  assert.equal(await app.heading().textContent(), 'Priya Nair');
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit “Priya Nair”' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/people/${PRIYA}/edit`);

  await app.open(`/teams/${TEAM_ED}`);
  assert.equal(await app.heading().textContent(), 'Emergency department');
  await page.getByRole('link', { name: 'Priya Nair' }).click();
  await page.getByRole('heading', { level: 1, name: 'Priya Nair' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/people/${PRIYA}`);

  for (const [old, heading] of [[`/people/${PRIYA}`, 'Priya Nair'], [`/teams/${TEAM_ED}`, 'Emergency department']]) {
    await page.goto(`${env.url}${old}/profile`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForURL((url) => url.pathname === old);
  }
});

test('an unknown address says so and links home', async () => {
  const { app, page } = env;
  await app.open('/reports/2030');
  assert.equal(await app.heading().textContent(), 'Page not found');
  await page.getByRole('link', { name: 'Go to the scorecard' }).waitFor();
});

test('the scorecard filter by organisation is in the address, so it can be bookmarked', async () => {
  const { app, page } = env;
  await app.open('/');
  await page.getByLabel('Show goals for').selectOption({ label: 'Northshire County Council (fictional)' });
  await page.waitForURL(/\?org=5c0eca4d-0000-4000-8000-000000000002$/);
  await page.getByText('The scorecard is unbalanced: there is no strategic goal in Financial or Learning and growth.').waitFor();
  await page.reload();
  await page.getByText('The scorecard is unbalanced').waitFor();
  assert.equal(await page.getByRole('link', { name: 'See 78% of A&E patients within 4 hours' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Help 1,000 Northshire residents to stop smoking this year' }).count(), 1);
});

test('starting an empty workspace asks first, and the demo can be brought back', async () => {
  const { app, page } = env;
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('heading', { name: 'Start an empty workspace?' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.match(await page.locator('header').textContent(), /fictional demo/, 'cancel changes nothing');

  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
  await page.getByText('There are no organisations yet.').waitFor();
  await app.nav('Scorecard').click();
  await page.getByText('The scorecard is unbalanced: there is no strategic goal in Financial, Patients and service users, Internal business process or Learning and growth.').waitFor();
  await page.reload();
  await page.getByText('There is no strategic goal in', { exact: false }).first().waitFor();
  assert.equal(await page.getByText('fictional').count(), 0, 'the demo label is gone');

  await app.open('/workspace');
  await page.getByRole('button', { name: 'Bring back the demo' }).click();
  await page.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Balanced scorecard' }).waitFor();
  await page.getByText('The demo partnership is back.').waitFor();
  assert.match(await page.locator('header').textContent(), /fictional demo/);
});

test('organisations, teams and people: add, edit, and delete with care for what depends on them', async () => {
  const { app, page } = env;
  await app.open('/organisations/new');
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await page.getByRole('link', { name: "Enter the organisation's name" }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'org-name', 'the summary link focuses the field');
  await page.getByLabel('Name', { exact: true }).fill('Wexdale Hospice (fictional)');
  await page.getByLabel('Voluntary sector').check();
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await page.getByText('Organisation added.').waitFor();
  await page.getByRole('link', { name: 'Wexdale Hospice (fictional)' }).waitFor();

  await app.open('/teams/new');
  await page.getByLabel('Team name').fill('Hospice at home');
  await page.getByLabel('Organisation').selectOption({ label: 'Wexdale Hospice (fictional)' });
  await page.getByRole('button', { name: 'Save team' }).click();
  await page.getByText('Team added.').waitFor();

  await app.open('/people/new');
  await page.getByLabel('Full name').fill('Nia Roberts');
  await page.getByLabel('Job title (optional)').fill('Clinical nurse specialist');
  await page.getByLabel('Organisation').selectOption({ label: 'Wexdale Hospice (fictional)' });
  await page.getByLabel('Team (optional)').selectOption({ label: 'Hospice at home' });
  await page.getByRole('button', { name: 'Save person' }).click();
  await page.getByText('Person added.').waitFor();
  const row = page.getByRole('row', { name: /Nia Roberts/ });
  assert.match(await row.textContent(), /Hospice at home/);

  // The organisation now has a team and a person, so it cannot be deleted.
  await app.nav('Organisations').click();
  await page.getByRole('link', { name: 'Wexdale Hospice (fictional)' }).click();
  await page.getByText('This organisation cannot be deleted while it has teams (1), people (1) or goals (0).').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Delete organisation' }).count(), 0);

  // Deleting the team keeps its member, with no team.
  await app.nav('Teams').click();
  await page.getByRole('link', { name: 'Hospice at home' }).click();
  await page.getByRole('link', { name: 'Edit team' }).click();
  await page.getByRole('button', { name: 'Delete team' }).click();
  await page.getByText('1 people will stay, no longer in a team.').waitFor();
  await page.getByRole('button', { name: 'Yes, delete team' }).click();
  await page.getByText('Team deleted.').waitFor();
  await app.nav('People').click();
  assert.doesNotMatch(await page.getByRole('row', { name: /Nia Roberts/ }).textContent(), /Hospice at home/);
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});

test('a printed cascade shows every goal, and the tree folds back after printing', async () => {
  const { page, app } = env;
  await app.open('/cascade');
  const goals = page.locator('a.tree-title');
  await goals.first().waitFor();
  const all = await goals.count();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('a.tree-title').length < n, all);
  const folded = await goals.count();

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('a.tree-title').length === n, all);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction((n) => document.querySelectorAll('a.tree-title').length === n, folded);
  assert.ok(folded < all, `${folded} goals shown folded, ${all} open`);
});
