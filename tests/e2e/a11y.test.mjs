// axe-core on every route and on the states a user meets there (form errors, confirmations):
// no WCAG 2.2 A/AA violation anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { DEMO, axe } from './checks.mjs';
import { limitQuota, liftQuota } from './idb.mjs';


// Fixed ids from the demo (core/src/demo.rs).
const TRUST = DEMO(0x1);
const TEAM_ED = DEMO(0x101);
const PERSON_COO = DEMO(0x201);
const GOAL_AE = DEMO(0x301);
const MEASURE_QUITS = DEMO(0x602);
const MEASURE_FDS = DEMO(0x603);

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const ROUTES = [
  '/', `/?org=${TRUST}`, '/cascade', '/goals/new', `/goals/new?parent=${GOAL_AE}`, `/goals/${GOAL_AE}`,
  `/goals/${GOAL_AE}/edit`, '/organisations', '/organisations/new', `/organisations/${TRUST}`,
  '/teams', '/teams/new', `/teams/${TEAM_ED}`, `/teams/${TEAM_ED}/edit`, '/people', '/people/new',
  `/people/${PERSON_COO}`, `/people/${PERSON_COO}/edit`,
  `/measures/${MEASURE_QUITS}`, `/measures/${MEASURE_FDS}`, `/measures/${MEASURE_QUITS}/edit`,
  `/measures/new?goal=${GOAL_AE}`,
  '/workspace', '/no-such-page', '/goals/not-a-goal',
];

for (const route of ROUTES) {
  test(`no WCAG A/AA violations on ${route}`, async () => {
    await env.app.open(route);
    assert.deepEqual(await axe(env.page), []);
    assert.notEqual(await env.page.title(), 'Scorecard', 'each page has its own title');
  });
}

test('no violations with form errors showing', async () => {
  const { app, page } = env;
  for (const [route, button] of [['/goals/new', 'Save goal'], ['/organisations/new', 'Save organisation'], ['/teams/new', 'Save team'], ['/people/new', 'Save person']]) {
    await app.open(route);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.deepEqual(await axe(page), [], route);
  }
});

test('no violations with confirmations open', async () => {
  const { app, page } = env;
  await app.open(`/goals/${GOAL_AE}`);
  await page.getByRole('button', { name: 'Delete goal' }).click();
  assert.deepEqual(await axe(page), []);
  await app.open(`/teams/${TEAM_ED}/edit`);
  await page.getByRole('button', { name: 'Delete team' }).click();
  assert.deepEqual(await axe(page), []);
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  assert.deepEqual(await axe(page), []);
});

test('no violations with the save-failure banner showing', async () => {
  const { app, page, context, url } = env;
  // A full browser store: the site's quota is what it already uses, so the save does not fit.
  await limitQuota(context, page, url, { room: 0, path: `/goals/${GOAL_AE}/edit` });
  try {
    await app.fillGoal({ title: 'See 78% of A&E patients within 4 hours, every month' });
    await app.saveGoal();
    await page.getByText('Your latest changes are not saved').waitFor();
    assert.deepEqual(await axe(page), []);
  } finally {
    await liftQuota(url);
  }
});
