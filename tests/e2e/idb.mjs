// Reading and changing what the app keeps in the browser's IndexedDB, from the tests: the
// database `scorecard` (version 1), one object store per kind of record keyed by id, each value
// `{id, rev, seq, sum, body}`; `meta` (key `workspace`, JSON text); `quarantine`; `snapshot`.
// Also the DevTools-protocol levers a test needs: a small storage quota, and a clean origin.

export const DATABASE = 'scorecard';
/** The object stores that hold the workspace's records, in the order the app reads them. */
export const SHELVES = [
  'settings', 'organisation', 'team', 'person', 'goal', 'measure', 'review',
  'development_need', 'recognition', 'exit_interview', 'report_commentary', 'tombstone',
];

/**
 * Runs in the page. Opens the database WITHOUT creating it (a test must never create an empty
 * version-1 database the app would then open without its object stores), does `op`, closes it.
 * Resolves to `null` when there is no database yet.
 */
async function inPage({ name, op, store, key, value }) {
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction.abort();
    };
    request.onsuccess = () => ok(request.result);
    request.onerror = (e) => {
      e.preventDefault();
      if (created) ok(null); else fail(request.error);
    };
    request.onblocked = () => fail(new Error('opening the database was blocked'));
  });
  if (!db) return null;
  const done = (request) => new Promise((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const finished = (tx) => new Promise((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onabort = () => fail(tx.error ?? new Error('transaction aborted'));
    tx.onerror = () => fail(tx.error);
  });
  try {
    const names = [...db.objectStoreNames];
    if (op === 'names') return names;
    if (op === 'dump') {
      const tx = db.transaction(names, 'readonly');
      const out = {};
      for (const n of names) {
        const s = tx.objectStore(n);
        const [keys, values] = await Promise.all([done(s.getAllKeys()), done(s.getAll())]);
        out[n] = Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
      }
      await finished(tx);
      return out;
    }
    if (op === 'get') {
      const tx = db.transaction([store], 'readonly');
      const found = await done(tx.objectStore(store).get(key));
      await finished(tx);
      return found === undefined ? null : found;
    }
    if (op === 'put' || op === 'delete') {
      const tx = db.transaction([store], 'readwrite');
      if (op === 'put') tx.objectStore(store).put(value, key);
      else tx.objectStore(store).delete(key);
      await finished(tx);
      return true;
    }
    throw new Error(`unknown operation ${op}`);
  } finally {
    db.close();
  }
}

/** Everything in the database: `{ storeName: { key: value } }`, or `null` when there is none. */
export function dump(page) {
  return page.evaluate(inPage, { name: DATABASE, op: 'dump' });
}

/** The object store names, or `null` when there is no database yet. */
export function storeNames(page) {
  return page.evaluate(inPage, { name: DATABASE, op: 'names' });
}

/** The value under `key` in `store` exactly as stored (`null`: none, or no database). */
export function get(page, store, key) {
  return page.evaluate(inPage, { name: DATABASE, op: 'get', store, key });
}

/** Writes `value` under `key` in `store`, behind the app's back. */
export function put(page, store, key, value) {
  return page.evaluate(inPage, { name: DATABASE, op: 'put', store, key, value });
}

/** Deletes `key` from `store`, behind the app's back. */
export function remove(page, store, key) {
  return page.evaluate(inPage, { name: DATABASE, op: 'delete', store, key });
}

/** The workspace's meta entry, parsed (`null`: nothing saved yet). */
export async function meta(page) {
  const text = await get(page, 'meta', 'workspace');
  return text === null ? null : JSON.parse(text);
}

/** A stored record `{id, rev, seq, sum, body}` with its body parsed as `record` (`null`: none). */
export async function record(page, store, id) {
  const value = await get(page, store, id);
  return value === null ? null : { ...value, record: JSON.parse(value.body) };
}

/** Every stored record of `store`, by id, each with its body parsed as `record`. */
export async function records(page, store) {
  const all = (await dump(page))?.[store] ?? {};
  return Object.fromEntries(Object.entries(all).map(([id, v]) => [id, { ...v, record: JSON.parse(v.body) }]));
}

/**
 * Waits until the record `id` in `store` satisfies `test(record)` (its parsed body; `null` when it
 * is not there), i.e. until the app's save has reached the database. Returns the stored value.
 */
export async function waitForRecord(page, store, id, test, { timeout = 10_000 } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await get(page, store, id);
    const parsed = last === null ? null : JSON.parse(last.body);
    if (test(parsed)) return last;
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${store}/${id}; last stored: ${JSON.stringify(last)}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** SHA-256 (hex) of `text`, as the app checksums a record's body. */
export async function sha256(text) {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The DevTools sessions that hold a quota override: it lasts only as long as its session. */
const overrides = new Map();

/**
 * Limits the storage quota of `url`'s origin to what it uses now plus `room` bytes, through the
 * DevTools protocol, then opens `path` again: the next writes that do not fit fail as in a full
 * browser store. Resolves to `{ usage, quota }`.
 *
 * Chromium's IndexedDB remembers how much room an origin has while its database is open, and only
 * asks again when a write does not fit in that: a lower quota is noticed only once the database
 * has been closed. So the page leaves the app first (no other page of the origin may be open) and
 * waits for the browser to close the database (it keeps it a couple of seconds after the last
 * connection goes). A higher quota is noticed at the next write that did not fit before.
 */
export async function limitQuota(context, page, url, { room, path }) {
  const origin = new URL(url).origin;
  const others = context.pages().filter((p) => p !== page && p.url().startsWith(origin));
  if (others.length) throw new Error(`close the other pages of ${origin} first: ${others.map((p) => p.url())}`);
  await page.goto('about:blank');
  await page.waitForTimeout(4000);
  const cdp = await context.newCDPSession(page);
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  const quota = usage + room;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quota });
  overrides.set(origin, cdp);
  await page.goto(url + path);
  await page.locator('main h1').first().waitFor();
  return { usage, quota };
}

/** Gives the origin its own quota back (called without a size, the override is removed). */
export async function liftQuota(url) {
  const origin = new URL(url).origin;
  const cdp = overrides.get(origin);
  if (!cdp) return;
  overrides.delete(origin);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await cdp.detach();
}

/**
 * Forgets everything the app keeps for `url`'s origin (the IndexedDB database and localStorage),
 * then opens `path` afresh: a first visit again. The page leaves the app first, so no open
 * connection holds the database.
 */
export async function forgetWorkspace(context, page, url, path = '/') {
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'indexeddb,local_storage' });
  await cdp.detach();
  await page.goto(url + path);
  await page.locator('main h1').first().waitFor();
  if ((await storeNames(page)) !== null && (await meta(page)) !== null) {
    throw new Error('the workspace was still saved after clearing the origin');
  }
}
