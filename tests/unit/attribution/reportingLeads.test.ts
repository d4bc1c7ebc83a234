import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "The trainer said the horse had never been better at home. “…”": a quotation with no clause, right after a sentence
// whose described subject reports speech, is that subject's, read as its clause would be.
describe('a quotation after a described subject reporting speech', () => {
  const opening = 'The mare was trained by Rosa Lind at Fallow Cross. "She was the best I had," Lind said outside the weighing room.';

  it('credits the description, read as the one just named', () => {
    const text = [opening, 'The trainer said the mare had been in great form at home. "She had never been better. That is what hurts."'].join('\n\n');
    const got = attributions(text);
    assert.strictEqual(got[1].speaker, 'Rosa Lind');
    assert.strictEqual(got[1].mention?.text, 'The trainer');
  });

  it('credits a description no one holds as written', () => {
    const text = 'The ferry sailed at noon. The harbourmaster said the crossing had been calm. "There were no delays."';
    assert.strictEqual(attributions(text)[0].speaker, 'the harbourmaster');
  });

  it('leaves a quotation whose sentence before reports nothing to the narration', () => {
    const text = [opening, 'The trainer walked back to the stables alone. "She had never been better."'].join('\n\n');
    assert.notStrictEqual(attributions(text)[1].mention?.text, 'The trainer');
  });
});

// "Ellery said she had hung up. ¶ “They were very nice when I got through.”": news goes on with the one reported.
describe('a paragraph of quotation alone after a paragraph reporting speech', () => {
  const opening = [
    'Customers of Harlow Energy waited hours on the phone after the outage, and the firm\'s chief, Nadia Perrin, apologised. "We let people down," Perrin said.',
    'Joan Ridley, 81, from Castleford, said the lights had gone out during her tea.',
    '"I was frightened," she said. "I could not find the torch."',
  ];

  it('is the one whose words the paragraph before reported, in a text cued as news', () => {
    const text = [...opening, 'Ridley said she had rung the helpline and waited two hours to speak to anyone.', '"They were polite in the end. But two hours, at my age, in the dark."'].join('\n\n');
    assert.strictEqual(attributions(text)[3].speaker, 'Joan Ridley');
  });

  it('is no one it names when the paragraph before reports nothing', () => {
    const text = [...opening, 'Ridley rang the helpline and waited two hours to speak to anyone.', '"They were polite in the end. But two hours, at my age, in the dark."'].join('\n\n');
    assert.notStrictEqual(attributions(text)[3].mention?.text, 'Ridley');
  });
});
