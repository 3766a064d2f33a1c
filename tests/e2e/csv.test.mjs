// Every table a board paper would want downloads as CSV with the same rows as on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start } from './app.mjs';
import { DEMO } from './checks.mjs';


let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Clicks the page's (first) "Download as CSV" and returns the file's lines. */
async function downloadCsv(page, name = 'Download as CSV') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).first().click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return { name: download.suggestedFilename(), lines: text.trim().split(/\r\n/) };
}

const CASES = [
  ['/', /^scorecard-scorecard-/, 'Perspective,Perspective status,Strategic goal,Status,Owner,Organisation,Shared with,Contributing goals',
    /^Internal business process,[^,]*,"Help 1,000 Northshire residents to stop smoking this year",/],
  ['/cascade', /^scorecard-cascade-/, 'Goal,Level,Perspective,Organisation,Owner,Contributes to,Aligned,Status',
    /^Finish the leadership course,Individual,Learning and growth,NHFT,Chloe Martin,,No,/],
  [`/goals/${DEMO(0x301)}`, /^scorecard-measures-/, 'Measure,Status,Latest,Planned,Variation,Assurance,Disagreement',
    /^A&E patients seen within 4 hours,Off track,.*Process will consistently fail the target,"?Self-assessed green, data red"?$/],
  ['/reviews', /^scorecard-reviews-/, 'Date,Review,Organisation,Actions open,Personal',
    /,Team review: Emergency department,NHFT,1,No$/],
];

for (const [path, file, header, row] of CASES) {
  test(`the table on ${path} downloads as CSV`, async () => {
    await env.app.open(path);
    const { name, lines } = await downloadCsv(env.page);
    assert.match(name, file);
    assert.match(name, /\.csv$/);
    assert.equal(lines[0], header);
    assert.ok(lines.slice(1).some((l) => row.test(l)), `no line like ${row} in:\n${lines.join('\n')}`);
  });
}

test('My work downloads its actions as CSV', async () => {
  await env.app.open(`/my-work?person=${DEMO(0x204)}`);
  const { name, lines } = await downloadCsv(env.page, /^Download as CSV\W+actions$/);
  assert.match(name, /^scorecard-actions-.*\.csv$/);
  assert.equal(lines[0], 'Action,Owner,Due,State,Agreed at');
  assert.match(lines[1], /^Audit triage times on night shifts for two weeks,Priya Nair,\d{4}-\d{2}-\d{2},Overdue,/);
});

test('the SPC numbers behind a chart download as CSV', async () => {
  const { app, page } = env;
  await app.open(`/measures/${DEMO(0x603)}`);
  const spc = page.locator('figure', { hasText: 'SPC chart: Cancer faster diagnosis' });
  await spc.getByText('Show the numbers in a table').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    spc.getByRole('button', { name: /^Download as CSV\W+SPC numbers$/ }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines[0], 'Period,Value,Mean,Lower limit,Upper limit,Special cause');
  assert.equal(lines.length, 25, '24 months and the header');
  assert.match(lines[24], /concern/i, 'the latest month is a special-cause concern');
});

test("a review's ratings and exit reasons download as CSV", async () => {
  await env.app.open(`/reviews/${DEMO(0x782)}`);
  let got = await downloadCsv(env.page, /^Download as CSV\W+goals and ratings$/);
  assert.equal(got.lines[0], 'Goal,Self rating,Manager rating,Gap');
  assert.equal(got.lines.length, 3, 'two goals discussed');
  got = await downloadCsv(env.page, /^Download as CSV\W+actions agreed$/);
  assert.equal(got.lines[0], 'Action,Owner,Due,Status');
  assert.match(got.lines[1], /^Audit triage times on night shifts for two weeks,Priya Nair,\d{4}-\d{2}-\d{2},Open$/);
  await env.app.open(`/people/${DEMO(0x204)}`);
  got = await downloadCsv(env.page, /^Download as CSV\W+development plan$/);
  assert.equal(got.lines[0], 'Need,Goal,Planned learning,Status,Due,Evidence');
  assert.match(got.lines[1], /^Lead the department's flow improvement work,Triage every walk-in patient within 15 minutes,/);
  await env.app.open('/exit-interviews');
  got = await downloadCsv(env.page, /^Download as CSV\W+reasons for leaving$/);
  assert.equal(got.lines[0], 'Quarter,Interviews,Reasons given (how often)');
  assert.match(got.lines[1], /,1,.*Workload or staffing: 1/);
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
