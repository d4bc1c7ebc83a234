import * as assert from 'node:assert';
import { compileGlob, globBase, isGlob } from '../../../server/src/sources/glob';

const matches = (pattern: string, p: string): boolean => compileGlob(pattern).test(p);

describe('glob', () => {
  it('lets * and ? stay within one folder', () => {
    assert.ok(matches('notes/*.txt', 'notes/a.txt'));
    assert.ok(!matches('notes/*.txt', 'notes/deep/a.txt'));
    assert.ok(matches('notes/?.md', 'notes/a.md'));
    assert.ok(!matches('notes/?.md', 'notes/ab.md'));
    assert.ok(!matches('*', 'a/b'));
  });

  it('lets ** span any number of folders, zero included', () => {
    assert.ok(matches('archive/**/*.txt', 'archive/a.txt'));
    assert.ok(matches('archive/**/*.txt', 'archive/2024/05/a.txt'));
    assert.ok(!matches('archive/**/*.txt', 'other/a.txt'));
    assert.ok(matches('archive/**', 'archive/x/y.md'));
    assert.ok(matches('**/*.vtt', 'a.vtt'));
    assert.ok(matches('**/*.vtt', 'x/y/a.vtt'));
  });

  it('reads every other character literally', () => {
    assert.ok(matches('a+b (1)/[x].txt', 'a+b (1)/[x].txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
    assert.ok(!matches('$x^.md', 'y.md'));
  });

  it('ignores a leading ./ and doubled slashes', () => {
    assert.ok(matches('./notes//*.txt', 'notes/a.txt'));
  });

  it('matches case-insensitively only when asked', () => {
    assert.ok(!compileGlob('*.TXT').test('a.txt'));
    assert.ok(compileGlob('*.TXT', { ignoreCase: true }).test('a.txt'));
  });

  it('tells globs from plain paths and finds where a walk starts', () => {
    assert.ok(isGlob('a/*.txt'));
    assert.ok(!isGlob('sources'));
    assert.strictEqual(globBase('archive/2024/**/*.txt'), 'archive/2024');
    assert.strictEqual(globBase('*.txt'), '');
  });
});
