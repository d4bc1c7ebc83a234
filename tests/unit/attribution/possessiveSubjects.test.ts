import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A fire officer's report recommended closure, describing …": a possessive only owns the subject's head noun, which
// comes after it; the participle speaks for the whole phrase, not for the owner the possessive names.
describe('subjects opened by a possessive', () => {
  it('credits a participle after "A fire officer’s report …" to the report, not to "a fire officer’s"', () => {
    const text = 'The hall nearly closed. A fire officer’s report in 2019 recommended closure, describing the stairs as "unsafe" and "badly lit."';
    assert.deepStrictEqual(speakers(text), ['the fire officer’s report', 'the fire officer’s report']);
  });

  it('still credits a plain person phrase before a participle ("The fire officer left, calling …")', () => {
    const text = 'The fire officer left the hall at noon, calling the stairs "a disgrace."';
    assert.deepStrictEqual(speakers(text), ['the fire officer']);
  });
});
