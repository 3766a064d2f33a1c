// Checks shared by the browser tests: axe-core's WCAG 2.2 AA rules, the demo's fixed ids, and
// moving through a page with the keyboard as a user would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Evaluated rather than added as a <script> tag: the app's Content-Security-Policy rightly
// blocks injected script elements.
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A and AA violations on the page as it is, one line each. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The demo's fixed id number `n` (core/src/demo). */
export const DEMO = (n) => `5c0eca4d-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** What a screen reader would call the focused element: its label, or its text. */
export function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
    return (el.getAttribute('aria-label') ?? el.textContent).trim().replace(/\s+/g, ' ');
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page, name, { max = 120 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  assert.fail(`could not reach “${name}” with Tab; passed: ${seen.slice(-15).join(' | ')}`);
}
