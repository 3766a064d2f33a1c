// Reviews and the people cycle: schedule a quarterly team review, see it due, record it with an
// action, find the action on its owner's My work page, complete it and see it leave the list.
// Then the person's page, recognition and exit interviews, axe-core on every new route, and no
// errors logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';
import { DEMO, axe } from './checks.mjs';


// Fixed ids from the demo (core/src/demo/mod.rs).
const TEAM_ED = DEMO(0x101);
const JAMES = DEMO(0x203);
const PRIYA = DEMO(0x204);
const GOAL_TRIAGE = 'Triage every walk-in patient within 15 minutes';
const GOAL_AE = 'See 78% of A&E patients within 4 hours';
const ACTION = 'E2E: audit time to triage for walk-in patients';
const TEAM_REVIEW = 'Team review: Emergency department';

// The app works in UTC days (chrono's Utc::now().date_naive()).
const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);

let env;
let reviewId;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// The app's Content-Security-Policy blocks inline scripts, so axe-core is not added as a <script>
// tag: its source is evaluated through DevTools, which the page's policy does not govern.

const section = (page, name) => page.getByRole('region', { name });

test('the team review follows the schedule: not scheduled, then quarterly and due', async () => {
  const { app, page } = env;
  await app.open('/reviews/schedule');
  assert.equal(await app.heading().textContent(), 'Review schedule');
  const ed = page.getByLabel('How often for Emergency department', { exact: true });
  assert.equal(await ed.inputValue(), 'quarterly', 'team reviews are quarterly by default');

  await ed.selectOption('none');
  await page.getByRole('button', { name: 'Save team reviews' }).click();
  await page.getByText('Team reviews: 1 change saved.').waitFor();
  await app.nav('Reviews').click();
  await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  await section(page, /^Reviews due/).waitFor();
  assert.equal(await section(page, /^Reviews due/).getByText(TEAM_REVIEW).count(), 0, 'not scheduled, so not due');

  await app.open('/reviews/schedule');
  await page.getByLabel('How often for Emergency department', { exact: true }).selectOption('quarterly');
  await page.getByRole('button', { name: 'Save team reviews' }).click();
  await page.getByText('Team reviews: 1 change saved.').waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.getByLabel('How often for Emergency department', { exact: true }).inputValue(), 'quarterly');

  await app.nav('Reviews').click();
  const due = section(page, /^Reviews due/).getByRole('row', { name: new RegExp(TEAM_REVIEW) });
  await due.waitFor();
  // The demo's emergency department last met four months ago, so a quarterly review is overdue.
  assert.match(await due.textContent(), /Overdue/, 'last held four months ago');
  assert.doesNotMatch(await due.textContent(), /Never/);
});

test('a team member sees the team review on My work', async () => {
  const { app, page } = env;
  await app.nav('My work').click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  await page.getByLabel('Whose work?').selectOption({ label: 'James Whitfield' });
  await page.waitForURL(`**/my-work?person=${JAMES}`);
  await section(page, /^Reviews due/).getByRole('row', { name: new RegExp(TEAM_REVIEW) }).waitFor();
});

test('the review form lists members, goals and measures, shows the rating gap, and refuses what is invalid', async () => {
  const { app, page } = env;
  await app.open('/reviews/new');
  await page.getByRole('button', { name: 'Save review' }).click();
  const summary = page.getByRole('heading', { name: 'There is a problem' });
  await summary.waitFor();
  await page.getByRole('link', { name: 'Choose the team' }).waitFor();

  await app.open('/reviews');
  await section(page, /^Reviews due/).getByRole('link', { name: `Record it: ${TEAM_REVIEW}` }).click();
  await page.waitForURL(`**/reviews/new?team=${TEAM_ED}`);
  assert.equal(await page.getByLabel('Team review', { exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel('Team', { exact: true }).inputValue(), TEAM_ED);
  const who = page.getByRole('group', { name: 'Who took part?' });
  assert.equal(await who.getByLabel(/James Whitfield/).isChecked(), true, 'members are chosen');
  assert.equal(await who.getByLabel(/Priya Nair/).isChecked(), true);
  assert.equal(await who.getByLabel(/Dr Amara Okafor/).isChecked(), false);
  const goals = page.getByRole('group', { name: 'Goals discussed' });
  assert.equal(await goals.getByLabel(GOAL_TRIAGE, { exact: true }).isChecked(), true, "the team's goals are chosen");
  // The measures follow the goals chosen: the team's goals have none in the demo, the A&E
  // strategic goal they contribute to has some.
  await page.getByText('The goals chosen have no measures.').waitFor();
  await goals.getByLabel(GOAL_AE, { exact: true }).check();
  const measures = page.getByRole('table', { name: 'Measures of the goals discussed' });
  await measures.getByRole('row', { name: /A&E patients seen within 4 hours/ }).waitFor();
  await goals.getByLabel(GOAL_AE, { exact: true }).uncheck();
  await page.getByText('The goals chosen have no measures.').waitFor();
  await goals.getByLabel(GOAL_AE, { exact: true }).check();
  await measures.waitFor();

  await page.getByLabel(`Self rating for ${GOAL_TRIAGE}`).selectOption('4');
  await page.getByLabel(`Manager rating for ${GOAL_TRIAGE}`).selectOption('3');
  await page.getByRole('row', { name: new RegExp(GOAL_TRIAGE) }).getByText('Self rates 1 higher than manager').waitFor();

  await page.getByLabel('Next review (optional)').fill(isoDay(-30));
  await page.getByRole('button', { name: 'Add an action' }).click();
  assert.equal(await page.getByLabel('What will be done').evaluate((el) => el === document.activeElement), true, 'the new action takes focus');
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByRole('link', { name: 'Action 1: enter what will be done' }).waitFor();
  await page.getByRole('link', { name: 'The next review must be after this one' }).waitFor();
  assert.equal(await page.getByLabel('Team', { exact: true }).inputValue(), TEAM_ED, 'the form keeps what was entered');
});

test('records the team review with an action owned by Priya Nair, due yesterday', async () => {
  const { page } = env;
  await page.getByLabel('Next review (optional)').fill('');
  await page.getByLabel('Notes of the discussion (optional)').fill('E2E: triage times slipped at weekends.');
  await page.getByLabel('What will be done').fill(ACTION);
  await page.getByLabel('Owner').selectOption({ label: 'Priya Nair' });
  await page.getByLabel('Due date (optional)').fill(isoDay(-1));
  await page.getByRole('button', { name: 'Save review' }).click();

  await page.getByRole('heading', { level: 1, name: new RegExp(`^${TEAM_REVIEW}, `) }).waitFor();
  await page.getByText('Review recorded.').waitFor();
  reviewId = new URL(page.url()).pathname.split('/')[2];
  const row = page.getByRole('row', { name: new RegExp(ACTION) });
  assert.match(await row.textContent(), /Priya Nair/);
  assert.match(await row.textContent(), /Overdue/);
  await page.getByRole('row', { name: new RegExp(GOAL_TRIAGE) }).getByText('Self rates 1 higher than manager').waitFor();
  assert.ok(await page.getByRole('table', { name: 'Measures as they stood at the review' }).getByRole('row').count() > 1);

  const app = env.app;
  await app.nav('Reviews').click();
  // The demo's earlier team review and this one.
  await section(page, /^All reviews/).getByRole('link', { name: TEAM_REVIEW }).nth(1).waitFor();
  assert.equal(await section(page, /^All reviews/).getByRole('link', { name: TEAM_REVIEW }).count(), 2);
  assert.equal(await section(page, /^Reviews due/).getByText(TEAM_REVIEW).count(), 0, 'held, so no longer due');
});

test('the action is overdue on its owner’s My work page; marking it done removes it, and it stays done', async () => {
  const { app, page } = env;
  await app.open(`/my-work?person=${PRIYA}`);
  assert.equal(await page.getByLabel('Whose work?').inputValue(), PRIYA);
  const actions = section(page, /^Actions/);
  const row = actions.getByRole('row', { name: new RegExp(ACTION) });
  await row.waitFor();
  assert.match(await row.textContent(), /Overdue/);
  assert.equal(await row.getByRole('link', { name: new RegExp(TEAM_REVIEW) }).getAttribute('href'), `/reviews/${reviewId}`);

  await row.getByRole('button', { name: `Mark as done: ${ACTION}` }).click();
  await actions.getByText(`Action marked as done: ${ACTION}.`).waitFor();
  await row.waitFor({ state: 'detached' });
  assert.equal(await actions.getByRole('heading').evaluate((el) => el === document.activeElement), true, 'focus moves to the list heading');

  await page.reload();
  await page.locator('main h1').waitFor();
  await section(page, /^Actions/).waitFor();
  assert.equal(await page.getByText(ACTION).count(), 0, 'still done after a reload');

  await app.open(`/reviews/${reviewId}`);
  const done = page.getByRole('row', { name: new RegExp(ACTION) });
  assert.match(await done.textContent(), /Done on/);
  await done.getByRole('button', { name: `Reopen: ${ACTION}` }).waitFor();
});

test('changing a review keeps its actions as they stand', async () => {
  const { app, page } = env;
  await app.open(`/reviews/${reviewId}`);
  await page.getByRole('link', { name: 'Change this review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change a review' }).waitFor();
  assert.equal(await page.getByLabel('What will be done').inputValue(), ACTION);
  assert.equal(await page.getByLabel(`Self rating for ${GOAL_TRIAGE}`).inputValue(), '4');
  await page.getByLabel('Notes of the discussion (optional)').fill('E2E: notes changed after the meeting.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Review saved.').waitFor();
  await page.getByText('E2E: notes changed after the meeting.').waitFor();
  assert.match(await page.getByRole('row', { name: new RegExp(ACTION) }).textContent(), /Done on/);
});

test('a person’s page shows their role and keeps a development plan and recognition', async () => {
  const { app, page } = env;
  await app.open(`/people/${PRIYA}`);
  assert.equal(await app.heading().textContent(), 'Priya Nair');
  await page.getByText('Runs the department day to day').waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: /Development plan/ }).getByText('Personal').count(), 1);

  await page.getByText('Add a development need').click();
  await page.getByRole('button', { name: 'Add development need' }).click();
  await page.getByRole('link', { name: /Enter the development need/ }).waitFor();
  await page.getByLabel('Development need', { exact: true }).fill('E2E: lead a rota improvement project');
  await page.getByLabel('Goal it supports (optional)').selectOption({ label: 'Roster a triage nurse for every shift' });
  await page.getByLabel('In progress', { exact: true }).check();
  await page.getByRole('button', { name: 'Add development need' }).click();
  await page.getByText('Development need added: E2E: lead a rota improvement project.').waitFor();
  const need = page.getByRole('row', { name: /E2E: lead a rota improvement project/ });
  assert.match(await need.textContent(), /In progress/);

  await page.getByText('Add recognition').first().click();
  assert.equal(await page.getByLabel('Award').inputValue(), 'Employee of the month');
  await page.getByLabel('What for (optional)').fill('E2E: kept triage safe through a busy weekend.');
  await page.getByRole('button', { name: 'Add recognition' }).click();
  await page.getByText('Recognition added: Employee of the month.').waitFor();
  await page.getByText('E2E: kept triage safe through a busy weekend.').waitFor();

  const timeline = page.locator('.timeline');
  await timeline.getByText(/Employee of the month: Priya Nair/).waitFor();
  await timeline.getByText(`Action done: ${ACTION}`).waitFor();
  await page.getByRole('link', { name: 'My work' }).first().waitFor();
});

test('exit interviews are counted by quarter', async () => {
  const { app, page } = env;
  await app.open('/exit-interviews');
  await page.getByRole('button', { name: 'Save exit interview' }).click();
  await page.getByRole('link', { name: /Enter the leaver/ }).waitFor();
  await page.getByRole('link', { name: 'Choose at least one reason for leaving' }).waitFor();
  await page.getByLabel("Leaver's name").fill('E2E leaver');
  await page.getByLabel('Workload or staffing').check();
  await page.getByLabel('Pay and reward').check();
  await page.getByRole('button', { name: 'Save exit interview' }).click();
  await page.getByText('Exit interview saved.').waitFor();
  const trust = page.getByRole('region', { name: 'Northshire Hospitals NHS Foundation Trust (fictional)' });
  const row = trust.getByRole('row').nth(1);
  assert.match(await row.textContent(), /Workload or staffing: 1/);
  assert.match(await row.textContent(), /Pay and reward: 1/);
  assert.equal(await page.getByText('E2E leaver').count(), 0, 'names are not listed');
});

const ROUTES = () => [
  '/reviews', '/reviews/new', `/reviews/new?team=${TEAM_ED}`, `/reviews/new?person=${JAMES}&kind=appraisal`,
  '/reviews/schedule', `/reviews/${reviewId}`, `/reviews/${reviewId}/edit`, '/reviews/not-a-review',
  '/my-work', `/my-work?person=${PRIYA}`, `/my-work?person=${JAMES}`, `/people/${PRIYA}`,
  `/teams/${TEAM_ED}`, '/exit-interviews', '/',
];

test('no WCAG A/AA violations on the new pages', async () => {
  const { app, page } = env;
  for (const route of ROUTES()) {
    await app.open(route);
    assert.deepEqual(await axe(page), [], route);
    assert.notEqual(await page.title(), 'Scorecard', `${route} has its own title`);
  }
});

test('no WCAG A/AA violations with errors, open forms and confirmations showing', async () => {
  const { app, page } = env;
  await app.open(`/reviews/new?team=${TEAM_ED}`);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Next review (optional)').fill('2000-01-01');
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.deepEqual(await axe(page), [], 'review form errors');

  await app.open('/exit-interviews');
  await page.getByLabel("Leaver's name").fill('');
  await page.getByRole('button', { name: 'Save exit interview' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.deepEqual(await axe(page), [], 'exit interview errors');

  await app.open(`/people/${JAMES}`);
  await page.getByText('Add a development need').click();
  await page.getByRole('button', { name: 'Add development need' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await page.getByText('Add recognition').first().click();
  assert.deepEqual(await axe(page), [], 'profile forms open with errors');

  await app.open(`/reviews/${reviewId}`);
  await page.getByRole('button', { name: 'Delete review' }).click();
  assert.deepEqual(await axe(page), [], 'delete confirmation');
  await page.getByRole('button', { name: 'Yes, delete review' }).click();
  await page.getByText('Review deleted.').waitFor();
  assert.equal(await app.heading().textContent(), 'Reviews');
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
