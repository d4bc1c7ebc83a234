import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES } from '../../../server/src/engine/findingCodes';
import { configurationSchema, DEFAULT_SETTINGS, effectiveSeverity, resolveSettings } from '../../../server/src/settings';

const root = path.resolve(__dirname, '../../../..');

describe('settings', () => {
  it('package.json contributes exactly the schema settings.ts generates (no drift)', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.contributes.configuration, configurationSchema());
  });

  it('gives every schema property the default DEFAULT_SETTINGS holds', () => {
    for (const [key, schema] of Object.entries(configurationSchema().properties)) {
      const value = key
        .replace(/^quoteCheck\./, '')
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], DEFAULT_SETTINGS);
      assert.deepStrictEqual(schema.default, value, key);
    }
  });

  it('documents every finding code in the severity setting', () => {
    const severity = configurationSchema().properties['quoteCheck.severity'] as { properties: Record<string, unknown> };
    assert.deepStrictEqual(Object.keys(severity.properties).sort(), FINDING_CODES.map((c) => c.code).sort());
  });

  it('resolves nothing to the defaults without problems', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = resolveSettings(raw);
      assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
      assert.deepStrictEqual(problems, []);
    }
  });

  it('reads nested objects and dotted keys alike', () => {
    const nested = resolveSettings({ uncreditedCopy: { minWords: 12 }, trace: { server: 'verbose' } }).settings;
    const dotted = resolveSettings({ 'uncreditedCopy.minWords': 12, 'trace.server': 'verbose' }).settings;
    assert.strictEqual(nested.uncreditedCopy.minWords, 12);
    assert.strictEqual(nested.trace.server, 'verbose');
    assert.deepStrictEqual(dotted, nested);
  });

  it('falls back to the default of each malformed value with a problem naming the key', () => {
    const { settings, problems } = resolveSettings({ enable: 'yes', debounceMs: -5, 'uncreditedCopy.minWords': 2.5, trace: { server: 'loud' } });
    assert.strictEqual(settings.enable, true);
    assert.strictEqual(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.strictEqual(settings.uncreditedCopy.minWords, DEFAULT_SETTINGS.uncreditedCopy.minWords);
    assert.strictEqual(settings.trace.server, 'off');
    assert.strictEqual(problems.length, 4);
    for (const key of ['quoteCheck.enable', 'quoteCheck.debounceMs', 'quoteCheck.uncreditedCopy.minWords', 'quoteCheck.trace.server']) {
      assert.ok(problems.some((p) => p.startsWith(key + ':')), key);
    }
  });

  it('keeps the good entries of a list and reports the bad ones', () => {
    const { settings, problems } = resolveSettings({ sources: ['notes', 3, '', 'archive/**/*.txt'] });
    assert.deepStrictEqual(settings.sources, ['notes', 'archive/**/*.txt']);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /quoteCheck\.sources/);
  });

  it('merges a partial severity map over the defaults and rejects unknown codes and levels', () => {
    const { settings, problems } = resolveSettings({ severity: { 'not-a-quote': 'off', misquote: 'fatal', bogus: 'error' } });
    assert.strictEqual(settings.severity['not-a-quote'], 'off');
    assert.strictEqual(settings.severity.misquote, DEFAULT_SETTINGS.severity.misquote);
    assert.strictEqual(settings.severity['unattributed-quote'], DEFAULT_SETTINGS.severity['unattributed-quote']);
    assert.strictEqual(problems.length, 2);
    assert.ok(problems.some((p) => p.includes('"bogus"')));
    assert.ok(problems.some((p) => p.includes('misquote') && p.includes('"fatal"')));
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [42, 'x', [], { severity: [] }, { sources: 'sources' }, { trace: 7 }, { enable: { a: 1 } }]) {
      const { settings, problems } = resolveSettings(raw);
      assert.ok(settings);
      assert.ok(problems.length > 0, JSON.stringify(raw));
    }
  });

  it('keeps the engine severity at the default level, replaces it at a chosen one, hides it when off', () => {
    const base = DEFAULT_SETTINGS;
    assert.strictEqual(effectiveSeverity('misquote', 'error', base), 'error');
    assert.strictEqual(effectiveSeverity('misquote', 'warning', base), 'warning');
    const chosen = resolveSettings({ severity: { misquote: 'hint', 'uncredited-copy': 'off' } }).settings;
    assert.strictEqual(effectiveSeverity('misquote', 'error', chosen), 'hint');
    assert.strictEqual(effectiveSeverity('uncredited-copy', 'warning', chosen), null);
  });
});
