// Security: the Content Security Policy is in force on every page and nothing breaks it, and
// whatever a user types (script tags, event handler attributes, javascript: links, SVG payloads)
// is shown as inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { start, DIST } from './app.mjs';
import { DEMO } from './checks.mjs';

// Fixed ids from the demo (core/src/demo).
const TRUST = DEMO(0x1);
const TEAM_ED = DEMO(0x101);
const PERSON_COO = DEMO(0x201);
const GOAL_AE = DEMO(0x301);
const MEASURE = DEMO(0x602);

const ROUTES = [
  '/', '/?org=' + TRUST, '/cascade', '/goals/new', `/goals/${GOAL_AE}`, `/goals/${GOAL_AE}/edit`,
  `/measures/${MEASURE}`, `/measures/${MEASURE}/edit`, '/organisations', '/organisations/new',
  `/organisations/${TRUST}`, '/teams', '/teams/new', `/teams/${TEAM_ED}`, `/teams/${TEAM_ED}/edit`,
  '/people', '/people/new', `/people/${PERSON_COO}`, `/people/${PERSON_COO}/edit`, '/workspace',
  '/no/such/page',
];

// Typed into forms: each must come back exactly as text, and none may run.
const XSS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3"></svg>',
  'javascript:window.__xss = 4',
  '<a href="javascript:window.__xss = 5">click me</a>',
  '<svg><script>window.__xss = 6</script></svg>',
  '<iframe srcdoc="<script>parent.__xss = 7</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=8>',
  "'; window.__xss = 9; '",
  '<details open ontoggle="window.__xss = 10">',
];

let env;
const dialogs = [];
before(async () => {
  env = await start();
  // Runs before the page's own scripts in every page, and is not subject to the page's policy.
  await env.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  env.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
});
after(async () => { await env?.close(); });

const violations = (page) => page.evaluate(() => window.__violations);

async function policyOf(file) {
  const html = await readFile(join(DIST, file), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, `${file} has a Content-Security-Policy meta element`);
  return { html, policy: meta[1] };
}

test('the built page carries a strict policy that allows Trunk\'s loader by its hash only', async () => {
  const { html, policy } = await policyOf('index.html');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  const scriptSrc = directives['script-src'];
  assert.deepEqual(scriptSrc.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes("'unsafe-eval'"), 'no unsafe sources');
  assert.ok(!policy.includes('__INLINE_SCRIPT_HASHES__'), 'the build filled in the hashes');

  // Every inline script in the built page is allowed by the hash of its exact text, and nothing else is.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(inline.length >= 1, "Trunk's loader is inline");
  const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  assert.deepEqual(scriptSrc.slice(2).sort(), [...new Set(hashes)].sort());
  // The CSP meta element comes before any script, or the policy would not cover it.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));

  // 404.html, served for deep links, is an exact copy.
  assert.equal(await readFile(join(DIST, '404.html'), 'utf8'), html);
});

test('the policy is in force: an injected inline script is blocked and reported', async () => {
  const { app, page } = env;
  await app.open('/');
  assert.deepEqual(await violations(page), []);
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    await new Promise((ok) => setTimeout(ok, 100));
    return window.__injected === true;
  });
  assert.equal(ran, false, 'the injected script did not run');
  const seen = await violations(page);
  assert.equal(seen.length, 1);
  assert.match(seen[0], /^script-src/);
  env.errors.length = 0; // Chromium logs the refusal as a console error; that one was ours.
});

test('no page breaks the policy', async () => {
  const { app, page } = env;
  for (const route of ROUTES) {
    await app.open(route);
    await page.waitForTimeout(50);
    assert.deepEqual(await violations(page), [], route);
  }
  // Forms with errors, confirmations and downloads too.
  await app.open('/goals/new');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.locator('.error-summary').waitFor();
  await app.open('/workspace');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a copy', exact: true }).click(),
  ]);
  assert.ok(await download.path());
  assert.deepEqual(await violations(page), []);
});

test('script, event handlers, javascript: links and SVG typed into forms render as inert text', async () => {
  const { app, page } = env;
  for (const [i, payload] of XSS.entries()) {
    // A goal with the payload as title and description.
    await app.open('/');
    await page.getByRole('link', { name: 'Add a strategic goal in Learning and growth' }).click();
    await page.getByLabel('Title', { exact: true }).fill(payload);
    await page.getByLabel('Description (optional)').fill(`${payload} (description ${i})`);
    await app.saveGoal();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: payload }).waitFor();
    assert.equal(await app.heading().textContent(), payload, 'the title is shown exactly as typed');
    await page.getByText(`${payload} (description ${i})`, { exact: true }).waitFor();
  }
  // An organisation and a team named with payloads, shown in lists, selects and the header.
  await app.open('/organisations/new');
  await page.getByLabel('Name', { exact: true }).fill(XSS[1]);
  await page.getByLabel('Short name (optional)').fill('<b>x</b>');
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await app.open('/organisations');
  await page.getByRole('link', { name: XSS[1], exact: true }).waitFor();
  await app.open('/teams/new');
  await page.getByLabel('Team name').fill(XSS[4]);
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: XSS[1] });
  await page.getByRole('button', { name: 'Save team' }).click();
  await app.open('/teams');
  await page.getByRole('link', { name: XSS[4], exact: true }).waitFor();

  // Everywhere the payloads appear, nothing ran and nothing was made into markup.
  for (const route of ['/', '/cascade', '/organisations', '/teams', '/goals/new']) {
    await app.open(route);
    await page.waitForTimeout(50);
    const found = await page.evaluate(() => ({
      xss: window.__xss ?? null,
      scripts: [...document.querySelectorAll('body script')].length,
      injected: document.querySelectorAll('img[src="x"], iframe, body svg[onload], details[ontoggle], math, mglyph').length,
      handlers: [...document.querySelectorAll('body *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(\/|https:|mailto:|blob:|#)/.test(a.getAttribute('href'))).map((a) => a.getAttribute('href')),
    }));
    assert.deepEqual(found, { xss: null, scripts: 0, injected: 0, handlers: 0, jsLinks: [] }, route);
    assert.deepEqual(await violations(page), [], route);
  }
  await app.open('/');
  for (const payload of XSS) {
    assert.ok((await page.locator('main').textContent()).includes(payload), `shown as text on the scorecard: ${payload}`);
  }
  assert.deepEqual(dialogs, [], 'no alert, confirm or prompt opened');
});

test('no errors were logged by the app', () => {
  assert.deepEqual(env.errors, []);
});
