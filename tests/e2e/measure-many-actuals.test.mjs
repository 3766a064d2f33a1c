// A measure with 10,000 months of data, as a long history imported from a spreadsheet would give
// it: the page opens quickly with its status, both charts over their recent windows (the SPC
// limits still from every month) and the first page of data, and pages back to the oldest month
// with the mouse and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './app.mjs';
import { waitForRecord } from './idb.mjs';

const THEATRES_GOAL = '5c0eca4d-0000-4000-8000-00000000030d';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const COUNT = 10_000;
const NAME = 'Day-case rate';
/** Generous: entering 10,000 values and saving them is real work on a slow CI machine. */
const SLOW = { timeout: 120_000 };

/** The month `offset` months from this one, as a Date. */
function monthFrom(offset) {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth() + offset, 1);
}

/** "Oct 2026" for the month `offset` months from this one. */
function monthLabel(offset) {
  const m = monthFrom(offset);
  return `${MONTHS[m.getMonth()]} ${m.getFullYear()}`;
}

/**
 * "2026-10-01" for the month `offset` months from this one. A whole date, because a month
 * written as "2025-26" reads as a financial year, and some of 10,000 months would be.
 */
function monthCell(offset) {
  const m = monthFrom(offset);
  return `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}-01`;
}

/** The value for month `i` of the history (0 is the oldest): 80% to 89%, in the range. */
const valueOf = (i) => 80 + (i % 10);

let env;
let measureId;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The data table, by its caption. */
function dataTable(page) {
  return page.getByRole('table', { name: 'Data entered, newest first, with earlier values' });
}

test('a measure is defined and 10,000 months of data are entered from a spreadsheet', async () => {
  const { app, page } = env;
  await app.open(`/goals/${THEATRES_GOAL}`);
  await page.getByRole('link', { name: 'Add a measure' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a measure' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await page.getByLabel('Unit (optional)').fill('%');
  // A range needs no trajectory to be rated: the latest month is judged against it.
  await page.getByLabel('Keep within a range').check();
  await page.getByLabel('Lowest acceptable value').fill('70');
  await page.getByLabel('Highest acceptable value').fill('95');
  await page.getByLabel('No trajectory yet').check();
  await page.getByRole('button', { name: 'Save measure' }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await page.getByText('Measure added.').waitFor();
  measureId = new URL(page.url()).pathname.split('/')[2];

  // The oldest month first: 10,000 months up to last month.
  const rows = Array.from({ length: COUNT }, (_, i) => `${measureId},${monthCell(i - COUNT)},${valueOf(i)}`);
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-many-actuals-')), 'actuals.csv');
  writeFileSync(file, `measure_id,period,value\r\n${rows.join('\r\n')}\r\n`);

  await app.open('/import/actuals');
  await page.getByLabel('Choose a CSV file').setInputFiles(file);
  await page.getByText(`${COUNT} new values, 0 corrections, 0 unchanged, 0 rows with problems.`).waitFor(SLOW);
  await page.getByRole('button', { name: 'Enter these values' }).click();
  await page.getByText(`${COUNT} values entered.`).waitFor(SLOW);
  await waitForRecord(page, 'measure', measureId, (m) => m?.actuals?.length === COUNT, SLOW);
});

test('the measure opens quickly with its status, both charts and the first page of data', async () => {
  const { app, page } = env;
  const started = Date.now();
  await app.open(`/measures/${measureId}`);
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await dataTable(page).waitFor({ timeout: 15_000 });
  console.log(`the measure with ${COUNT} actuals opened in ${Date.now() - started} ms`);

  const status = page.getByRole('region', { name: 'Status' });
  assert.match(await status.textContent(), /✓\s*On track/);
  assert.match(await status.textContent(), new RegExp(`Latest${valueOf(COUNT - 1)}% in ${monthLabel(-1)}`));
  assert.match(await status.textContent(), /Common cause variation|Special cause/);

  // Both charts, each over its latest periods, saying so.
  await page.getByRole('img', { name: new RegExp(`${NAME}: actual against planned trajectory`) }).waitFor();
  await page.getByText(`The chart shows the latest 24 of 10,000 periods, ${monthLabel(-24)} to ${monthLabel(-1)}.`).waitFor();
  await page.getByRole('img', { name: new RegExp(`SPC chart: ${NAME}`) }).waitFor();
  await page.getByText(`The chart shows the latest 60 of 10,000 points, ${monthLabel(-60)} to ${monthLabel(-1)}.`).waitFor();
  await page.getByText('The mean and process limits are worked out from all 10,000 points').waitFor();
  const spc = page.locator('figure', { hasText: `SPC chart: ${NAME}` });
  assert.equal(await spc.locator('path.chart-point').count(), 60, 'the SPC chart draws its window');

  // The first page of data: the newest 60 months, newest first.
  await page.getByText('Showing 1 to 60 of 10,000').waitFor();
  const table = dataTable(page);
  assert.equal(await table.locator('tbody tr').count(), 60);
  const newest = table.getByRole('row', { name: new RegExp(`^${monthLabel(-1)}`) });
  assert.match(await newest.textContent(), new RegExp(`${valueOf(COUNT - 1)}%`));
  assert.match(await table.locator('tbody tr').first().textContent(), new RegExp(`^${monthLabel(-1)}`));
  assert.match(await table.locator('tbody tr').last().textContent(), new RegExp(`^${monthLabel(-60)}`));
  assert.equal(await page.getByRole('button', { name: 'Newer', exact: true }).count(), 0, 'nothing is newer');

  // Rebasing is offered from the months the chart shows, not from every month.
  await page.getByText('Chart options: screening, run length, rebasing').click();
  const rebase = page.getByRole('group', { name: 'Rebase from (optional)' });
  assert.equal(await rebase.getByRole('checkbox').count(), 60);
});

test('the data pages back to the oldest month, by keyboard as well as by mouse', async () => {
  const { page } = env;
  const table = dataTable(page);
  const older = page.getByRole('button', { name: 'Older', exact: true });
  await older.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Showing 61 to 120 of 10,000').waitFor();
  assert.match(await table.locator('tbody tr').first().textContent(), new RegExp(`^${monthLabel(-61)}`));
  // The button stays where it was, so pressing it again goes on.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Older');
  await page.keyboard.press('Enter');
  await page.getByText('Showing 121 to 180 of 10,000').waitFor();

  await page.getByRole('button', { name: 'Oldest', exact: true }).click();
  await page.getByText('Showing 9,961 to 10,000 of 10,000').waitFor();
  assert.equal(await table.locator('tbody tr').count(), 40);
  const oldest = table.getByRole('row', { name: new RegExp(`^${monthLabel(-COUNT)}`) });
  assert.match(await oldest.textContent(), new RegExp(`${valueOf(0)}%`));
  assert.match(await table.locator('tbody tr').last().textContent(), new RegExp(`^${monthLabel(-COUNT)}`));
  assert.equal(await older.count(), 0, 'nothing is older');
  // The button pressed has gone: focus is on where the page is, not lost.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status');

  await page.getByRole('button', { name: 'Newer', exact: true }).click();
  await page.getByText('Showing 9,901 to 9,960 of 10,000').waitFor();
  await page.getByRole('button', { name: 'Newest', exact: true }).click();
  await page.getByText('Showing 1 to 60 of 10,000').waitFor();
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
