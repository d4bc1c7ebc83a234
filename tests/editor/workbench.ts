import * as fs from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download is not reachable here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(profileDir: string): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The workbench URL for a folder; `payload` carries what the desktop app takes as command-line flags. */
export function workbenchUrl(base: string, folder: string, payload?: [string, string][]): string {
  const query = `folder=${encodeURIComponent(folder)}`;
  return `${base}/?${query}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

/** A line of the page console, rebuilt from its arguments: `%s`/`%d`/`%i`/`%f`/`%o`/`%O`/`%j` take the next argument,
 * `%c` takes one and drops it (CSS), as the console does. */
export async function consoleLine(args: { jsonValue(): Promise<unknown> }[]): Promise<string> {
  const values = await Promise.all(args.map((arg) => arg.jsonValue().catch(() => '')));
  const texts = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  const [format, ...rest] = texts;
  if (format === undefined) return '';
  const line = format.replace(/%([sdifoOjc%])/g, (directive, kind: string) => {
    if (kind === '%') return '%';
    if (rest.length === 0) return directive;
    const next = rest.shift() as string;
    return kind === 'c' ? '' : next;
  });
  return [line, ...rest].join(' ');
}

export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
}

/** Opens a file of the workspace through Quick Open, as a writer would. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor();
}
