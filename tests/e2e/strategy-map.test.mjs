// The strategy map: the demo's map passes axe-core, shows every strategic goal as a box that
// says its status in words, and is reachable by keyboard; a link added on a goal's page with
// the keyboard alone appears on the map, and goes again when it is removed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { DEMO, axe, focusedName, tabTo } from './checks.mjs';


// Fixed ids from the demo (core/src/demo/mod.rs).
const GOAL_AGENCY = DEMO(0x306);
const GOAL_SICKNESS = DEMO(0x308);
const SICKNESS = 'Reduce sickness absence to 4.5%';
const CANCER = 'Tell 80% of people whether they have cancer within 28 days';

// The demo's strategic goals, each a box on the map.
const STRATEGIC = [
  'See 78% of A&E patients within 4 hours',
  'Cut waits for planned care towards 92% within 18 weeks',
  CANCER,
  'Get people home when they are medically ready',
  'Use theatres well: 85% utilisation of planned sessions',
  'Deliver the financial plan and an £18m cost improvement programme',
  'Bring agency spend below 3.2% of the pay bill',
  'Every member of staff has an appraisal and is up to date with mandatory training',
  SICKNESS,
  'Help 1,000 Northshire residents to stop smoking this year',
  'People who use adult social care feel safe',
  'Raise MMR2 coverage at 5 years to the WHO level of 95%',
  'Keep the Northshire and Wexdale system in financial balance',
];
const STATUSES = ['On track', 'At risk', 'Off track', 'No data yet', 'Not yet due', 'Data overdue'];
// The demo's six links, in words.
const DEMO_LINKS = 6;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const map = (page) => page.locator('svg.strategy-map-svg');
const box = (page, title) => map(page).getByRole('link', { name: new RegExp(`^${escape(title)}: `) });
const linksInWords = (page) => page.getByRole('list', { name: 'The links in words' });
const section = (page) => page.getByRole('region', { name: 'This goal supports' });
const flash = (page) => page.locator('.flash-region');

/** Moves the focused select's choice with the arrow keys until the chosen option matches. */
async function arrowTo(page, pattern, { max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => document.activeElement?.selectedOptions?.[0]?.textContent ?? '');
    if (pattern.test(chosen)) return;
  }
  assert.fail(`no choice matching ${pattern}`);
}

test('the strategy map passes axe-core and shows every strategic goal with its status in words', async () => {
  const { app, page } = env;
  await app.open('/strategy-map');
  assert.equal(await app.heading().textContent(), 'Strategy map');
  await page.waitForFunction(() => document.title === 'Strategy map – Scorecard', null, { timeout: 5000 });
  assert.deepEqual(await axe(page), []);

  assert.equal(await map(page).locator('a.strategy-map-goal').count(), STRATEGIC.length);
  for (const title of STRATEGIC) {
    const link = box(page, title);
    assert.equal(await link.count(), 1, title);
    const name = await link.getAttribute('aria-label');
    const status = STATUSES.find((s) => name.startsWith(`${title}: ${s}`));
    assert.ok(status, `the box of “${title}” is named with its status: ${name}`);
    assert.match(await link.locator('.strategy-map-status').textContent(), new RegExp(escape(status)), `the box of “${title}” says ${status}`);
  }
  // Every link is drawn, and listed in words.
  assert.equal(await map(page).locator('.strategy-map-links path[fill="none"]').count(), DEMO_LINKS);
  assert.equal(await linksInWords(page).getByRole('listitem').count(), DEMO_LINKS);
  await linksInWords(page).getByRole('listitem')
    .filter({ hasText: `${SICKNESS} supports Bring agency spend below 3.2% of the pay bill` }).waitFor();
  // The key says what the colours and the arrow mean.
  await page.getByRole('list', { name: 'Key' }).getByText('Supports: the arrow points to the goal supported').waitFor();
});

test('a goal on the map is reached with Tab and opened with Enter', async () => {
  const { app, page } = env;
  await app.open('/strategy-map');
  await tabTo(page, new RegExp(`^${escape(SICKNESS)}: `));
  assert.equal(await page.evaluate(() => document.activeElement.closest('svg') !== null), true);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: SICKNESS }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/goals/${GOAL_SICKNESS}`);
});

test('a goal page lists its links both ways and passes axe-core, with an error showing too', async () => {
  const { app, page } = env;
  await app.open(`/goals/${GOAL_AGENCY}`);
  const supports = section(page);
  await supports.getByRole('link', { name: 'Deliver the financial plan and an £18m cost improvement programme' }).waitFor();
  await supports.getByRole('link', { name: SICKNESS }).waitFor();
  assert.deepEqual(await axe(page), []);
  await supports.getByRole('button', { name: 'Add link' }).click();
  await supports.getByText('Choose the goal that this goal supports').waitFor();
  // Focus goes to the field, which is described by its error.
  await page.waitForFunction(() => document.activeElement?.id === 'supports-goal', null, { timeout: 5000 });
  assert.deepEqual(await axe(page), [], 'with the error showing');
});

test('a link is added with the keyboard alone, shows on the map, and can be removed', async () => {
  const { app, page } = env;
  await app.open(`/goals/${GOAL_SICKNESS}`);
  await tabTo(page, 'Add a goal this supports');
  await arrowTo(page, new RegExp(`^${escape(CANCER)}`));
  await tabTo(page, 'Add link');
  await page.keyboard.press('Enter');
  await flash(page).getByText(`This goal now supports “${CANCER}”.`).waitFor();
  await section(page).getByRole('link', { name: CANCER }).waitFor();
  // The keyboard's place is kept: back on the choice, ready for another.
  await page.waitForFunction(() => document.activeElement?.id === 'supports-goal', null, { timeout: 5000 });

  await app.open('/strategy-map');
  await linksInWords(page).getByRole('listitem').filter({ hasText: `${SICKNESS} supports ${CANCER}` }).waitFor();
  assert.equal(await map(page).locator('.strategy-map-links path[fill="none"]').count(), DEMO_LINKS + 1);

  await app.open(`/goals/${GOAL_SICKNESS}`);
  await section(page).getByRole('button', { name: new RegExp(`^Remove the link to ${escape(CANCER)}`) }).click();
  await flash(page).getByText(`This goal no longer supports “${CANCER}”.`).waitFor();
  assert.equal(await section(page).getByRole('link', { name: CANCER }).count(), 0);
  await page.waitForFunction(() => document.activeElement?.id === 'supports-heading', null, { timeout: 5000 });

  await app.open('/strategy-map');
  assert.equal(await linksInWords(page).getByRole('listitem').count(), DEMO_LINKS);
  assert.equal(await linksInWords(page).getByRole('listitem').filter({ hasText: `supports ${CANCER}` }).count(), 0);
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
