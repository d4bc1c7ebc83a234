import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A kin noun closing its sentence, then a full name of the owner's surname opening the next paragraph, is the
// relative the noun spoke of: "her daughter" later is that one, and so is the she after it.
describe('a relative named at the next paragraph\'s opening', () => {
  it('makes the daughter named in full at the next paragraph\'s start the one "her daughter" means later', () => {
    const text = [
      'When the potter Ellen Marsh finished her largest piece, in 2020, she showed it to one person before the gallery: her daughter.',
      'Jess Marsh, 29, has made two short documentaries. Her new film, about her mother\'s kiln, opens on Friday. The two women talked in Ellen Marsh\'s studio last week.',
      '"I told her she could film anything except the glazes," Marsh said. "She filmed the glazes."',
      'Her daughter shrugged. "I filmed them from a long way off," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ellen Marsh', 'Ellen Marsh', 'Jess Marsh']);
  });
});
