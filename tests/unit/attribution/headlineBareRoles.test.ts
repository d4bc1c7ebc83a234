import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A headline drops its articles: "as sheriff says case is “…”" is the body's one sheriff, not the headline's first
// subject ("Family pleads … as").
describe('headlineBareRoles: a headline’s bare role before its speech verb is the body’s holder of it', () => {
  const story = (headline: string) => [
    headline,
    '',
    'Relatives of a hiker missing for two weeks appealed for information on Monday.',
    '',
    'Sheriff Dale Brockett said his office was treating the disappearance seriously.',
  ].join('\n');

  it('gives the headline’s words to the sheriff the body names', () => {
    assert.deepStrictEqual(speakers(story('Family pleads for help as sheriff says case is “suspicious”')), ['Dale Brockett']);
  });

  it('leaves a body’s bare noun to the body’s own reading', () => {
    const text = [
      'Search goes on',
      '',
      'Sheriff Dale Brockett spoke on Monday. Relatives said deputy says little, and the case is “suspicious”.',
    ].join('\n');
    assert.notDeepStrictEqual(speakers(text), ['Dale Brockett']);
  });
});
