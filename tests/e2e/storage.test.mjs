// Storage that never loses work, as a user meets it: damaged saved data set aside and offered as a
// download, the copy before it opened instead; two tabs editing one workspace; a full store; the
// reminder to download a copy; what the "Your data" page says about the browser's storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start } from './app.mjs';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: a <script> tag would be blocked by the app's policy.
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** WCAG 2.2 A/AA violations on the page as it is now (none expected). */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Fixed ids from the demo (core/src/demo).
const DEMO = (n) => `5c0eca4d-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const GOAL_AE = DEMO(0x301);

const MAIN = 'scorecard.workspace';
const PREVIOUS = 'scorecard.workspace.previous';
const QUARANTINE = 'scorecard.quarantine';
const BACKUP_LOG = 'scorecard.backup-log';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Renames the demo's A&E goal through the goal form, on `page`. */
async function renameGoal(page, title) {
  await page.goto(`${env.url}/goals/${GOAL_AE}/edit`);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Clicks `button` and returns the text of the file it downloads, and the file's name. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Fills localStorage to its quota with other keys, biggest chunks first. */
function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler-${n}`, chunk); n++; } catch { break; }
      }
    }
    return n;
  });
}

function freeStorage(page) {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const problemBanner = (page) => page.getByRole('alert').filter({ hasText: 'There is a problem with the saved data' });
const conflictBanner = (page) => page.getByRole('alert').filter({ hasText: 'This workspace was changed in another tab' });
const failedBanner = (page) => page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' });

test('each save is checked and keeps the save before it as a spare copy', async () => {
  const { page } = env;
  await renameGoal(page, 'Storage: first title');
  await renameGoal(page, 'Storage: second title');
  const envelope = JSON.parse(await stored(page, MAIN));
  assert.equal(envelope.format, 'scorecard-workspace');
  assert.equal(envelope.schema_version, 1);
  assert.match(envelope.app_version, /^\d+\.\d+\.\d+/);
  assert.match(envelope.checksum, /^[0-9a-f]{64}$/);
  const previous = JSON.parse(await stored(page, PREVIOUS));
  assert.equal(previous.revision, envelope.revision - 1);
  assert.ok(JSON.stringify(previous.workspace).includes('Storage: first title'));
});

test('truncated saved data is set aside, offered as a download, and the copy before it opens', async () => {
  const { page, app } = env;
  const damaged = await page.evaluate((key) => {
    const text = localStorage.getItem(key);
    const cut = text.slice(0, Math.floor(text.length / 2));
    localStorage.setItem(key, cut);
    return cut;
  }, MAIN);
  await page.reload();
  const banner = problemBanner(page);
  await banner.waitFor();
  assert.match(await banner.textContent(), /could not be opened: the saved data is not readable/);
  assert.match(await banner.textContent(), /kept aside, unchanged/);
  assert.match(await banner.textContent(), /The copy saved before it, on .* has been opened instead/);
  // The last good copy is open.
  await page.getByRole('heading', { level: 1, name: 'Storage: first title' }).waitFor();
  assert.deepEqual(await axe(page), []);

  const file = await download(page, banner.getByRole('button', { name: 'Download the damaged data' }));
  assert.equal(file.text, damaged, 'the download is exactly what was found');
  assert.equal(await stored(page, QUARANTINE), damaged, 'kept under the quarantine key');

  // "Your data" lists it, and it can be downloaded again or deleted after a confirmation.
  await app.open('/workspace');
  await page.getByRole('heading', { level: 2, name: 'Damaged data kept aside' }).waitFor();
  const again = await download(page, page.getByRole('button', { name: 'Download damaged copy 1' }));
  assert.equal(again.text, damaged);
  await page.getByRole('button', { name: 'Delete damaged copy 1' }).click();
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByRole('heading', { level: 2, name: 'Damaged data kept aside' }).waitFor({ state: 'hidden' });
  assert.equal(await stored(page, QUARANTINE), null);
});

test('saved data changed by hand fails its checksum and is never overwritten', async () => {
  const { page } = env;
  await renameGoal(page, 'Storage: third title');
  const tampered = await page.evaluate((key) => {
    const text = localStorage.getItem(key).replace('Storage: third title', 'Storage: tampered title');
    localStorage.setItem(key, text);
    return text;
  }, MAIN);
  await page.reload();
  const banner = problemBanner(page);
  await banner.waitFor();
  assert.match(await banner.textContent(), /checksum mismatch/);
  assert.equal(await stored(page, QUARANTINE), tampered);
  // Opened from the save before; a new edit saves without touching the quarantined copy.
  await page.getByRole('heading', { level: 1, name: 'Storage: first title' }).waitFor();
  await renameGoal(page, 'Storage: after the damage');
  assert.equal(await stored(page, QUARANTINE), tampered);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Storage: after the damage' }).waitFor();
  assert.equal(await problemBanner(page).count(), 0, 'the notice is not shown again');
  await page.evaluate((key) => localStorage.removeItem(key), QUARANTINE);
});

test('an edit in one tab appears in the other', async () => {
  const { page, context } = env;
  const other = await context.newPage();
  await other.goto(`${env.url}/goals/${GOAL_AE}`);
  await other.getByRole('heading', { level: 1, name: 'Storage: after the damage' }).waitFor();
  await renameGoal(page, 'Storage: edited in the first tab');
  await other.getByRole('heading', { level: 1, name: 'Storage: edited in the first tab' }).waitFor();
  await renameGoal(other, 'Storage: edited in the second tab');
  await page.getByRole('heading', { level: 1, name: 'Storage: edited in the second tab' }).waitFor();
  await other.close();
});

test('a stale tab cannot overwrite a newer save', async () => {
  const { page } = env;
  await renameGoal(page, 'Storage: before the other save');
  // Another writer saves a newer revision this tab has not heard of (no storage event reaches the
  // tab that writes, so this tab still thinks it has the latest).
  const newer = await page.evaluate((key) => {
    const text = localStorage.getItem(key).replace(/"revision":(\d+)/, (_, n) => `"revision":${Number(n) + 5}`);
    localStorage.setItem(key, text);
    return text;
  }, MAIN);
  // Navigating within the app keeps the tab's state (a full reload would read the newer save).
  await page.getByRole('link', { name: 'Edit goal' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Storage: stale change');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await conflictBanner(page).waitFor();
  assert.equal(await stored(page, MAIN), newer, 'the newer save was not overwritten');
  assert.deepEqual(await axe(page), []);
  // Loading the newer version downloads this tab's change first.
  const file = await download(page, conflictBanner(page).getByRole('button', { name: 'Load the newer version' }));
  assert.match(file.name, /-this-tab\.json$/);
  assert.ok(file.text.includes('Storage: stale change'), 'the unsaved change is in the download');
  await conflictBanner(page).waitFor({ state: 'hidden' });
  await page.getByText('The newer version from the other tab is shown.').waitFor();
});

test('two tabs: an unsaved change meets a newer save from the other tab, and nothing is lost', async () => {
  const { page, context } = env;
  const other = await context.newPage();
  await other.goto(`${env.url}/goals/${GOAL_AE}`);
  await other.getByRole('heading', { level: 1 }).waitFor();

  // The second tab's change cannot be saved (storage full, with no spare copy to give up).
  await other.evaluate((key) => localStorage.removeItem(key), PREVIOUS);
  await fillStorage(other);
  await renameGoal(other, 'Storage: second tab, not saved (longer than any title before it)');
  await failedBanner(other).waitFor();
  await freeStorage(other);

  // The first tab saves. The second tab is told, and writes nothing.
  await renameGoal(page, 'Storage: first tab, saved');
  await conflictBanner(other).waitFor();
  await other.getByRole('heading', { level: 1, name: 'Storage: second tab, not saved (longer than any title before it)' }).waitFor();
  const firstTabs = await stored(page, MAIN);
  assert.ok(firstTabs.includes('Storage: first tab, saved'));

  // "Keep my version": the other tab's version is downloaded first, then this one is saved.
  const file = await download(other, conflictBanner(other).getByRole('button', { name: 'Keep my version' }));
  assert.match(file.name, /-other-tab\.json$/);
  assert.equal(file.text, firstTabs, 'the newer save, exactly as stored');
  await conflictBanner(other).waitFor({ state: 'hidden' });
  assert.ok((await stored(other, MAIN)).includes('Storage: second tab, not saved (longer than any title before it)'));
  // The first tab had nothing unsaved, so it quietly shows the kept version.
  await page.getByRole('heading', { level: 1, name: 'Storage: second tab, not saved (longer than any title before it)' }).waitFor();
  await other.close();
});

test('a full store: the spare copy gives way first, then a banner; nothing is lost once space is freed', async () => {
  const { page } = env;
  await renameGoal(page, 'Storage: before the store filled');
  await renameGoal(page, 'Storage: spare copy kept');
  assert.notEqual(await stored(page, PREVIOUS), null);
  assert.ok((await fillStorage(page)) > 0);

  await renameGoal(page, 'Storage: saved without a spare copy');
  const warning = page.getByRole('alert').filter({ hasText: "This browser's storage for Scorecard is nearly full" });
  await warning.waitFor();
  assert.deepEqual(await axe(page), []);
  assert.equal(await stored(page, PREVIOUS), null);
  assert.ok((await stored(page, MAIN)).includes('Storage: saved without a spare copy'));

  await fillStorage(page);
  await renameGoal(page, 'Storage: not saved yet, a title longer than the one saved before it');
  const banner = failedBanner(page);
  await banner.waitFor();
  assert.match(await banner.textContent(), /storage for this site is full/);
  assert.ok((await stored(page, MAIN)).includes('Storage: saved without a spare copy'), 'the last good copy is kept');

  await freeStorage(page);
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await banner.waitFor({ state: 'hidden' });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Storage: not saved yet, a title longer than the one saved before it' }).waitFor();
});

test('"Your data" shows the last download, persistence and storage used; old backups are reminded', async () => {
  const { page, app } = env;
  // Edits made ten days ago and never downloaded.
  await page.evaluate(([key, at]) => {
    localStorage.setItem(key, JSON.stringify({ last_download_at: null, first_edit_at: at, last_edit_at: at }));
  }, [BACKUP_LOG, new Date(Date.now() - 10 * 86400e3).toISOString()]);
  await app.open('/workspace');
  const reminder = page.locator('.banner').filter({ hasText: 'Download a copy of your work' });
  await reminder.waitFor();
  assert.match(await reminder.textContent(), /You have not downloaded a copy of your work yet, and you started making changes 10 days ago/);
  assert.deepEqual(await axe(page), []);
  const summary = page.locator('.summary-list');
  assert.match(await summary.textContent(), /Last downloaded\s*Never from this browser/);
  assert.match(await summary.textContent(), /Kept until you delete it\s*(Yes|Not yet)/);
  assert.match(await summary.textContent(), /Storage used\s*Scorecard uses [\d.]+ (bytes|KB|MB) here\. Most browsers allow each site 5 to 10 MB/);
  await page.getByText(/The browser estimates this site may use up to [\d.]+ (KB|MB|GB)/).waitFor();

  const file = await download(page, reminder.getByRole('button', { name: 'Download a copy now' }));
  assert.match(file.name, /^scorecard-.*\.json$/);
  assert.ok(JSON.parse(file.text).goals.length > 0);
  await reminder.waitFor({ state: 'hidden' });
  assert.match(await summary.textContent(), /Last downloaded\s*\d+ \w+ \d{4} at \d\d:\d\d \(today\)/);
  const log = JSON.parse(await stored(page, BACKUP_LOG));
  assert.ok(Date.now() - Date.parse(log.last_download_at) < 60e3);

  // A download more than 7 days old, with edits since, is reminded too.
  await page.evaluate(([key, old, since]) => {
    localStorage.setItem(key, JSON.stringify({ last_download_at: old, first_edit_at: old, last_edit_at: since }));
  }, [BACKUP_LOG, new Date(Date.now() - 9 * 86400e3).toISOString(), new Date(Date.now() - 86400e3).toISOString()]);
  await page.reload();
  await page.getByText('You last downloaded a copy of your work 9 days ago, and have made changes since.').waitFor();
});

test('the untouched demo is never a reminder, and persistence is asked for after the first edit', async () => {
  const { page, app } = env;
  await page.evaluate(() => localStorage.clear());
  await page.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({ last_download_at: '2020-01-01T00:00:00Z' }));
  }, BACKUP_LOG);
  await app.open('/workspace');
  assert.equal(await page.locator('.banner').filter({ hasText: 'Download a copy of your work' }).count(), 0);
  await renameGoal(page, 'Storage: first edit of the demo');
  await app.open('/workspace');
  const row = page.locator('.summary-row').filter({ hasText: 'Kept until you delete it' });
  assert.match(await row.textContent(), /Yes|Not yet/);
  assert.ok(JSON.parse(await stored(page, BACKUP_LOG)).first_edit_at, 'the edit is noted');
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
