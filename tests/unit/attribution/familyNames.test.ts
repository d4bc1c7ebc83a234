import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// News tells one family's members apart by kin words and by whom the sentence before was about, not by name.
describe('members of one family in news', () => {
  it('does not take a man\'s wife for "his daughter"', () => {
    const text = [
      'Ruth Calder, 66, a potter, and Fiona Calder, 34, a glassblower, share a studio in Leith.',
      "Ruth Calder's husband, the sculptor Fergus Calder, died in 2015. His daughter said she still used his tools.",
      '"They fit my hands," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Fiona Calder']);
  });

  it('gives a bare surname after a relative\'s quotation to that relative, not to the dead man it named first', () => {
    const text = [
      'Daniel Pike, 19, drowned in the quarry on Sunday. Pike had been swimming with friends.',
      'His brother, Kyle Pike, 24, said he had tried to reach him. "I could see his hand," he said.',
      'Pike said the family would campaign for fences. "Nobody should die like that," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Kyle Pike', 'Kyle Pike']);
  });

  it('gives a she after a relative the text never names to that relative, not to the widow named before', () => {
    const text = [
      'Tom Reyes was jailed for six years for killing Paul Adeyemi.',
      "Adeyemi's widow, Grace Adeyemi, said the sentence was too short. His daughter was less forgiving. \"He should never come out,\" she said.",
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['his daughter']);
  });

  it('gives a surname in a speech clause to the bearer last mentioned, by a pronoun too, not to the dead son', () => {
    const text = [
      'Lewis Brandt, 29, died at the port in February. Brandt had worked there for six years.',
      'His father, Derek Brandt, and his mother, Pauline, sat together at the back of the court.',
      "Derek Brandt's wife, Pauline, held his hand as the manager gave evidence. \"We heard a lot of sorry,\" she said.",
      'Brandt said the family would seek legal advice. "Our son raised the alarm," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Pauline', 'Derek Brandt']);
  });

  it('reads a nickname quoted inside a name as part of it: "Dorothy “Dot” Holm" is one person, not her son\'s surname', () => {
    const text = [
      'Dorothy “Dot” Holm, the cellist, has died at 90. Her death was announced by her son, the pianist Peter Holm.',
      'Holm was born in 1935 above a bakery. “I practised in the flour store,” she told an interviewer in 1980.',
    ].join('\n');
    const credited = attributions(text).filter((a) => a.mention).map((a) => a.speaker);
    assert.deepStrictEqual(credited, ['Dorothy Holm']);
  });
});
