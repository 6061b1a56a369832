/**
 * The Docker-like terminal on a lesson's files, typed from the keyboard: `docker build`, `docker history`,
 * `docker run`, `docker stop` agree with the workbench's panels (same engine, same files); Docker's messages for
 * mistakes; history, completion, Ctrl+C; a file's escape sequences shown as text, never run by the terminal; xterm.js
 * not loaded before the terminal is opened; no accessibility violations.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { openPanel, openWorkbench, replaceText } from './support/workbench.ts';

const PAGE = `${baseUrl}/terminal/lessons/01-image-bloat/pin-a-slim-base/`;

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

type TerminalHost = HTMLElement & { shipshapeTerminal: { transcript(): string } };

async function openTerminal(page: Page): Promise<Locator> {
  const panel = page.locator('[data-terminal-panel]').first();
  await panel.locator('[data-terminal-open]').press('Enter');
  await panel.locator('[data-terminal-host][data-terminal-state="ready"]').waitFor({ timeout: 30_000 });
  return panel.locator('[data-terminal-host]');
}

async function transcript(host: Locator): Promise<string> {
  return host.evaluate((el) => (el as TerminalHost).shipshapeTerminal.transcript());
}

/** Keys sent to the terminal (it has the focus), then waits for the prompt to come back. */
async function keys(host: Locator, send: () => Promise<void>, timeout = 30_000): Promise<string> {
  const before = (await transcript(host)).length;
  await send();
  await host.page().waitForFunction(
    ({ el, at }) => {
      const text = (el as TerminalHost).shipshapeTerminal.transcript();
      const state = (el as HTMLElement).dataset.terminalState;
      return text.length > at && (state === 'attached' || (state === 'ready' && text.endsWith('$ ')));
    },
    { el: await host.elementHandle(), at: before },
    { timeout },
  );
  return (await transcript(host)).slice(before);
}

async function type(host: Locator, line: string, timeout?: number): Promise<string> {
  const page = host.page();
  // The terminal's own input: typing goes where xterm.js reads the keyboard.
  if (!(await host.evaluate((el) => el.contains(document.activeElement)))) await host.locator('.xterm-helper-textarea').focus();
  return keys(host, async () => {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }, timeout);
}

test('docker build / history / run / stop in the terminal agree with the panels', async () => {
  const session = await openSession(browser, { width: 1280, height: 720 });
  const { page } = session;
  try {
    // A lesson's first load ships no terminal code: xterm.js arrives when the terminal is opened.
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    const workbench = await openWorkbench(page, PAGE);
    assert.equal(scripts.some((u) => /mount-terminal|xterm/.test(u)), false, 'no terminal code before it is opened');

    const host = await openTerminal(page);
    const built = await type(host, 'docker build -t app .');
    assert.match(built, /\[\+\] Building [\d.]+s \(\d+\/\d+\) FINISHED +docker:default/);
    // The terminal and the workbench ask the same engine worker: the engine loads once per page.
    const engines = page.workers().filter((w) => /engine\.worker/.test(w.url()));
    assert.equal(engines.length, 1, `one engine worker, not ${page.workers().map((w) => w.url()).join(', ')}`);
    assert.equal(scripts.filter((u) => /\.worker-[\w-]+\.js$/.test(u) && !/editor\.worker/.test(u)).length, 1, 'one engine worker script fetched');
    assert.match(built, /=> => naming to docker\.io\/library\/app:latest/);

    // The Build panel's steps, each in the terminal's display (names as BuildKit prints them, cut to the width).
    const buildPanel = await openPanel(workbench, 'build');
    const steps = await buildPanel.locator('tr.step .step-instruction').allTextContents();
    assert.ok(steps.length >= 3);
    for (const name of steps) assert.ok(built.includes(` => ${name.slice(0, 50)}`), `the terminal shows the step ${name}`);

    // docker history prints the Layers panel's `docker history` text, line for line.
    const history = await type(host, 'docker history app');
    const layersPanel = await openPanel(workbench, 'layers');
    const panelHistory = (await layersPanel.locator('details.log pre').textContent()) ?? '';
    for (const line of panelHistory.trim().split('\n')) assert.ok(history.includes(line.trimEnd()), `history line: ${line}`);

    // docker run + docker stop: the Run panel's stop time and exit code.
    const runPanel = await openPanel(workbench, 'run');
    const stopSeconds = Number(await runPanel.locator('[data-stop-seconds]').getAttribute('data-stop-seconds'));
    const stopText = (await runPanel.locator('.stop').textContent()) ?? '';
    const exitCode = /exit code (\d+)/.exec(stopText)?.[1];
    const run = await type(host, 'docker run -d --name web app');
    assert.match(run, /^[0-9a-f]{64}$/m);
    const ps = await type(host, 'docker ps');
    assert.match(ps, /CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES/);
    assert.match(ps, / web\r?\n/);
    const started = Date.now();
    const stop = await type(host, 'docker stop web', 20_000);
    assert.match(stop, /^web$/m);
    assert.match(stop, new RegExp(`# stopped after ${stopSeconds.toFixed(1)} s, exit code ${exitCode}`));
    // The terminal takes the time docker stop takes (10 s when SIGTERM is ignored).
    if (stopSeconds >= 10) assert.ok(Date.now() - started >= 9_000, 'docker stop waited its grace period');
    assert.match(await type(host, 'docker ps -a'), new RegExp(`Exited \\(${exitCode}\\)`));
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('Docker’s messages for mistakes; history, completion and Ctrl+C from the keyboard', async () => {
  const session = await openSession(browser, { width: 1280, height: 720 });
  const { page } = session;
  try {
    await openWorkbench(page, PAGE);
    const host = await openTerminal(page);
    assert.match(await type(host, 'docker frob'), /docker: unknown command: docker frob\s+Run 'docker --help' for more information/);
    assert.match(await type(host, 'docker build --frob .'), /unknown flag: --frob\s+Usage: {2}docker buildx build \[OPTIONS\] PATH \| URL \| -/);
    assert.match(await type(host, 'docker run'), /docker: 'docker run' requires at least 1 argument/);
    assert.match(await type(host, 'frob'), /bash: frob: command not found/);

    // ↑ recalls the last command; Enter runs it again.
    const again = await keys(host, async () => {
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
    });
    assert.match(again, /bash: frob: command not found/);

    // Tab completes the subcommand, then the image built in this session.
    await type(host, 'docker build -q -t app .');
    await page.keyboard.type('docker his');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ap');
    await page.keyboard.press('Tab');
    const completed = await keys(host, () => page.keyboard.press('Enter'));
    assert.match(completed, /IMAGE +CREATED +CREATED BY +SIZE +COMMENT/);

    // A foreground run attaches; Ctrl+C gives the prompt back and the container keeps running.
    const attached = await type(host, 'docker run app');
    assert.match(attached, /is running, PID 1 is/);
    assert.equal(await host.getAttribute('data-terminal-state'), 'attached');
    const detached = await keys(host, () => page.keyboard.press('Control+C'));
    assert.match(detached, /\^C[\s\S]*keeps running/);
    assert.match(await type(host, 'docker ps'), /Up /);

    // Esc leaves the terminal: the keyboard is never trapped.
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.matches('[data-terminal-open]')), true);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('escape sequences in a file are shown as text, not run by the terminal; axe finds nothing', async () => {
  const session = await openSession(browser, { width: 1280, height: 720 });
  const { page } = session;
  try {
    const workbench = await openWorkbench(page, PAGE);
    await replaceText(workbench, 'FROM python:3.12-slim\n# \u001b[2J\u001b]0;pwned\u0007 <b>bold</b>\nCMD ["python", "app.py"]\n');
    const host = await openTerminal(page);
    await type(host, 'echo marker-before');
    const cat = await type(host, 'cat Dockerfile');
    assert.match(cat, /# \^\[\[2J\^\[\]0;pwned\^G <b>bold<\/b>/);
    // The screen was not cleared and the title not changed: the marker is still on screen, the text is literal.
    await page.waitForFunction((el) => (el as HTMLElement).innerText.includes('^[[2J'), await host.locator('.xterm-rows').elementHandle(), { timeout: 5_000 });
    const screen = await host.locator('.xterm-rows').innerText();
    assert.match(screen, /marker-before/);
    assert.match(screen, /\^\[\[2J/);
    assert.equal(await page.locator('.xterm-rows b').count(), 0);
    assert.notEqual(await page.title(), 'pwned');

    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), []);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
