// The whole reference integrated care system (core/examples/reference.rs, scale 1: 12
// organisations, 2,000 goals, 400 measures × 60 months, 3,000 reviews, 1,000 people; 17.8 MB)
// through the app and its IndexedDB storage, as a user would take it: start an empty workspace,
// import the file on the import page, reload, download a copy, rename a goal. Nothing may be lost
// or changed on the way, an edit writes one record, and the browser's quota is far from reached.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './app.mjs';
import { record, waitForRecord } from './idb.mjs';
import {
  LISTS, RECORD_STORES, probeCounts, probeRevisions, readReference, referenceFile, waitForCounts,
} from './bench/reference.mjs';

/** Generous: a step on the whole reference workspace can take seconds on a slow CI machine. */
const SLOW = { timeout: 120_000 };

let env;
let referencePath;
let reference; // the file, parsed
let payload; // its workspace

before(async () => {
  referencePath = referenceFile({ scale: 1 });
  reference = readReference(referencePath);
  payload = reference.payload;
  assert.equal(reference.kind, 'workspace', 'the reference file is a workspace backup');
  assert.equal(payload.goals.length, 2000, 'the reference file is at scale 1');
  env = await start();
});

after(async () => {
  await env?.close();
});

/** Clicks `button` and returns the downloaded file, parsed. */
async function downloadJson(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download', SLOW), button.click()]);
  return { name: file.suggestedFilename(), json: JSON.parse(await readFile(await file.path(), 'utf8')) };
}

/** Asserts that every record list of `workspace` equals the reference's, in the same order. */
function assertSameRecords(workspace, what) {
  for (const list of LISTS) {
    assert.equal(workspace[list]?.length, payload[list].length, `${what}: as many ${list}`);
    assert.deepStrictEqual(workspace[list], payload[list], `${what}: the same ${list}, in the same order`);
  }
}

test('the reference workspace imports into an empty workspace through the import page', async () => {
  const { app, page } = env;
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await page.getByText('There are no organisations yet.').waitFor();
  // The empty workspace is saved (one commit replacing everything) before the import starts.
  const empty = await waitForCounts(page, ['goal'], (f) => f.revision !== null && f.counts.goal === 0);

  await app.open('/import');
  await page.getByLabel('Choose a JSON file').setInputFiles(referencePath);
  await page.getByRole('heading', { name: 'What would change' }).waitFor(SLOW);
  const goalsRow = page.locator('table.preview-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'Goals', exact: true }) });
  assert.equal(Number(await goalsRow.locator('td').first().textContent()), 2000, 'the preview has 2,000 new goals');

  await page.getByRole('button', { name: 'Apply these changes' }).click();
  const done = page.getByText(/^Imported: /);
  await done.waitFor(SLOW);
  console.log(await done.textContent());
  // Committed: every record is in its object store, and the workspace revision moved on.
  const stores = ['organisation', 'team', 'person', 'goal', 'measure', 'review', 'development_need', 'recognition', 'exit_interview'];
  const saved = await waitForCounts(page, stores, (f) => f.revision > empty.revision && f.counts.goal === 2000);
  assert.deepEqual(saved.counts, {
    organisation: payload.organisations.length,
    team: payload.teams.length,
    person: payload.people.length,
    goal: payload.goals.length,
    measure: payload.measures.length,
    review: payload.reviews.length,
    development_need: payload.development.length,
    recognition: payload.recognitions.length,
    exit_interview: payload.exit_interviews.length,
  });
});

test('after a reload the scorecard shows and "Your data" counts the reference workspace', async () => {
  const { app, page, url } = env;
  // A new page load: the app reads the whole workspace back from IndexedDB.
  await page.goto(`${url}/`);
  await page.getByRole('heading', { level: 1, name: 'Balanced scorecard' }).waitFor(SLOW);
  const strategic = payload.goals.find((g) => g.level === 'strategic');
  await page.getByRole('link', { name: strategic.title, exact: true }).first().waitFor();
  await app.nav('Cascade').click();
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor(SLOW);
  await page.getByRole('link', { name: strategic.title, exact: true }).first().waitFor();

  await app.open('/workspace');
  const contents = page.locator('.summary-row').filter({ has: page.getByText('Contents', { exact: true }) }).locator('dd');
  assert.equal(await contents.textContent(), '12 organisations, 120 teams, 1,000 people and 2,000 goals.');
  await page.getByText('Saved in this browser.', { exact: true }).waitFor();
});

test('a downloaded copy and a full backup hold every record exactly as imported', async () => {
  const { app, page } = env;
  await app.open('/workspace');
  const copy = await downloadJson(page, page.getByRole('button', { name: 'Download a copy', exact: true }));
  assert.match(copy.name, /^scorecard-.*\.json$/);
  assertSameRecords(copy.json, '“Download a copy”');

  await app.open('/export');
  const backup = await downloadJson(page, page.getByRole('button', { name: 'Download a full backup' }));
  assert.equal(backup.json.kind, 'workspace');
  assertSameRecords(backup.json.payload, 'the full backup');
});

test('renaming a goal saves that one record, and it survives a reload', async () => {
  const { app, page } = env;
  const goal = payload.goals.find((g) => g.level === 'individual');
  const title = `${goal.title} (renamed by the reference test)`;
  const before = await page.evaluate(probeRevisions, RECORD_STORES);
  const { revision } = await page.evaluate(probeCounts, []);

  await app.open(`/goals/${goal.id}/edit`);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await app.saveGoal();
  await page.getByText('Goal saved.', { exact: true }).waitFor(SLOW);
  assert.equal(await app.heading().textContent(), title);
  await waitForRecord(page, 'goal', goal.id, (g) => g?.title === title);

  // Only that goal was written: its rev went up by one, and no other record's changed.
  const now = await page.evaluate(probeRevisions, RECORD_STORES);
  assert.equal(now.goal[goal.id], before.goal[goal.id] + 1, 'the goal’s rev went up by one');
  const other = payload.goals.find((g) => g.id !== goal.id && g.level === goal.level);
  assert.equal(now.goal[other.id], before.goal[other.id], 'another goal’s rev did not change');
  now.goal[goal.id] = before.goal[goal.id];
  assert.deepStrictEqual(now, before, 'no other record was written');
  assert.equal((await page.evaluate(probeCounts, [])).revision, revision + 1, 'one commit');
  const stored = await record(page, 'goal', goal.id);
  assert.deepStrictEqual({ ...stored.record, title: goal.title, updated_at: goal.updated_at }, goal,
    'only the title and the time it was updated changed');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor(SLOW);
});

test('the workspace uses well under half of the browser’s storage quota', async () => {
  const { usage, quota } = await env.page.evaluate(() => navigator.storage.estimate());
  console.log(`storage: ${(usage / 1e6).toFixed(1)} MB used of a ${(quota / 1e9).toFixed(1)} GB quota (${((usage / quota) * 100).toFixed(2)}%)`);
  assert.ok(usage > 0, 'something is stored');
  assert.ok(usage < quota / 2, `usage ${usage} is under half of the quota ${quota}`);
});

test('nothing went wrong in the console', () => {
  assert.deepEqual(env.errors, []);
});
