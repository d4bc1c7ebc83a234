import * as fs from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download is not reachable here. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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

/**
 * A line of the page console, rebuilt from its arguments as the console prints them: in a string argument, `%s`,
 * `%d`, `%i`, `%f`, `%o`, `%O`, `%j` take the next argument and `%c` takes one and drops it (CSS). The workbench
 * forwards an extension host's `console.log(format, ...values)` as arguments after its own styled prefix, so every
 * string argument is read as a format, not only the first.
 */
export async function consoleLine(args: { jsonValue(): Promise<unknown> }[]): Promise<string> {
  const values = await Promise.all(args.map((arg) => arg.jsonValue().catch(() => '')));
  const rest = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  const parts: string[] = [];
  while (rest.length > 0) {
    const format = rest.shift() as string;
    parts.push(
      format.replace(/%([sdifoOjc%])/g, (directive, kind: string) => {
        if (kind === '%') return '%';
        if (rest.length === 0) return directive;
        const next = rest.shift() as string;
        return kind === 'c' ? '' : next;
      }),
    );
  }
  return parts.join(' ');
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
