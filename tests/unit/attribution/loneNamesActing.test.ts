import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A lone capitalised word no one introduced is a person when it acts as a subject. Past tenses not ending in -ed count
// ("Dusty paid generous tribute"), a compound adjective in apposition ("Dusty, the good-natured,") describes someone
// rather than naming a thing, and a nationality acting ("The wounded Mexican sank") stays what someone is.
describe('lone names acting as subjects', () => {
  it('gives a quotation and the he after it to a nickname shown acting with an irregular past', () => {
    const text = [
      'Cal and Slim rode ahead. Even Dusty, the good-natured, had a curl of his lip.',
      '',
      '“It is plumb wicked to ride around with all that silver,” Cal began.',
      '',
      '“He looks like a pair of trays,” Slim stated solemnly.',
      '',
      '“Oh, it sure is a swell rig!” Dusty paid generous tribute. “Only his horse looks like a cook in silk.” He sighed.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Cal', 'Slim', 'Dusty', 'Dusty']);
  });

  it('takes no nationality for a name', () => {
    const text = [
      'Harlan Voss stood over the body with the knife in his hand. The wounded Mexican sank to his knees.',
      '',
      '“That stone will have its vengeance,” he said.',
    ].join('\n');
    assert.notStrictEqual(speakers(text)[0], 'Mexican');
  });
});
