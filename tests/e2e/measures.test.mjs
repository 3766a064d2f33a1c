// Measures as a performance lead uses them: define one with a trajectory, enter six months of
// data, read the status, icons and charts, correct a value and see its history, and record a
// self-assessment that disagrees with the data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './app.mjs';

const THEATRES_GOAL = '5c0eca4d-0000-4000-8000-00000000030d';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 2026" for the month `offset` months from this one. */
function monthLabel(offset) {
  const d = new Date();
  const m = new Date(d.getFullYear(), d.getMonth() + offset, 1);
  return `${MONTHS[m.getMonth()]} ${m.getFullYear()}`;
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// The six complete months before this one, oldest first; the baseline is the month before them
// and the target six months after this one: a straight line of 7/12 of a point a month.
const six = [-6, -5, -4, -3, -2, -1].map(monthLabel);
const plan = (i) => 78 + (7 / 12) * (i + 1);

test('a measure with a trajectory, six months of data, status, icons and charts', async () => {
  const { app, page } = env;
  await app.open(`/goals/${THEATRES_GOAL}`);
  await page.getByText('No measures yet.').waitFor();
  await page.getByRole('link', { name: 'Add a measure' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a measure' }).waitFor();

  // A bad number is refused with a message that names the field; nothing is saved.
  await page.getByLabel('Name', { exact: true }).fill('Theatre utilisation');
  await page.getByLabel('Target value').fill('eighty-five');
  await page.getByRole('button', { name: 'Save measure' }).click();
  await page.getByRole('link', { name: 'Enter the target value as a number, for example 78' }).waitFor();

  await page.getByLabel('Unit (optional)').fill('%');
  await page.getByLabel('Baseline value').fill('78');
  await page.getByLabel('Baseline period').selectOption({ label: monthLabel(-7) });
  await page.getByLabel('Target value').fill('85');
  await page.getByLabel('Target period').selectOption({ label: monthLabel(5) });
  await page.getByLabel('A straight line from the baseline to the target').check();
  await page.getByLabel('Tolerance').fill('1');
  await page.getByRole('button', { name: 'Save measure' }).click();
  await page.getByRole('heading', { level: 1, name: 'Theatre utilisation' }).waitFor();
  await page.getByText('Measure added.').waitFor();
  await page.getByText('No data entered yet').first().waitFor();

  for (const [i, label] of six.entries()) {
    await page.getByLabel('Period', { exact: true }).first().selectOption({ label });
    await page.getByRole('textbox', { name: 'Actual value' }).fill(String((plan(i) + 0.4).toFixed(1)));
    if (i === 0) await page.getByLabel('Evidence or note (optional)').fill('From the theatre management system');
    await page.getByRole('button', { name: 'Save data' }).click();
    await page.getByText(`saved for ${label}.`).waitFor();
  }

  const status = page.getByRole('region', { name: 'Status' });
  assert.match(await status.textContent(), /✓\s*On track/);
  assert.match(await status.textContent(), new RegExp(`Latest.*${six[5]}`));
  // Six points: a chart, but no SPC icons until there are 15, and the page says why.
  assert.match(await status.textContent(), /Not enough data points for SPC icons: 6 of 15/);
  assert.match(await status.textContent(), /Likely to (meet|miss) the target/);

  const trajectoryChart = page.getByRole('img', { name: /actual against planned trajectory/ });
  await trajectoryChart.waitFor();
  const spcChart = page.getByRole('img', { name: /SPC chart: Theatre utilisation/ });
  await spcChart.waitFor();
  await page.getByText(/limits are provisional/).first().waitFor();
});

test('correcting a value keeps the earlier one in the history', async () => {
  const { page } = env;
  const label = six[2];
  const old = (plan(2) + 0.4).toFixed(1);
  await page.getByLabel('Period', { exact: true }).first().selectOption({ label });
  await page.getByRole('textbox', { name: 'Actual value' }).fill('70');
  await page.getByLabel('Your name (optional)').first().fill('Chloe Martin');
  await page.getByRole('button', { name: 'Save data' }).click();
  await page.getByText(`${label} corrected from ${old}% to 70%.`).waitFor();
  const row = page.getByRole('row', { name: new RegExp(`^${label}`) });
  assert.match(await row.textContent(), /70%/);
  assert.match(await row.textContent(), new RegExp(`Was ${old.replace('.', '\\.')}%`));
});

test('a self-assessment that disagrees with the data is flagged, and all of it survives a reload', async () => {
  const { page } = env;
  await page.getByRole('group', { name: 'How is it going?' }).getByLabel('✗ Off track').check();
  await page.getByRole('group', { name: 'How confident are you?' }).getByLabel('2', { exact: true }).check();
  await page.getByLabel('Why? (optional)').fill('Two anaesthetists leave in the spring.');
  await page.getByRole('button', { name: 'Save self-assessment' }).click();
  await page.getByText(/Self-assessment for .* saved\./).waitFor();
  await page.getByText('Self-assessed red, data green').waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Theatre utilisation' }).waitFor();
  await page.getByText('Self-assessed red, data green').waitFor();
  const row = page.getByRole('row', { name: new RegExp(`^${six[2]}`) });
  assert.match(await row.textContent(), /Was /);
});

test('the goal shows its measure with status, and the demo shows the seed example', async () => {
  const { app, page } = env;
  await app.open(`/goals/${THEATRES_GOAL}`);
  const row = page.getByRole('row', { name: /Theatre utilisation/ });
  assert.match(await row.textContent(), /On track/);
  assert.match(await row.textContent(), /Self-assessed red, data green/);

  // Smoking quits: below a straight share of 1,000 but on its seasonal trajectory.
  await app.open('/measures/5c0eca4d-0000-4000-8000-000000000602');
  const status = page.getByRole('region', { name: 'Status' });
  assert.match(await status.textContent(), /✓\s*On track/);
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
