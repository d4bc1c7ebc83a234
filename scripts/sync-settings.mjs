// Writes package.json's `contributes.configuration` from server/src/settings.ts (compiled to out/ by `tsc -b`), the
// one place settings are defined. `--check` only reports drift (exit 1) without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { configurationSchema } = require(join(root, 'out/server/src/settings.js'));

const manifestPath = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const wanted = configurationSchema();

if (isDeepStrictEqual(manifest.contributes?.configuration, wanted)) process.exit(0);
if (process.argv.includes('--check')) {
  console.error('package.json contributes.configuration differs from server/src/settings.ts: run `node scripts/sync-settings.mjs`.');
  process.exit(1);
}
manifest.contributes = { ...manifest.contributes, configuration: wanted };
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
console.log('package.json: contributes.configuration updated from settings.ts');
