// Shared by the reference-scale browser test (../reference.test.mjs) and the storage benchmark
// (./storage.mjs): the reference workspace file, and small IndexedDB probes that run in the page.
//
// The reference file is a deterministic workspace backup of a whole fictional integrated care
// system (core/examples/reference.rs): at scale 1, 12 organisations, 120 teams, 1,000 people,
// 2,000 goals, 400 measures with 60 monthly actuals each, 3,000 reviews, ... about 17.8 MB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const ROOT = join(here, '..', '..', '..');

/** The record lists of a workspace, as named in the file's payload and in a workspace copy. */
export const LISTS = [
  'organisations', 'teams', 'people', 'goals', 'measures', 'reviews', 'development',
  'recognitions', 'exit_interviews',
];

/**
 * The path of the reference file at `scale`. `SCORECARD_REFERENCE` names a file made earlier
 * (the benchmark script passes the one it generated); otherwise it is generated into a new
 * temporary folder with `cargo run --release -p scorecard-core --example reference`. Cargo builds
 * into `CARGO_TARGET_DIR` when set, else into `target-tests/`, so it never waits for the lock on
 * `target/` held by a build of the app (the example takes about a minute to build the first time).
 */
export function referenceFile({ scale = 1 } = {}) {
  const given = process.env.SCORECARD_REFERENCE;
  if (given) {
    if (!existsSync(given)) throw new Error(`SCORECARD_REFERENCE names ${given}, which is not there`);
    return given;
  }
  const out = join(mkdtempSync(join(tmpdir(), 'scorecard-reference-')), 'reference-workspace.json');
  execFileSync(
    'cargo',
    ['run', '--release', '--quiet', '-p', 'scorecard-core', '--example', 'reference', '--',
      '--scale', String(scale), '--out', out],
    {
      cwd: ROOT,
      env: { ...process.env, CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target-tests') },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return out;
}

/** The file at `path`, parsed. */
export function readReference(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---- Probes that run in the page -------------------------------------------------------------
//
// Each is passed to `page.evaluate`, so it must be self-contained. They open the app's database
// `scorecard` without a version (it exists once the app has started) and read in one readonly
// transaction. IndexedDB runs transactions whose stores overlap in the order they were created, so
// a read asked for while the app's save (one readwrite transaction over every shelf and `meta`) is
// under way completes just after that save has committed: polling with reads sees a commit as soon
// as it is durable, never a half-written one.

/** In the page: `{ revision, counts: { store: number } }` for `stores` (revision `null`: none). */
export async function probeCounts(stores) {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('scorecard');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  try {
    const tx = db.transaction(['meta', ...stores], 'readonly');
    const done = (req) => new Promise((ok, fail) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const meta = await done(tx.objectStore('meta').get('workspace'));
    const counts = {};
    for (const s of stores) counts[s] = await done(tx.objectStore(s).count());
    return { revision: meta === undefined ? null : JSON.parse(meta).revision, counts };
  } finally {
    db.close();
  }
}

/** In the page: `{ store: { id: rev } }` for every record on every shelf in `stores`. */
export async function probeRevisions(stores) {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('scorecard');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  try {
    const tx = db.transaction(stores, 'readonly');
    const out = {};
    for (const s of stores) {
      const values = await new Promise((ok, fail) => {
        const req = tx.objectStore(s).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      out[s] = Object.fromEntries(values.map((v) => [v.id, v.rev]));
    }
    return out;
  } finally {
    db.close();
  }
}

/** The object stores that hold records (see core/src/storage/record_store.rs, `Shelf::ALL`). */
export const RECORD_STORES = [
  'settings', 'organisation', 'team', 'person', 'goal', 'measure', 'review',
  'development_need', 'recognition', 'exit_interview', 'report_commentary', 'tombstone',
];

/**
 * Polls (in Node) until `probeCounts(stores)` satisfies `test`, and returns what it found last.
 * Throws after `timeout` ms, saying what it saw.
 */
export async function waitForCounts(page, stores, test, { timeout = 120_000, every = 100 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page.evaluate(probeCounts, stores);
    if (test(found)) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for the save; last seen ${JSON.stringify(found)}`);
    await new Promise((ok) => setTimeout(ok, every));
  }
}
