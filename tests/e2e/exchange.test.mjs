// Partner exchange between two browsers, as two partners would do it: the council shares a pack
// with the trust, the trust previews and applies it, the council changes one thing and sends
// again, and the trust sees exactly that one update. Also a bad file, a repeat import, undo, and
// axe-core on the import and export pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './app.mjs';
import { DEMO, axe } from './checks.mjs';
import { dump } from './idb.mjs';


// Fixed ids from the demo (core/src/demo).
const GOAL_SMOKING = DEMO(0x309);
const MEASURE_QUITS = DEMO(0x602);
const COUNCIL = 'Northshire County Council (fictional)';
const TRUST = 'Northshire Hospitals NHS Foundation Trust (fictional)';

const files = mkdtempSync(join(tmpdir(), 'scorecard-exchange-'));
let council;
let trust;
let firstPack;

before(async () => {
  council = await start();
  trust = await start();
});
after(async () => {
  await council?.close();
  await trust?.close();
});

/** The workspace as saved in IndexedDB: its meta entry and every record, and anything set aside. */
async function savedWorkspace(page) {
  const { snapshot, ...saved } = (await dump(page)) ?? {};
  return saved;
}

/** Chooses the workspace's own organisation on the import page. */
async function setHome({ app, page }, name) {
  await app.open('/import');
  await page.getByLabel('Set my organisation').selectOption({ label: name });
  await page.getByRole('button', { name: 'Save my organisation' }).click();
  await page.getByLabel('Set my organisation').waitFor({ state: 'detached' });
}

/** Downloads the council's pack for the trust and returns where it was saved. */
async function exportPack({ app, page }, saveAs) {
  await app.open('/export');
  assert.equal(
    await page.getByLabel('My organisation').locator('option:checked').textContent(),
    COUNCIL,
    'my organisation is chosen for me',
  );
  await page.getByLabel('Partner organisation').selectOption({ label: TRUST });
  assert.equal(await page.getByLabel('Include personal data (appraisals, development plans, one-to-one notes)').isChecked(), false);
  await page.getByRole('heading', { name: 'What the pack contains' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the pack' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^scorecard-ncc-for-nhft-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(files, saveAs);
  await download.saveAs(path);
  await page.getByText(`The pack was downloaded as ${download.suggestedFilename()}`).waitFor();
  return path;
}

/** Chooses `path` on the import page. */
async function chooseFile({ app, page }, path) {
  await app.open('/import');
  await page.getByLabel('Choose a JSON file').setInputFiles(path);
}

/** The counts in the preview's row for `kind`: new, updated, unchanged, deleted, in conflict. */
async function counts(page, kind) {
  const row = page.locator('table.preview-table tbody tr').filter({ has: page.getByRole('rowheader', { name: kind, exact: true }) });
  if ((await row.count()) === 0) return null;
  const cells = await row.locator('td').allTextContents();
  const [added, updated, unchanged, deleted, conflict] = cells.map(Number);
  return { added, updated, unchanged, deleted, conflict };
}

test('the import and export pages pass axe-core', async () => {
  const { app, page } = council;
  await app.open('/import');
  assert.equal(await app.heading().textContent(), 'Import a file from a partner');
  assert.deepEqual(await axe(page), []);
  await app.open('/export');
  assert.equal(await app.heading().textContent(), 'Share with a partner');
  assert.deepEqual(await axe(page), []);
});

test('the council shares a pack and the trust previews and applies it', async () => {
  await setHome(council, COUNCIL);
  firstPack = await exportPack(council, 'first.json');

  await setHome(trust, TRUST);
  const { app, page } = trust;
  await chooseFile(trust, firstPack);
  await page.getByRole('heading', { name: 'What would change' }).waitFor();
  const summary = page.locator('dl.import-summary');
  assert.match(await summary.textContent(), new RegExp(`From${COUNCIL.replace(/[()]/g, '\\$&')}`));
  assert.match(await summary.textContent(), /Checked: the file is as it was exported/);
  assert.ok(await counts(page, 'Goals'), 'the goals are in the preview');
  // Both browsers started from the demo, so the same records may differ only in their times:
  // take the council's copy of any in conflict.
  for (const theirs of await page.getByLabel('Take theirs').all()) await theirs.check();
  assert.deepEqual(await axe(page), [], 'the preview passes axe-core');
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText(/^Imported: /).waitFor();
  await page.getByRole('button', { name: 'Undo the last import' }).waitFor();

  // The council's goal and measure are read-only at the trust, and say who owns them.
  await app.open(`/goals/${GOAL_SMOKING}`);
  assert.equal(await app.heading().textContent(), 'Help 1,000 Northshire residents to stop smoking this year');
  const notice = page.getByRole('note');
  assert.match(await notice.textContent(), /^Owned by Northshire County Council \(fictional\) — arrived \d{1,2} \w+ \d{4}\. Only the owner can change it; changes arrive when they send a new file\.$/);
  assert.equal(await page.getByRole('link', { name: 'Edit goal' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Delete goal' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Add a measure' }).count(), 0);
  await app.open(`/measures/${MEASURE_QUITS}`);
  await page.getByRole('note').getByText(/Owned by Northshire County Council/).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Enter data' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Edit measure and trajectory' }).count(), 0);
  assert.deepEqual(await axe(page), [], 'a read-only measure passes axe-core');
  await app.open(`/goals/${GOAL_SMOKING}/edit`);
  await page.getByRole('note').getByText(/Only the owner can change it/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save goal' }).count(), 0);

  // The council's own goal stays editable at the council.
  await council.app.open(`/goals/${GOAL_SMOKING}`);
  await council.page.getByRole('link', { name: 'Edit goal' }).waitFor();
  assert.equal(await council.page.getByRole('note').count(), 0);
});

test('importing the same file again says nothing would change', async () => {
  const { page } = trust;
  await chooseFile(trust, firstPack);
  await page.getByText('Already imported: nothing would change.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Apply these changes' }).count(), 0);
});

test('a bad file gives a specific message and changes nothing', async () => {
  const { page } = trust;
  const bad = join(files, 'bad.json');
  writeFileSync(bad, '{"format": "scorecard-exchange", "kind": ');
  const before = await savedWorkspace(page);
  assert.ok(before.meta.workspace, 'the workspace is saved, so there is something to compare');
  await chooseFile(trust, bad);
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'bad.json cannot be imported' }).waitFor();
  assert.match(await alert.textContent(), /This is not valid JSON: line 1, column \d+/);
  assert.match(await alert.textContent(), /Nothing has been changed\./);
  assert.equal(await page.getByRole('heading', { name: 'What would change' }).count(), 0);
  assert.deepEqual(await savedWorkspace(page), before, 'nothing saved was changed');

  // A file changed after export is refused by its digest.
  const tampered = JSON.parse(readFileSync(firstPack, 'utf8'));
  tampered.payload.goals[0].title = 'Changed on the way';
  const changed = join(files, 'changed.json');
  writeFileSync(changed, JSON.stringify(tampered));
  await chooseFile(trust, changed);
  await page.getByText(/This file was changed or damaged since export/).waitFor();
});

test('a change at the council arrives as exactly one update, and undo takes it back', async () => {
  const description = 'E2E: now with a January quit campaign in every library.';
  {
    const { app, page } = council;
    await app.open(`/goals/${GOAL_SMOKING}/edit`);
    await page.getByLabel('Description (optional)').fill(description);
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help 1,000 Northshire residents to stop smoking this year' }).waitFor();
  }
  const second = await exportPack(council, 'second.json');

  const { app, page } = trust;
  await chooseFile(trust, second);
  await page.getByRole('heading', { name: 'What would change' }).waitFor();
  const goals = await counts(page, 'Goals');
  assert.equal(goals.updated, 1, 'one goal updated');
  let added = 0;
  let updated = 0;
  let conflicts = 0;
  for (const kind of ['Organisations', 'Teams', 'People', 'Goals', 'Measures', 'Reviews']) {
    const c = await counts(page, kind);
    if (c) {
      added += c.added;
      updated += c.updated;
      conflicts += c.conflict;
    }
  }
  assert.deepEqual({ added, updated, conflicts }, { added: 0, updated: 1, conflicts: 0 });
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText('Imported: 0 added, 1 updated, 0 deleted.').waitFor();
  await app.open(`/goals/${GOAL_SMOKING}`);
  await page.getByText(description).waitFor();

  await app.open('/import');
  await page.getByRole('button', { name: 'Undo the last import' }).click();
  await page.getByText('The last import was undone').waitFor();
  await app.open(`/goals/${GOAL_SMOKING}`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.getByText(description).count(), 0, 'the update is undone');
});

test('tables download as CSV, and actuals import from a spreadsheet row by row', async () => {
  const { app, page } = council;
  await app.open('/organisations');
  const [orgs] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  assert.match(orgs.suggestedFilename(), /^scorecard-organisations-\d{4}-\d{2}-\d{2}\.csv$/);
  const orgsPath = join(files, 'orgs.csv');
  await orgs.saveAs(orgsPath);
  const orgsText = readFileSync(orgsPath, 'utf8');
  assert.ok(orgsText.startsWith('\uFEFFName,Kind,Teams,People,Goals owned,Goals shared with it\r\n'), orgsText.slice(0, 80));
  assert.match(orgsText, /Northshire County Council \(fictional\)/);

  await app.open(`/measures/${MEASURE_QUITS}`);
  const [actuals] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const actualsPath = join(files, 'actuals.csv');
  await actuals.saveAs(actualsPath);
  const lines = readFileSync(actualsPath, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'measure,measure_id,period,value,note');
  assert.ok(lines.length > 1, 'the demo measure has data');
  // Correct the first value, and add a row with a period that is not one.
  const cells = lines[1].split(',');
  cells[3] = String(Number(cells[3]) + 1);
  const upload = join(files, 'upload.csv');
  writeFileSync(upload, `${lines[0]}\r\n${cells.join(',')}\r\nFour-week smoking quits,,someday,5,\r\n`);

  await app.open('/import/actuals');
  assert.deepEqual(await axe(page), [], 'the actuals import page passes axe-core');
  await page.getByLabel('Choose a CSV file').setInputFiles(upload);
  await page.getByText('0 new values, 1 correction, 0 unchanged, 1 row with problems.').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /row 3, column period: /);
  assert.deepEqual(await axe(page), [], 'the actuals preview passes axe-core');
  await page.getByRole('button', { name: 'Enter these values' }).click();
  await page.getByText('1 value entered.').waitFor();
  await page.getByText('Nothing would change: every value is already entered.').waitFor();
});

test('no errors in either browser console at the end', () => {
  assert.deepEqual(council.errors, []);
  assert.deepEqual(trust.errors, []);
});
