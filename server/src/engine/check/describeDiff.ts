import type { DiffOp } from '../types';

const quoted = (words: readonly string[]): string => `"${words.join(' ')}"`;

/**
 * A word-level diff as a writer reads it at a glance: `"three" should be "two"`, `missing "they occupy"`,
 * `"all" is not in the source`. Neighbouring changes merge into one phrase.
 */
export function describeDiff(diff: readonly DiffOp[]): string[] {
  const phrases: string[] = [];
  let draft: string[] = [];
  let source: string[] = [];
  const flush = (): void => {
    if (draft.length && source.length) phrases.push(`${quoted(draft)} should be ${quoted(source)}`);
    else if (source.length) phrases.push(`missing ${quoted(source)}`);
    else if (draft.length) phrases.push(`${quoted(draft)} is not in the source`);
    draft = [];
    source = [];
  };
  for (const op of diff) {
    if (op.kind === 'same') flush();
    if (op.kind === 'replace' || op.kind === 'insert') draft.push(op.draft);
    if (op.kind === 'replace' || op.kind === 'delete') source.push(op.source);
  }
  flush();
  return phrases;
}
