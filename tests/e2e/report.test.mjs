// The board report as a board secretary uses it: open the demo's report for the latest complete
// quarter, choose another scope and come back to it by its address, download a table, and
// print it to PDF: a cover, the four perspective sections, a page for each exception, page
// numbers, nothing to click. axe-core clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { start } from './app.mjs';
import { DEMO, axe } from './checks.mjs';


const TRUST = DEMO(0x1);
const TRUST_NAME = 'Northshire Hospitals NHS Foundation Trust (fictional)';
const PERSPECTIVES = ['Financial', 'Patients and service users', 'Internal business process', 'Learning and growth'];

/** The NHS financial quarter before today's (Q1 is April to June): key and short label. */
function latestCompleteQuarter() {
  const d = new Date();
  const fyStart = d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1;
  let q = Math.floor(((d.getMonth() + 9) % 12) / 3) + 1;
  let year = fyStart;
  if (--q === 0) { q = 4; year -= 1; }
  const next = String((year + 1) % 100).padStart(2, '0');
  return { key: `${year}-${next}-q${q}`, label: `Q${q} ${year}/${next}` };
}
const QUARTER = latestCompleteQuarter();

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The measures whose status in the perspective tables is off track. */
async function offTrack(page) {
  return page.locator('table.report-measures tbody tr').evaluateAll((rows) => rows
    .filter((r) => r.querySelector('td .status-red'))
    .map((r) => r.querySelector('th a').textContent.trim()));
}

/** Each page's text from a PDF as Chromium writes it: Flate streams, fonts with ToUnicode maps,
 *  hex-string text operators. Whitespace is dropped, so compare with `squash`ed strings. */
function pdfPages(bytes) {
  const text = bytes.toString('latin1');
  const objects = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
  const stream = (body) => {
    const m = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body);
    if (!m) return '';
    const raw = Buffer.from(m[1], 'latin1');
    return (/FlateDecode/.test(body) ? inflateSync(raw) : raw).toString('latin1');
  };
  const cmaps = new Map();
  for (const [n, body] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(body);
    if (!ref) continue;
    const s = stream(objects.get(Number(ref[1])));
    const map = new Map();
    const utf16 = (hex) => String.fromCharCode(...hex.match(/.{4}/g).map((h) => parseInt(h, 16)));
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, a, b] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(a, 16), utf16(b));
    }
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, a, b, c] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let code = parseInt(a, 16), u = parseInt(c, 16); code <= parseInt(b, 16); code++, u++) map.set(code, String.fromCharCode(u));
      }
    }
    cmaps.set(n, map);
  }
  const fontsOf = (body) => {
    const inline = /\/Font\s*<<([\s\S]*?)>>/.exec(body);
    if (inline) return new Map([...inline[1].matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, k, v]) => [k, Number(v)]));
    const res = /\/Resources (\d+) 0 R/.exec(body);
    return res ? fontsOf(objects.get(Number(res[1]))) : new Map();
  };
  const pages = [];
  for (const body of objects.values()) {
    if (!/\/Type \/Page\b/.test(body)) continue;
    const fonts = fontsOf(body);
    const contents = /\/Contents (?:\[([\s\S]*?)\]|(\d+) 0 R)/.exec(body);
    const ids = contents[1] ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : [Number(contents[2])];
    let out = '';
    for (const id of ids) {
      let map = new Map();
      for (const t of stream(objects.get(id)).matchAll(/\/(\w+) [\d.]+ Tf|\[([\s\S]*?)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g)) {
        if (t[1]) { map = cmaps.get(fonts.get(t[1])) ?? new Map(); continue; }
        const hexes = t[2] !== undefined ? [...t[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]) : [t[3]];
        for (const h of hexes) for (let i = 0; i < h.length; i += 4) out += map.get(parseInt(h.slice(i, i + 4), 16)) ?? '';
      }
    }
    const mediaBox = /\/MediaBox \[([^\]]*)\]/.exec(body)?.[1].trim().split(/\s+/).map(Number);
    pages.push({ text: out.replace(/\s+/g, ''), landscape: mediaBox ? mediaBox[2] > mediaBox[3] : false });
  }
  return pages;
}
const squash = (s) => s.replace(/\s+/g, '');

test('the report opens on the latest complete quarter for the whole partnership', async () => {
  const { app, page } = env;
  await app.open('/report');
  assert.equal((await app.heading().textContent()).trim(), 'Board report');
  assert.equal(await page.getByLabel('Quarter').inputValue(), QUARTER.key);
  assert.equal(await page.getByLabel('Organisations covered').inputValue(), 'all');
  await page.getByRole('heading', { level: 2, name: 'Integrated performance report: Northshire partnership (fictional demo)' }).waitFor();
  for (const name of ['Summary', ...PERSPECTIVES, 'Exceptions', 'Partnership', 'People']) {
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  }
  assert.match(await page.title(), new RegExp(`^Board report: ${QUARTER.label}`));
  // Every table has a caption and a CSV button; every heading cell has a scope.
  const tables = await page.locator('.report table.report-table').count();
  assert.ok(tables >= 10, `${tables} tables`);
  assert.equal(await page.locator('.report table.report-table:not(:has(caption))').count(), 0);
  assert.equal(await page.locator('.report table.report-table th:not([scope])').count(), 0);
  assert.equal(await page.locator('.report table.report-table + .csv-button, .report .report-table-wrap + .csv-button').count(), tables);
  assert.deepEqual(await axe(page), []);
});

test('the choices go in the address, and the address brings them back', async () => {
  const { app, page, url } = env;
  await app.open('/report');
  await page.getByLabel('Organisations covered').selectOption({ label: TRUST_NAME });
  await page.waitForURL((u) => u.searchParams.get('scope') === TRUST && u.searchParams.get('quarter') === QUARTER.key);
  await page.getByRole('heading', { level: 2, name: `Integrated performance report: ${TRUST_NAME}` }).waitFor();

  // An earlier quarter; back returns to the one before, and the form follows.
  const earlier = await page.getByLabel('Quarter').locator('option').nth(2).getAttribute('value');
  await page.getByLabel('Quarter').selectOption(earlier);
  await page.waitForURL((u) => u.searchParams.get('quarter') === earlier && u.searchParams.get('scope') === TRUST);
  const address = page.url();
  await page.goBack();
  await page.waitForURL((u) => u.searchParams.get('quarter') === QUARTER.key);
  await page.waitForFunction((key) => document.getElementById('report-quarter')?.value === key, QUARTER.key);
  assert.equal(await page.getByLabel('Organisations covered').inputValue(), TRUST);

  // The address opened afresh, as a bookmark would, brings the same report back.
  await page.goto(url + '/');
  await page.goto(address);
  await app.heading().waitFor();
  assert.equal(await page.getByLabel('Quarter').inputValue(), earlier);
  assert.equal(await page.getByLabel('Organisations covered').inputValue(), TRUST);
  await page.getByRole('heading', { level: 2, name: `Integrated performance report: ${TRUST_NAME}` }).waitFor();
  assert.deepEqual(await axe(page), []);

  // An address that cannot be read says so and shows the default report.
  await app.open('/report?quarter=last-quarter&scope=nobody');
  await page.getByText('is not a quarter').waitFor();
  await page.getByText('The organisation in the address was not found').waitFor();
  assert.equal(await page.getByLabel('Quarter').inputValue(), QUARTER.key);
});

test('each off-track measure has an exception page, and the SPC icons say why when missing', async () => {
  const { app, page } = env;
  await app.open(`/report?quarter=${QUARTER.key}&scope=all`);
  const names = await offTrack(page);
  assert.ok(names.length > 0, 'the demo has off-track measures');
  for (const name of names) {
    await page.getByRole('heading', { level: 3, name: `Exception: ${name}`, exact: true }).waitFor();
  }
  const exceptions = page.locator('article.report-exception');
  assert.ok((await exceptions.count()) >= names.length);
  // Each exception page has its trajectory and SPC charts.
  const first = exceptions.first();
  await first.locator('figure', { hasText: 'actual against planned trajectory' }).waitFor();
  await first.locator('figure', { hasText: 'SPC chart:' }).waitFor();
  // Sparklines are named by their trend in words.
  const spark = await page.locator('svg.sparkline').first().getAttribute('aria-label');
  assert.match(spark, /^(Last \d+ (months|quarters|years): from .+ to .+|.+: .+|No data yet)/);
  // Icons withheld for too few points say so in words, wherever a measure has them.
  const withheld = page.locator('.report-measures .spc-none', { hasText: /^Not enough data points for SPC icons: \d+ of 15$/ });
  const badges = page.locator('.report-measures .spc-badge');
  assert.ok((await badges.count()) > 0);
  if (await withheld.count()) assert.match(await withheld.first().textContent(), /of 15$/);
});

test('a table of the report downloads as CSV', async () => {
  const { app, page } = env;
  await app.open(`/report?quarter=${QUARTER.key}&scope=all`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\W+measures by status$/ }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^scorecard-report-status-counts-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines[0], 'Perspective,On track,At risk,Off track,No data yet,Not yet due,Data overdue,Total');
  assert.equal(lines.length, 6, 'four perspectives and the total');
  assert.match(lines[5], /^All perspectives,(\d+,){6}\d+$/);

  const [perspective] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download as CSV\W+Patients and service users$/ }).click(),
  ]);
  const rows = readFileSync(await perspective.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.match(rows[0], /^Goal,Measure,Latest value,Period,/);
  assert.ok(rows.length > 1);
});

test('printed, the report is clean A4 pages: cover, sections, exceptions, page numbers', async () => {
  const { app, page } = env;
  await app.open(`/report?quarter=${QUARTER.key}&scope=all`);
  const exceptions = await page.locator('article.report-exception h3').allTextContents();
  const cover = await page.locator('.report-cover-title').textContent();
  await page.emulateMedia({ media: 'print' });
  try {
    const style = await page.evaluate(() => {
      const css = (el, prop) => (el ? getComputedStyle(el)[prop] : 'missing');
      const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0).length;
      return {
        header: css(document.querySelector('.header'), 'display'),
        nav: css(document.querySelector('nav'), 'display'),
        footer: css(document.querySelector('.footer'), 'display'),
        controls: shown('.report button, .report select, .report textarea, .report input'),
        sections: [...document.querySelectorAll('.report-section, .report-exception')].map((e) => css(e, 'breakBefore')),
        head: getComputedStyle(document.documentElement).getPropertyValue('--report-running-head'),
      };
    });
    assert.equal(style.header, 'none');
    assert.equal(style.nav, 'none');
    assert.equal(style.footer, 'none');
    assert.equal(style.controls, 0, 'no buttons or form controls in print');
    assert.ok(style.sections.length >= 1 + 4 + exceptions.length);
    assert.ok(style.sections.every((b) => b === 'page'), style.sections.join());
    assert.match(style.head, /Integrated performance report: Northshire partnership/);
    assert.match(style.head, new RegExp(QUARTER.label));

    const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    assert.ok(pages.length >= 1 + 1 + 4 + exceptions.length, `${pages.length} pages`);
    assert.ok(pages[0].text.includes(squash(cover)), 'the cover comes first');
    pages.forEach((p, i) => {
      assert.ok(p.text.includes(`Page${i + 1}of${pages.length}`), `page number on page ${i + 1}`);
      assert.ok(p.text.includes(squash('Integrated performance report')), `running header on page ${i + 1}`);
    });
    const all = pages.map((p) => p.text).join('|');
    for (const name of ['Summary', ...PERSPECTIVES, 'Partnership', 'People']) {
      assert.ok(pages.some((p) => p.text.includes(squash(name))), name);
    }
    for (const heading of exceptions) {
      assert.ok(pages.some((p) => p.text.includes(squash(heading))), `${heading} is printed`);
    }
    for (const absent of ['Skip to main content', 'Download as CSV', 'Print or save as PDF', 'Your data', 'Commentary for the board']) {
      assert.ok(!all.includes(squash(absent)), `${absent} is not printed`);
    }
    // The perspective sections' wide tables are on landscape pages, the rest portrait.
    assert.ok(pages.some((p) => p.landscape) && !pages[0].landscape);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the commentary written for a section is kept with the quarter, and printed', async () => {
  const { app, page, url } = env;
  const address = `/report?quarter=${QUARTER.key}&scope=all`;
  await app.open(address);
  const text = 'Flow through the emergency department improved in the quarter; agency spend is still above plan.';
  const summaryBox = page.locator('#commentary-summary');
  await summaryBox.fill(text);
  await page.locator('.report-narrative').filter({ has: summaryBox }).getByText('Not saved yet.').waitFor();
  await page.locator('.report-narrative').filter({ has: summaryBox }).getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved with this quarter\'s report.').waitFor();
  assert.equal(await page.getByText('Not saved yet.').count(), 0);

  // A new page load reads it back from the browser's storage, for this quarter only.
  await page.goto(`${url}${address}`);
  await page.locator('#commentary-summary').waitFor();
  assert.equal(await page.locator('#commentary-summary').inputValue(), text);
  const another = QUARTER.key.replace(/q(\d)$/, (_, n) => (n === '1' ? 'q2' : 'q1'));
  await app.open(`/report?quarter=${another}&scope=all`);
  assert.equal(await page.locator('#commentary-summary').inputValue(), '', 'another quarter has its own');

  await app.open(address);
  await page.emulateMedia({ media: 'print' });
  try {
    const printed = page.locator('.report-print-only').filter({ hasText: text });
    assert.equal(await printed.count(), 1, 'what was written prints as text');
    assert.ok(await printed.isVisible());
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
