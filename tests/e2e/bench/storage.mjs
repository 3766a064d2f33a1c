// Storage benchmark at the reference size: what a first visit downloads, how long the reference
// workspace (core/examples/reference.rs) takes to import through the import page and to load
// again, how long one edit and one actual take to reach IndexedDB, and how much storage it uses.
//
//   SCORECARD_REFERENCE=reference-workspace.json node tests/e2e/bench/storage.mjs
//
// Normally run by scripts/bench.sh, which builds the app and generates the reference file first.
// Runs against the built app in `dist/` (or SCORECARD_DIST) in Debian's headless Chromium (or
// CHROMIUM), prints a table and writes the results as JSON to BENCH_OUT (default:
// bench-storage.json in the repository's root). BENCH_EDITS, BENCH_ACTUALS and BENCH_RENDERS change
// how many edits, actuals and renders of each large page are timed (100, 20 and 5).
//
// How the times are taken. Every timed step starts when the browser dispatches the user's event
// to the page (a capturing listener on the button or the file input, so before the app's own
// handler). A step that ends on screen ends when a MutationObserver in the page first sees the
// element in the DOM (before the browser paints it). A step that ends in IndexedDB ends when a
// read polling the database every 2 ms first sees the change. The app saves in one readwrite
// transaction, and IndexedDB serves a read of the same store asked for meanwhile only after that
// transaction has committed, so the poll sees a commit within a few milliseconds of it being
// durable. The polls run in a second tab (an observer, on one of the app's CSS files, in a
// renderer process of its own): polling in the app's tab would only see the commit once the
// app's main thread is free again, and would add its work to the app's. Times are taken on the
// browser's shared clock (`performance.timeOrigin + performance.now()`), so the two tabs agree.
// Navigation between steps is never timed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { DIST, start } from '../app.mjs';
import {
  probeCounts, readReference, RECORD_STORES, ROOT, referenceFile, waitForCounts,
} from './reference.mjs';
import { pageRenders, renderedPages } from './renders.mjs';

const EDITS = Number(process.env.BENCH_EDITS ?? 100);
const ACTUALS = Number(process.env.BENCH_ACTUALS ?? 20);
const COLD_LOADS = 5;
const RENDERS = Number(process.env.BENCH_RENDERS ?? 5);
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench-storage.json');
const SLOW = { timeout: 300_000 };

// ---- Statistics --------------------------------------------------------------------------------

/** The `p`th percentile of `values` by the nearest-rank method (p50 of 5 values is the 3rd). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples) {
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples,
  };
}

// ---- Transfer sizes ----------------------------------------------------------------------------

/** Raw, gzip (level 9) and brotli (quality 11) sizes of `file`: what a static host would send. */
function compressedSizes(file) {
  const bytes = readFileSync(file);
  return {
    file: basename(file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [zlib.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
      },
    }).length,
  };
}

/** Every wasm, js and css file the build wrote, with its sizes. */
function assetSizes() {
  return readdirSync(DIST)
    .filter((name) => ['.wasm', '.js', '.css'].includes(extname(name)) && statSync(join(DIST, name)).isFile())
    .sort()
    .map((name) => compressedSizes(join(DIST, name)));
}

// ---- Instrumentation in the page ---------------------------------------------------------------

/**
 * Installed in every document before its scripts run (an init script, so the CSP does not apply):
 * marks when the wasm app has started and when the scorecard's heading is first in the DOM, and
 * gives the bench `window.__bench`, the in-page helpers that time one user action each.
 */
export function instrument() {
  const load = (window.__load = {});
  addEventListener('TrunkApplicationStarted', () => { load.started = performance.now(); });
  const headingSeen = new MutationObserver(() => {
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent === 'Balanced scorecard') {
      load.scorecard = performance.now();
      headingSeen.disconnect();
    }
  });
  headingSeen.observe(document, { childList: true, subtree: true, characterData: true });

  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  /** The browser's shared clock, the same in every tab. */
  const now = () => performance.timeOrigin + performance.now();
  let db = null;
  const open = () => db ?? (db = new Promise((ok, fail) => {
    const r = indexedDB.open('scorecard');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  }));
  const read = async (stores, f) => {
    const tx = (await open()).transaction(stores, 'readonly');
    const done = (req) => new Promise((ok, fail) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    return f((s) => tx.objectStore(s), done);
  };

  window.__bench = {
    /** The time of the next event `type` on the element matching `selector` (captured first). */
    nextEvent(type, selector) {
      return new Promise((ok) => {
        const listener = (e) => {
          if (e.target instanceof Element && e.target.closest(selector)) {
            document.removeEventListener(type, listener, true);
            ok(now());
          }
        };
        document.addEventListener(type, listener, true);
      });
    },
    /**
     * The time an element matching `selector` with text matching `pattern` is first in the DOM,
     * not counting one that was already there with that text when this was called (a message
     * from the step before).
     */
    appears(selector, pattern) {
      const re = new RegExp(pattern);
      const before = new Map([...document.querySelectorAll(selector)].map((e) => [e, e.textContent]));
      const found = () => [...document.querySelectorAll(selector)]
        .some((e) => re.test(e.textContent) && before.get(e) !== e.textContent);
      if (found()) return Promise.resolve(now());
      return new Promise((ok) => {
        const observer = new MutationObserver(() => {
          if (found()) {
            observer.disconnect();
            ok(now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    /** The time a poll first sees record `id` in `store` with a rev above `rev`. */
    async revAbove(store, id, rev) {
      for (;;) {
        const found = await read([store], (s, done) => done(s(store).get(id)));
        if (found && found.rev > rev) return now();
        await sleep(2);
      }
    },
    /** The time a poll first sees the workspace revision above `revision` and `count` records in `store`. */
    async committed(store, count, revision) {
      for (;;) {
        const [meta, n] = await read(['meta', store], (s, done) =>
          Promise.all([done(s('meta').get('workspace')), done(s(store).count())]));
        if (meta !== undefined && JSON.parse(meta).revision > revision && n === count) return now();
        await sleep(2);
      }
    },
    /**
     * The time of the last change to the page before it stayed still for `quietMs`: when a
     * render that started with the user's event was done (null if nothing changed). Timers and
     * frames are left to run meanwhile, so work the app splits across them counts too.
     */
    settled(quietMs) {
      let last = null;
      return new Promise((ok) => {
        let timer = setTimeout(done, quietMs);
        const observer = new MutationObserver(() => {
          last = now();
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        function done() {
          observer.disconnect();
          ok(last);
        }
      });
    },
    /** Closes the bench's own connection, so it never holds the database between steps. */
    close() {
      if (db) db.then((d) => d.close());
      db = null;
    },
  };
}

/**
 * Starts timing: `marks` maps a name to `[where, method, ...args]`, a call of `window.__bench`
 * in the app's tab (`where` is 'app') or in the observer tab ('observer') that resolves to a
 * time. Returns a function that waits for all of them and resolves to `{ name: time }`.
 */
export async function arm({ page, observer }, marks) {
  const tabs = { app: page, observer };
  const waits = await Promise.all(Object.entries(tabs).map(async ([where, tab]) => {
    const here = Object.fromEntries(Object.entries(marks).filter(([, [w]]) => w === where).map(([n, [, ...call]]) => [n, call]));
    if (Object.keys(here).length === 0) return async () => ({});
    await tab.evaluate((m) => {
      window.__marks = Object.fromEntries(
        Object.entries(m).map(([name, [method, ...args]]) => [name, window.__bench[method](...args)]),
      );
    }, here);
    return () => tab.evaluate(async () => {
      const names = Object.keys(window.__marks);
      const times = await Promise.all(Object.values(window.__marks));
      window.__bench.close();
      return Object.fromEntries(names.map((n, i) => [n, times[i]]));
    });
  }));
  return async () => Object.assign({}, ...(await Promise.all(waits.map((w) => w()))));
}

/** Opens the observer tab: a plain same-origin document (one of the app's CSS files), no app. */
export async function openObserver({ context, url, page }) {
  const css = readdirSync(DIST).find((name) => extname(name) === '.css');
  const observer = await context.newPage();
  await observer.goto(`${url}/${css}`);
  // The app's tab in front, as for a real user. Chromium answers a background tab's IndexedDB
  // requests made after an input event about 50 ms late, which would be counted as the app's.
  await page.bringToFront();
  return observer;
}

/** The stored rev of `id` in `store`. */
export function storedRev(page, store, id) {
  return page.evaluate(async ([s, k]) => {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('scorecard');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const value = await new Promise((ok, fail) => {
      const req = db.transaction([s], 'readonly').objectStore(s).get(k);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return value?.rev ?? null;
  }, [store, id]);
}

// ---- The steps ---------------------------------------------------------------------------------

/** The files a first visit to "/" fetches, with their sizes (a fresh browser, nothing cached). */
async function firstVisit({ page, app, url }) {
  const fetched = [];
  const onResponse = (response) => {
    if (response.url().startsWith(url) && response.status() === 200) fetched.push(new URL(response.url()).pathname);
  };
  page.on('response', onResponse);
  await app.open('/');
  await page.getByRole('heading', { level: 1, name: 'Balanced scorecard' }).waitFor();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return [...new Set(fetched)].map((path) => compressedSizes(join(DIST, path === '/' ? 'index.html' : path)));
}

/** Starts an empty workspace and imports the reference file through the import page. */
export async function importReference(bench, path, payload) {
  const { page, app } = bench;
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('button', { name: 'Yes, replace my workspace' }).click();
  await page.getByText('There are no organisations yet.').waitFor();
  const empty = await waitForCounts(page, ['goal'], (f) => f.revision !== null && f.counts.goal === 0);

  await app.open('/import');
  const chosen = await arm(bench, {
    changed: ['app', 'nextEvent', 'change', '#import-file'],
    preview: ['app', 'appears', 'main h2', '^What would change$'],
  });
  await page.getByLabel('Choose a JSON file').setInputFiles(path);
  await page.getByRole('heading', { name: 'What would change' }).waitFor(SLOW);
  const read = await chosen();

  const applied = await arm(bench, {
    clicked: ['app', 'nextEvent', 'click', 'button.button'],
    message: ['app', 'appears', '.flash p', '^Imported: '],
    // The preview follows the workspace: once applied, it says nothing would change.
    previewAgain: ['app', 'appears', 'main p.inset', '^Already imported: nothing would change'],
    committed: ['observer', 'committed', 'goal', payload.goals.length, empty.revision],
  });
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText(/^Imported: /).waitFor(SLOW);
  const apply = await applied();
  return {
    fileToPreview: read.preview - read.changed,
    applyToMessage: apply.message - apply.clicked,
    applyToPreviewAgain: apply.previewAgain - apply.clicked,
    applyToCommitted: apply.committed - apply.clicked,
    message: await page.getByText(/^Imported: /).textContent(),
  };
}

/** Loads the app at "/" `times` times over, with the reference workspace stored. */
export async function coldLoads({ page, url }, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: 'Balanced scorecard' }).waitFor(SLOW);
    const wall = performance.now() - t0;
    const marks = await page.evaluate(() => window.__load);
    samples.push({ heading: marks.scorecard, wasmStarted: marks.started, wall });
  }
  return samples;
}

/**
 * How long IndexedDB alone takes to hand a page what the app reads when it opens, without the
 * app's checks or rendering: `getAll` of `stores` in one readonly transaction.
 */
export async function readAll(page, stores, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    samples.push(await page.evaluate(async (stores) => {
      const t0 = performance.now();
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open('scorecard');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(stores, 'readonly');
      await Promise.all(stores.map((s) => new Promise((ok, fail) => {
        const req = tx.objectStore(s).getAll();
        req.onsuccess = () => ok(req.result.length);
        req.onerror = () => fail(req.error);
      })));
      const t = performance.now() - t0;
      db.close();
      return t;
    }, stores));
  }
  return samples;
}

/** The whole-workspace snapshots the app keeps in IndexedDB: `[{ key, reason, bytes }]`. */
export function snapshotsKept(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('scorecard');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = await new Promise((ok, fail) => {
      const req = db.transaction(['snapshot'], 'readonly').objectStore('snapshot').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return all.map((s) => ({ key: s.key, reason: s.reason, bytes: s.text.length }));
  });
}

/** Renames `goal` `times` times through its edit form, timing each save. */
export async function goalEdits(bench, goal, times) {
  const { page, app } = bench;
  await app.open(`/goals/${goal.id}`);
  const toCommit = [];
  const toScreen = [];
  for (let i = 1; i <= times; i++) {
    const title = `${goal.title} (edit ${i})`;
    await page.getByRole('link', { name: 'Edit goal' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    const rev = await storedRev(bench.observer, 'goal', goal.id);
    const saved = await arm(bench, {
      clicked: ['app', 'nextEvent', 'click', 'button[type=submit]'],
      shown: ['app', 'appears', 'main h1', `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`],
      committed: ['observer', 'revAbove', 'goal', goal.id, rev],
    });
    await page.getByRole('button', { name: 'Save goal' }).click();
    const t = await saved();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    toCommit.push(t.committed - t.clicked);
    toScreen.push(t.shown - t.clicked);
  }
  return { toCommit, toScreen };
}

/** Enters `times` actuals on `measure`, each for another period, timing each save. */
export async function actualEntries(bench, measure, times) {
  const { page, app } = bench;
  await app.open(`/measures/${measure.id}`);
  const form = page.locator('form[aria-labelledby="enter-data"]');
  const periods = (await form.getByLabel('Period').locator('option').evaluateAll((os) => os.map((o) => o.value)))
    .filter(Boolean);
  const valueField = form.getByLabel(measure.unit ? 'Actual value' : 'Actual', { exact: true });
  const toCommit = [];
  const toMessage = [];
  for (let i = 0; i < times; i++) {
    const period = periods[(i + 1) % periods.length];
    // A value no actual has, so every save is a real change (the same value again saves nothing).
    const value = (measure.baseline?.value ?? 0) + 0.0137 * (i + 1);
    await form.getByLabel('Period').selectOption(period);
    await valueField.fill(value.toFixed(4));
    const rev = await storedRev(bench.observer, 'measure', measure.id);
    const saved = await arm(bench, {
      clicked: ['app', 'nextEvent', 'click', 'button[type=submit]'],
      message: ['app', 'appears', 'form[aria-labelledby="enter-data"] .inline-status p', '(saved for|corrected from)'],
      committed: ['observer', 'revAbove', 'measure', measure.id, rev],
    });
    await form.getByRole('button', { name: 'Save data' }).click();
    const t = await saved();
    toCommit.push(t.committed - t.clicked);
    toMessage.push(t.message - t.clicked);
  }
  return { toCommit, toMessage };
}

// ---- Report ------------------------------------------------------------------------------------

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const size = (n) => (n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : mb(n));
const ms = (n) => `${Math.round(n)} ms`;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function report(r) {
  const out = [];
  out.push(`Storage benchmark — ${r.reference.file} (${mb(r.reference.bytes)}; ${r.reference.summary}), ${r.at}`);
  out.push('');
  out.push('Transfer sizes (gzip -9, brotli q11, as a static host would precompress):');
  out.push(table([
    ['File', 'raw', 'gzip', 'brotli'],
    ...r.transfer.assets.map((a) => [a.file, kb(a.raw), kb(a.gzip), kb(a.brotli)]),
    [`First visit (${r.transfer.firstVisit.files.length} files)`, kb(r.transfer.firstVisit.raw), kb(r.transfer.firstVisit.gzip), kb(r.transfer.firstVisit.brotli)],
  ]));
  out.push('');
  out.push('Timings (from the user\'s event in the app\'s tab; IndexedDB polled from another tab; see storage.mjs):');
  const s = (x) => [ms(x.median), ms(x.p95), ms(x.min), ms(x.max), x.n];
  const one = (x) => [ms(x), '', '', '', 1];
  out.push(table([
    ['Step', 'median', 'p95', 'min', 'max', 'n'],
    ['Import: file chosen → preview in the DOM', ...one(r.import.fileToPreview)],
    ['Import: Apply clicked → "Imported:" message', ...one(r.import.applyToMessage)],
    ['Import: Apply clicked → preview redone ("nothing would change")', ...one(r.import.applyToPreviewAgain)],
    ['Import: Apply clicked → committed in IndexedDB', ...one(r.import.applyToCommitted)],
    ['Cold load: navigation → scorecard heading', ...s(r.coldLoad.heading)],
    ['Cold load: navigation → wasm started', ...s(r.coldLoad.wasmStarted)],
    ['Cold load: page.goto → heading visible (Node)', ...s(r.coldLoad.wall)],
    ['  cf. IndexedDB alone: getAll of every shelf', ...s(r.coldLoad.readShelves)],
    ['  cf. IndexedDB alone: getAll of the snapshot store', ...s(r.coldLoad.readSnapshots)],
    ['Goal rename: Save clicked → rev in IndexedDB', ...s(r.goalEdit.toCommit)],
    ['Goal rename: Save clicked → new title shown', ...s(r.goalEdit.toScreen)],
    ['Actual: Save clicked → rev in IndexedDB', ...s(r.actual.toCommit)],
    ['Actual: Save clicked → confirmation shown', ...s(r.actual.toMessage)],
    ...r.renders.map((x) => [`Render: ${x.what}`, ...s(x.times)]),
  ]));
  out.push('');
  out.push(`Storage: ${size(r.storage.usage)} used of a ${size(r.storage.quota)} quota (${((r.storage.usage / r.storage.quota) * 100).toFixed(2)}%), navigator.storage.estimate() after the run.`);
  const kept = (snaps) => `${snaps.length} (${mb(snaps.reduce((n, x) => n + x.bytes, 0))} of text): ${snaps.map((x) => `${x.reason} ${mb(x.bytes)}`).join('; ')}`;
  out.push(`Snapshots kept at the cold loads: ${kept(r.coldLoad.snapshots)}.`);
  out.push(`Snapshots kept at the end: ${kept(r.storage.snapshots)}.`);
  out.push(`Console errors: ${r.errors.length === 0 ? 'none' : r.errors.length}`);
  for (const e of r.errors) out.push(`  ${e.split('\n')[0]}`);
  return out.join('\n');
}

// ---- Main --------------------------------------------------------------------------------------

async function main() {
  const path = process.argv[2] ?? referenceFile({ scale: 1 });
  const reference = readReference(path);
  const payload = reference.payload;
  const env = await start();
  await env.context.addInitScript(instrument);
  try {
    const result = {
      at: new Date().toISOString(),
      dist: DIST,
      reference: {
        file: path,
        bytes: statSync(path).size,
        counts: Object.fromEntries(Object.entries(payload).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, v.length])),
        summary: `${payload.organisations.length} organisations, ${payload.goals.length} goals, ${payload.measures.length} measures, ${payload.reviews.length} reviews, ${payload.people.length} people`,
      },
    };

    process.stderr.write('transfer sizes…\n');
    const files = await firstVisit(env);
    const sum = (k) => files.reduce((n, f) => n + f[k], 0);
    result.transfer = {
      assets: assetSizes(),
      firstVisit: { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    };

    const bench = { ...env, observer: await openObserver(env) };

    process.stderr.write('import…\n');
    result.import = await importReference(bench, path, payload);

    process.stderr.write('cold loads…\n');
    const loads = await coldLoads(env, COLD_LOADS);
    result.coldLoad = {
      heading: summary(loads.map((l) => l.heading)),
      wasmStarted: summary(loads.map((l) => l.wasmStarted)),
      wall: summary(loads.map((l) => l.wall)),
      readShelves: summary(await readAll(bench.observer, ['meta', ...RECORD_STORES], COLD_LOADS)),
      readSnapshots: summary(await readAll(bench.observer, ['snapshot'], COLD_LOADS)),
      snapshots: await snapshotsKept(bench.observer),
    };

    process.stderr.write(`${EDITS} goal edits…\n`);
    const goal = payload.goals.find((g) => g.level === 'individual');
    const edits = await goalEdits(bench, goal, EDITS);
    result.goalEdit = { goal: goal.id, toCommit: summary(edits.toCommit), toScreen: summary(edits.toScreen) };

    process.stderr.write(`${ACTUALS} actuals…\n`);
    const measure = payload.measures[0];
    const actuals = await actualEntries(bench, measure, ACTUALS);
    result.actual = { measure: measure.id, toCommit: summary(actuals.toCommit), toMessage: summary(actuals.toMessage) };

    process.stderr.write('page renders…\n');
    result.renders = (await pageRenders(bench, renderedPages(payload), RENDERS, arm))
      .map(({ samples, ...page }) => ({ ...page, times: summary(samples) }));

    result.storage = await env.page.evaluate(() => navigator.storage.estimate());
    result.storage.revision = (await env.page.evaluate(probeCounts, [])).revision;
    result.storage.snapshots = await snapshotsKept(bench.observer);
    result.errors = env.errors;

    writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
    console.log(report(result));
    console.log(`\nWritten to ${OUT}`);
  } finally {
    await env.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
