import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A compound person noun is written closed or hyphenated alike: "team-mate" is "teammate".
describe('a hyphenated person noun', () => {
  it('heads a partitive speaker ("one of Barra\'s team-mates") whose words go on, not the name owning the group', () => {
    const text = [
      'Ines Barra was suspended on Friday. "I am innocent," Barra said.',
      'One of Barra\'s team-mates, who asked not to be named because players had been told not to speak, said the mood on the team was "grim." "Half of us still don\'t believe it."',
    ].join('\n\n');
    const member = "one of Barra's team-mates";
    assert.deepStrictEqual(speakers(text), ['Ines Barra', member, member]);
  });
});
