import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A reporting clause closing its sentence after a comma reports the whole sentence, quoted words and all, however far
// back they stand; a headline's closes with a bare role ("…, coroner finds").
describe('closingClauses: a sentence-closing reporting clause is the speaker of words quoted before it', () => {
  const opening = ['Budget row', '', 'The university president, Harold Quist, spoke to students on Monday.', ''];

  it('gives a partial quotation far back in a long sentence to its closing clause', () => {
    const text = [...opening, 'The fee rise, approved by the governors in May, was “unavoidable” after three years of deep state funding cuts, Quist has said.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Harold Quist']);
  });

  it('gives a headline’s words to the body’s holder of the role that closes it', () => {
    const text = [
      'Jenny Marsh: Council “ignored warnings” before flood, coroner finds',
      '',
      'A council ignored repeated warnings before a flood that killed a pensioner.',
      '',
      'At the end of a three-day inquest, the area coroner Paul Denby said the response had been slow.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Paul Denby']);
  });

  it('leaves words whose own clause is set off by an aside to that clause', () => {
    const text = [...opening, '“The board has lost its way,” Ann Pike, a governor who sits on both committees, told the Ledger.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ann Pike']);
  });

  it('does not reach past a clause that reports a clause of its own', () => {
    const text = [...opening, 'The fee rise was “unavoidable” after three years of deep state funding cuts, Quist said that week that he would resign.'].join('\n');
    assert.notDeepStrictEqual(speakers(text), ['Harold Quist']);
  });
});
