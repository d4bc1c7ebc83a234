// `npm run test:vscode`: the extension-host suite in desktop VS Code, downloaded by @vscode/test-electron (needs the
// internet; on machines without it, `npm run test:editor` runs the same suite in code-server).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace, ROOT, SUITE_INDEX } from './paths';

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-vscode-'));
  try {
    const workspace = prepareWorkspace(path.join(scratch, 'workspace'));
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_INDEX,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user')],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
