import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News leaves a quotation uncued only when its speaker is plain: a paragraph of quotation alone after `"…," Vekkeri
// said.` goes on with Vekkeri. Fiction, which leaves many turns uncued, alternates speakers there instead.
describe('a quotation paragraph after one closed by its clause', () => {
  it('goes on with the speaker in a text that cues its turns as news does', () => {
    const text = [
      'Famine has taken hold in the east of the country, a report said on Monday.',
      'Ilona Vekkeri, who runs the relief agency\'s office, said convoys were held at checkpoints.',
      '"If the convoys move this week, we can reach them," Vekkeri said.',
      '"If they do not, I do not want to think about January."',
      'The government rejected the report. "There is no famine," said Corentin Vasseur, a spokesman.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri', 'Corentin Vasseur']);
  });

  it('does not carry a speaker on through a conversation left uncued', () => {
    const text = [
      'Clara stood at the window.',
      '"The carriage is late," said Clara.',
      '"It always is."',
      '"Then we shall walk."',
      '"In this rain."',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Clara');
  });
});
