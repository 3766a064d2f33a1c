// Page renders at the reference size: how long each large page takes to draw once the workspace
// is loaded, from the click on a link (handled by the app's router, so no reload) to the last
// change to the page before it stays still for QUIET_MS. Between two timings the app shows the
// light export page, so each render starts from the same place.

const QUIET_MS = 300;

/** The pages to time, with addresses taken from the reference workspace. */
export function renderedPages(payload) {
  const measure = payload.measures[0];
  const owner = payload.goals.find((g) => g.level === 'individual' && g.owner_id)?.owner_id;
  return [
    { what: 'scorecard', path: '/' },
    { what: 'goal cascade', path: '/cascade' },
    { what: 'goal cascade, Expand all', path: '/cascade', first: 'Collapse all', click: 'Expand all' },
    { what: `measure page with both charts (${measure.actuals?.length ?? 0} actuals)`, path: `/measures/${measure.id}` },
    { what: `reviews list (${payload.reviews.length})`, path: '/reviews' },
    { what: "a person's My work", path: `/my-work?person=${owner}` },
    { what: `people list (${payload.people.length})`, path: '/people' },
    { what: 'board report, whole partnership', path: '/report?scope=all' },
    { what: 'strategy map', path: '/strategy-map' },
  ];
}

/**
 * Times each of `pages` `times` times; `{ what, path, samples }` for each, in milliseconds. `arm` is the bench's timer (storage.mjs): it starts
 * in-page waits and returns a function that collects their times.
 */
export async function pageRenders(bench, pages, times, arm) {
  const { page, app } = bench;
  await app.open('/export');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.id = 'bench-nav';
    link.textContent = 'bench';
    document.body.append(link);
  });
  const go = async (path) => {
    await page.evaluate((p) => document.getElementById('bench-nav').setAttribute('href', p), path);
    await page.click('#bench-nav');
  };
  const results = [];
  for (const p of pages) {
    const samples = [];
    for (let i = 0; i < times; i++) {
      await go('/export');
      await page.locator('main h1').first().waitFor();
      let start;
      if (p.click) {
        await go(p.path);
        await page.getByRole('button', { name: p.first }).click();
        await page.evaluate((q) => window.__bench.settled(q), QUIET_MS);
        start = ['app', 'nextEvent', 'click', 'button'];
      } else {
        start = ['app', 'nextEvent', 'click', '#bench-nav'];
      }
      const timed = await arm(bench, { start, settled: ['app', 'settled', QUIET_MS] });
      if (p.click) await page.getByRole('button', { name: p.click }).click();
      else await go(p.path);
      const t = await timed();
      if (t.settled === null) throw new Error(`${p.what}: the page did not change`);
      samples.push(t.settled - t.start);
    }
    results.push({ what: p.what, path: p.path, samples });
  }
  return results;
}
