// Shared set-up for the browser tests: the built app served like a plain static host, Debian's
// headless Chromium, and a page object that speaks the user's language.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.SCORECARD_DIST ?? join(here, '..', '..', 'dist');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the static server and a browser. Call `close()` when done. */
export async function start() {
  const { server, url } = await serve(DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), 'scorecard-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) {
        errors.push(m.text());
      }
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url,
    context,
    page,
    errors,
    app: new App(page, url),
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A page object: what a user sees and does, by role and label rather than by CSS. */
export class App {
  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  /** Opens `path` and waits for the app to draw its main heading. */
  async open(path = '/') {
    await this.page.goto(this.url + path);
    await this.page.locator('main h1').first().waitFor();
  }

  heading() {
    return this.page.locator('main h1').first();
  }

  nav(name) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  }

  /** Fills the goal form that is on screen; fields left out keep their value. */
  async fillGoal({ level, title, perspective, organisation, parent }) {
    const p = this.page;
    if (level) await p.getByRole('group', { name: 'Level' }).getByLabel(`${level} goal`, { exact: true }).check();
    if (title !== undefined) await p.getByLabel('Title', { exact: true }).fill(title);
    if (perspective) await p.getByRole('group', { name: 'Balanced Scorecard perspective' }).getByLabel(perspective, { exact: true }).check();
    if (organisation) await p.getByLabel('Owning organisation').selectOption({ label: organisation });
    if (parent) await p.getByLabel('Contributes to (parent goal)').selectOption({ label: parent });
  }

  async saveGoal() {
    await this.page.getByRole('button', { name: 'Save goal' }).click();
  }

  /** The goal's id, from the address of its page. */
  currentId() {
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  notAligned() {
    return this.page.getByRole('region', { name: /Not aligned/ });
  }
}
