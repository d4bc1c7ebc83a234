import * as assert from 'node:assert';
import { findPassages } from '../../../server/src/engine/align/match';
import { corpusOf } from './corpusOf';

// A fix replaces the inside of the draft's quotation: a quotation mark in it would end that quotation early.
describe('misquote fix text and the source quotation marks', () => {
  const fixOf = (source: string, quote: string) => {
    const [match] = findPassages(quote, corpusOf({ 'a.txt': source }));
    assert.ok(match && !match.exact, `a misquote of ${JSON.stringify(quote)}`);
    return match.fixText;
  };

  it('keeps only the quoted words when the restored stretch runs across narration into the next quotation', () => {
    const source = 'The mayor spoke. "We will open the harbour gates before the storm," Vela said on Monday. "Nobody should stay near the water tonight."\n';
    const fix = fixOf(source, 'before the storm, said Monday nobody should stay near the water');
    assert.doesNotMatch(fix, /["“”]/);
    assert.match(fix, /^before the storm\b.*\.\.\. Nobody should stay near the water$/);
  });

  // The draft's own marks between the two runs of words ("…" ¶ "…") stay; the narration the fix leaves out between
  // the two source quotations is a cut, which the fix must show, or the re-check finds the same words missing.
  it('writes an ellipsis where words restored in one source quotation meet the next quotation\'s words', () => {
    const source = 'The mayor spoke. "We will open the harbour gates before the storm," Vela said on Monday. "Nobody should stay near the water tonight."\n';
    assert.strictEqual(fixOf(source, 'We will open the harbour "\n\n"[People] should stay near the water'), 'We will open the harbour gates before the storm ... "\n\n"[People] should stay near the water');
    assert.strictEqual(fixOf(source, 'We will open the harbour gates before the storm."\n\n"[People] should stay near the water'), 'We will open the harbour gates before the storm. ..."\n\n"[People] should stay near the water');
  });

  it('writes a quotation the source nests inside the passage with single marks', () => {
    const source = 'Vela said: “The council called it a “temporary measure” but the gates stay shut all winter.”\n';
    assert.strictEqual(fixOf(source, 'The council called it a temporary step but the gates stay shut all winter'), 'The council called it a ‘temporary measure’ but the gates stay shut all winter');
  });

  it('leaves out the mark that reopens a quotation at a new paragraph', () => {
    const source = 'Vela said: "The gates will stay shut until the spring tides are over.\n\n"After that the boats can leave the harbour again."\n';
    const fix = fixOf(source, 'The gates will stay shut until the spring tides are gone. After that the boats can leave the harbour again');
    assert.strictEqual(fix, 'The gates will stay shut until the spring tides are over.\n\nAfter that the boats can leave the harbour again');
  });
});
