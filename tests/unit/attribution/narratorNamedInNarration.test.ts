import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A narrator may name themselves in the narration ("I may say that Charles Ashdown has never yet run from an aunt"):
// the greeting and the calls beside their turns ("“Charles,” she said.", "I say, Charlie.") then name someone the
// narration tells of, and count together when the table holds both forms for that one person.
describe('a narrator the narration names', () => {
  it('names the narrator by the greeting and the pet name the turns beside theirs call them by', () => {
    const text = [
      'It was on the third morning of the visit that my Aunt Cordelia came down to breakfast with the light of battle in her eye. I had known she would; and I may say that Charles Ashdown has never yet run from an aunt.',
      '“Charles,” she said.',
      '“Morning, Aunt Cordelia,” I said. “Capital eggs.”',
      '“Never mind the eggs. The fete is on Saturday.”',
      'Later Tubby Fane found me in the billiard room, looking, I dare say, hunted.',
      '“I say, Charlie. You look as though you had seen a ghost.”',
      '“Worse. I have seen an aunt,” I said.',
    ].join('\n\n');
    const said = speakers(text);
    // In the fullest form the text writes ("Charles Ashdown has never yet run from an aunt").
    assert.strictEqual(said[1], 'Charles Ashdown');
    assert.strictEqual(said[5], 'Charles Ashdown');
  });
});
