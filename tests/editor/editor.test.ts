// `npm run test:editor`: the packaged extension in a real VS Code (code-server, driven by headless Chromium).
// First the extension-host suite (tests/vscode) runs inside the workbench, then UI tests check what a writer sees.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startCodeServer, type CodeServer } from './codeServer';
import { prepareWorkspace, ROOT, SUITE_INDEX } from './paths';
import { consoleLine, launchBrowser, openWorkbench, quickOpen, workbenchUrl } from './workbench';

const VSIX = path.join(ROOT, 'quote-check.vsix');
const IMAGES = path.join(ROOT, 'docs/images');
/** Logs of the last run (gitignored), kept for a failure's post-mortem. */
const ARTIFACTS = path.join(ROOT, 'tests/.artifacts/editor');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
};

describe('Quote Check in code-server', function () {
  this.timeout(120_000);
  let scratch: string;
  let server: CodeServer;
  let browser: BrowserContext;

  before(async () => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
    assert.ok(fs.existsSync(SUITE_INDEX), `${SUITE_INDEX} is missing: run \`npx tsc -b\` first`);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-editor-'));
    server = await startCodeServer(scratch, VSIX, USER_SETTINGS);
    browser = await launchBrowser(path.join(scratch, 'chromium'));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      for (const log of ['code-server.log', 'extension-host.log']) {
        if (fs.existsSync(path.join(scratch, log))) fs.copyFileSync(path.join(scratch, log), path.join(ARTIFACTS, log));
      }
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('passes the extension-host suite (tests/vscode) inside the workbench', async () => {
    const workspace = prepareWorkspace(path.join(scratch, 'host-workspace'));
    const page = await browser.newPage();
    const lines: string[] = [];
    page.on('console', (message) => {
      void consoleLine(message.args()).then((line) => lines.push(line));
    });
    // The workbench reports the end of an extension test run through this function, with the exit code.
    const exitCode = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await page.goto(
      workbenchUrl(server.url, workspace, [
        ['extensionDevelopmentPath', `vscode-remote://remote${server.extensionPath}`],
        ['extensionTestsPath', `vscode-remote://remote${SUITE_INDEX}`],
      ]),
    );
    const code = await exitCode;
    await page.close();
    const log = lines.join('\n');
    fs.writeFileSync(path.join(scratch, 'extension-host.log'), log);
    // Mocha's report: the log's lines from the first suite title on, without their log level tags and without the
    // workbench's own component messages (`ERR [lifecycle] …`).
    const report = log
      .split('\n')
      .map((line) => line.replace(/^\s*(INFO|WARN|ERR) ?/, ''))
      .filter((line) => !/^\s*\[[\w .-]+\]/.test(line));
    const start = report.findIndex((line) => /^ {2}\S/.test(line));
    console.log(report.slice(Math.max(0, start)).map((line) => `    ${line}`).join('\n'));
    assert.strictEqual(code, 0, 'the extension-host suite failed (its report is above)');
  });

  describe('the workbench, as a writer sees it', () => {
    let page: Page;
    let workspace: string;

    before(async () => {
      workspace = prepareWorkspace(path.join(scratch, 'ui-workspace'));
      page = await browser.newPage();
      await openWorkbench(page, workbenchUrl(server.url, workspace));
      // A wider editor for the screenshots: the side bar is not part of what they show.
      if (await page.locator('.part.sidebar').isVisible()) await page.keyboard.press('Control+B');
      await quickOpen(page, 'draft.md');
    });

    after(async () => page?.close());

    const editorPart = (): Locator => page.locator('.part.editor');

    /** The squiggle under the misquote: the one on the screen line that shows its changed word. */
    async function misquoteSquiggle(): Promise<Locator> {
      const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
      await squiggles.first().waitFor({ timeout: 60_000 });
      const line = await page.locator('.monaco-editor .view-line', { hasText: 'foundation for future' }).first().boundingBox();
      assert.ok(line, 'the misquoted line is on screen');
      for (let i = 0; i < (await squiggles.count()); i++) {
        const box = await squiggles.nth(i).boundingBox();
        if (box && box.y + box.height / 2 >= line.y && box.y + box.height / 2 <= line.y + line.height) return squiggles.nth(i);
      }
      throw new Error('no squiggle on the misquoted line');
    }

    async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
      const box = await locator.boundingBox();
      assert.ok(box);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }

    it('underlines the misquote', async () => {
      await misquoteSquiggle();
      await editorPart().screenshot({ path: path.join(IMAGES, 'squiggle.png') });
    });

    it('lists the findings in the Problems panel with code and source', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'misquote' }).first().waitFor();
      const text = (await rows.allInnerTexts()).join('\n');
      assert.match(text, /quote-check/);
      assert.match(text, /misquote/);
      assert.match(text, /misattribution/);
      assert.match(text, /quote-not-found/);
      await page.keyboard.press('Control+Shift+M');
    });

    it('shows the counts of the draft in the status bar', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'verified' });
      await item.waitFor();
      assert.match(await item.innerText(), /\d+ verified · \d+ problems?/);
    });

    it('hover on the misquote shows the source passage', async () => {
      const { x, y } = await centreOf(await misquoteSquiggle());
      await page.mouse.move(x, y);
      const hover = page.locator('.monaco-hover:visible', { hasText: 'basis for future agreements' });
      await hover.first().waitFor();
      await editorPart().screenshot({ path: path.join(IMAGES, 'hover.png') });
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
    });

    it('the quick fix applies the source wording, and saving writes it to disk', async () => {
      const { x, y } = await centreOf(await misquoteSquiggle());
      await page.mouse.click(x, y);
      await page.keyboard.press('Control+.');
      const focused = page.locator('.action-widget .monaco-list-row.action.focused');
      await focused.waitFor();
      await editorPart().screenshot({ path: path.join(IMAGES, 'quick-fix.png') });
      // The row cannot be clicked through the widget's overlay; Enter applies the focused (preferred) fix.
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: 'basis for future agreements' }).first().waitFor();
      await page.keyboard.press('Control+S');
      const file = path.join(workspace, 'draft.md');
      const deadline = Date.now() + 10_000;
      while (!fs.readFileSync(file, 'utf8').includes('the basis for future agreements')) {
        assert.ok(Date.now() < deadline, 'the fixed draft reaches the disk after saving');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  });
});
