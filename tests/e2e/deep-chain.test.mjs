// A cascade far deeper than any real one: 3,000 goals, each contributing to the one before. The
// file imports through the import page, the cascade opens and lists every goal, and the deepest
// goal's page opens; nothing may overflow the stack or leave a page blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './app.mjs';

const DEPTH = 3000;
const SLOW = { timeout: 120_000 };
const id = (n) => `de9c4a11-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = id(0);
const goalId = (n) => id(n + 1);
const title = (n) => `Chain goal ${n + 1}`;

let env;
let file;

/** A workspace as "Download a copy" saves it: one organisation and the chain of goals. */
function chainWorkspace() {
  const at = '2026-04-01T09:00:00Z';
  const goals = Array.from({ length: DEPTH }, (_, n) => ({
    id: goalId(n),
    title: title(n),
    description: '',
    level: n === 0 ? 'strategic' : 'team',
    perspective: 'internal_process',
    owner_id: null,
    team_id: null,
    organisation_id: ORG,
    shared_with: [],
    parent_id: n === 0 ? null : goalId(n - 1),
    start_date: null,
    due_date: null,
    created_at: at,
    updated_at: at,
  }));
  return {
    name: 'Deep chain',
    is_demo: false,
    organisations: [{ id: ORG, name: 'Chain Test Trust', short_name: 'CTT', kind: 'nhs_trust', created_at: at, updated_at: at }],
    teams: [],
    people: [],
    goals,
  };
}

before(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'scorecard-chain-')), 'deep-chain.json');
  writeFileSync(file, JSON.stringify(chainWorkspace()));
  env = await start();
});

after(async () => {
  await env?.close();
});

test('a chain of 3,000 goals imports, and the cascade and the deepest goal open', async () => {
  const { app, page } = env;
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await page.getByText('There are no organisations yet.').waitFor();

  await app.open('/import');
  await page.getByLabel('Choose a JSON file').setInputFiles(file);
  await page.getByRole('heading', { name: 'What would change' }).waitFor(SLOW);
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText(/^Imported: /).waitFor(SLOW);

  await app.nav('Cascade').click();
  await page.getByRole('heading', { level: 1, name: 'Goal cascade' }).waitFor(SLOW);
  await page.getByRole('button', { name: 'Expand all' }).click();
  const deepest = page.getByRole('link', { name: title(DEPTH - 1), exact: true });
  await deepest.waitFor(SLOW);
  const listed = await page.locator('main a').evaluateAll((links) => links.map((a) => a.textContent));
  const chain = new Set(listed.filter((t) => t.startsWith('Chain goal ')));
  assert.equal(chain.size, DEPTH, 'every goal of the chain is listed');

  await deepest.click();
  await page.getByRole('heading', { level: 1, name: title(DEPTH - 1) }).waitFor(SLOW);
  await page.getByRole('link', { name: title(DEPTH - 2), exact: true }).first().waitFor();
  assert.deepEqual(env.errors, [], 'no errors in the console');
});
