/**
 * Site search over lessons and rules (Pagefind, indexed after `astro build` by `pagefind --site dist`). The search
 * runtime loads on the search page only, never on a lesson's first load.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const indexed = existsSync('dist/pagefind/pagefind.js');

test('search finds lessons and rules', { skip: !indexed && 'dist/ has no search index: build with `astro build && pagefind --site dist`' }, async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl}/lessons/01-image-bloat/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(requested.filter((url) => url.includes('/pagefind/')).length, 0, 'a lesson does not load the search runtime');

    await page.getByRole('link', { name: 'Search' }).click();
    await page.locator('[data-search-form][data-ready="true"]').waitFor();
    await page.getByLabel('Search lessons and rules').fill('latest');
    const results = page.locator('[data-search-results] li');
    await page.locator('[data-search-form][data-searched="true"]').waitFor();
    await results.first().waitFor();
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(links.some((href) => href.startsWith('/lessons/01-image-bloat')), `a lesson is found: ${links.join(', ')}`);
    assert.ok(links.some((href) => href.startsWith('/rules/base-image-latest')), `a rule is found: ${links.join(', ')}`);
    assert.ok((await results.locator('mark').count()) > 0, 'the excerpts mark the words found');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
