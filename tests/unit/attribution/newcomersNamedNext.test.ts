import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A description may be named in the next sentence ("said a cashier. Marta Novak, who has worked there …, said"), but
// not by a name that carries an office of its own as a title, which brings in someone else, nor when the description's
// aside says the source is kept unnamed ("who was not authorised to speak publicly").
describe('a description and the name the next paragraph opens on', () => {
  const later = 'Orrish Interior Minister Pavel Strand, who has made the crossings his main issue, told state television that the rescue ships "bring more boats."';

  it('keeps a description apart from a name given its own office as a title', () => {
    const text = 'A harbour police officer in Velsport told Reuters that the first report had been "wrong by miles."\n\n' + later;
    assert.deepStrictEqual(speakers(text), ['a harbour police officer in Velsport', 'Pavel Strand']);
  });

  it('keeps a source not authorised to speak publicly unnamed', () => {
    const text = 'A harbour police officer, who was not authorised to speak publicly, told Reuters that the first report had been "wrong by miles."\n\n' +
      'Pavel Strand, who has made the crossings his main issue, told state television that the rescue ships "bring more boats."';
    assert.deepStrictEqual(speakers(text), ['a harbour police officer', 'Pavel Strand']);
  });

  it('still names a description by the plain name that opens the next sentence', () => {
    const text = '"We queue from six," said a cashier at the booth. Marta Novak, who has worked there for 11 years, said the wait was "worse than ever."';
    assert.deepStrictEqual(speakers(text), ['Marta Novak', 'Marta Novak']);
  });
});
