import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Marrow Creek Health Partners … Marrow Creek said": an organisation named in full once, then by its first words, is
// one speaker in full; "The county council said" is the County Council the text named.
describe('organisations by their short names', () => {
  it('names the organisation in full when a clause gives its first words', () => {
    const text = 'Dr Ian Roe ran the finances of Larch Vale Care Partners until 2022. ' +
      'Larch Vale, which runs two hospitals, said the losses had been "badly understated".';
    assert.deepStrictEqual(speakers(text), ['Larch Vale Care Partners']);
  });

  it('keeps a person whose name opens a firm’s', () => {
    const text = 'Mr Peter Hale founded Peter Hale Holdings in 1990. Peter Hale said the sale was "the right time".';
    assert.deepStrictEqual(speakers(text), ['Peter Hale']);
  });

  it('takes "the county council" for the County Council named before', () => {
    const text = 'Greenway asked Dunford County Council to pay for the route and was refused. ' +
      'The county council, run by a coalition, said its budget was "fully committed".';
    assert.deepStrictEqual(speakers(text), ['Dunford County Council']);
  });

  it('does not take "the parish council" for a County Council', () => {
    const text = 'Greenway asked Dunford County Council to pay for the route and was refused. ' +
      'The parish council said the decision was "short-sighted".';
    assert.deepStrictEqual(speakers(text), ['the parish council']);
  });
});

// "Hollinsford District Council’s planning committee approved …" and, many sentences on, "The council said": the one
// council the text named, however far back; none when it named two.
describe('a body named long before', () => {
  const filler = Array.from({ length: 24 }, (_, i) => `Residents met again on day ${i + 1}.`).join(' ');

  it('takes "the council" for the only council the text named', () => {
    const text = `The plan was approved by Marlow Vale District Council’s planning committee. ${filler} The council said refusal could cost it "a quarter of a million pounds".`;
    assert.deepStrictEqual(speakers(text), ['Marlow Vale District Council']);
  });

  it('leaves "the council" as written when the text named two councils', () => {
    const text = `The plan was approved by Marlow Vale District Council. Ashby County Council objected. ${filler} The council said refusal could cost it "a quarter of a million pounds".`;
    assert.deepStrictEqual(speakers(text), ['the council']);
  });
});
