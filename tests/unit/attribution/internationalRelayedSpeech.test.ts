import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Speech passed on in international reporting: "was quoted as saying", "told state news agency Y", "Y quoted X as
// saying", "in remarks carried by state television", a readout or a transcript, an interpreter, a televised address,
// a statement posted on Telegram. The speaker is the one whose words they are, not the outlet or the interpreter.
describe('relayed speech of international reporting', () => {
  it('credits the one quoted, not the agency that quoted them', () => {
    const text = [
      'Drovish Defence Minister Anselm Kravic was quoted as saying the drills were "purely defensive."',
      'In the interview, Kravic is quoted as saying that "no one wants a war."',
      '"No one wants a war," Kravic was quoted as saying by Drovpress.',
      'Drovpress quoted Ilona Vekkeri as saying the talks were "at a dead end."',
      'The state broadcaster quoted the foreign minister, Ilona Vekkeri, as saying: "We will not be lectured."',
      'The Vantrian news agency Pressva cited a source in the delegation as saying the deal was "ninety percent done."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anselm Kravic', 'Anselm Kravic', 'Anselm Kravic', 'Ilona Vekkeri', 'Ilona Vekkeri', 'a source in the delegation']);
  });

  it('credits the one quoted when a possessive role and a name in apposition stand between "quoted" and "as saying"', () => {
    const text = 'The state news agency Voskar quoted Drovia’s defence minister, Anselm Kravic, as saying the pact was "a club of debtors."';
    assert.deepStrictEqual(speakers(text), ['Anselm Kravic']);
  });

  it('credits the one who told a news agency, before or after the quotation, by name or he/she', () => {
    const text = [
      'Foreign Minister Ilona Vekkeri told the state news agency Drovpress that the border would "stay open to trade."',
      '"We have nothing to hide," Ilona Vekkeri told state news agency Drovpress on Tuesday.',
      'Anselm Kravic spoke to Drovpress on Monday. "No one wants a war," he told the agency.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri', 'Anselm Kravic']);
  });

  it('credits the speaker of remarks carried by television, a televised address and a post on Telegram or X', () => {
    const text = [
      '"The enemy will regret this," President Tomas Radek said in remarks carried by state television.',
      'In remarks carried by state television, President Tomas Radek said the strikes were "a warning."',
      'In comments broadcast on national radio, Vekkeri called the sanctions "economic war."',
      'State television showed Radek telling his generals: "Finish the job."',
      'President Tomas Radek said in a televised address that the country faced “its hardest winter.”',
      '"This is our hardest winter," Radek said in a televised address on Sunday night.',
      'Governor Piotr Halas said in a statement posted on Telegram that the fire was "under control."',
      '"The fire is under control," Halas said in a statement posted on Telegram.',
      'In a video posted on his Telegram channel, Halas said the city had been hit "from three directions."',
      '"Air defence is working," the regional governor, Piotr Halas, wrote on Telegram.',
      '“We stand with Tessalia,” Foreign Minister Ilona Vekkeri posted on X.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'Tomas Radek', 'Tomas Radek', 'Ilona Vekkeri', 'Tomas Radek', 'Tomas Radek', 'Tomas Radek', 'Piotr Halas', 'Piotr Halas', 'Piotr Halas', 'Piotr Halas', 'Ilona Vekkeri',
    ]);
  });

  it('credits a readout to the ministry giving it, or to the presidency releasing it', () => {
    const text = [
      'In a readout of the call, the Tessalian foreign ministry said both leaders "agreed to keep talking."',
      'A readout of the call released by the presidency said the two men had discussed "the grain corridor and prisoners."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the Tessalian foreign ministry', 'the presidency']);
  });

  it('credits words given by a transcript to the one the transcript has speaking', () => {
    const text = [
      'According to a transcript released by the Kremlav, Radek told his counterpart: "You know my position."',
      '"You know my position," Radek told his counterpart, according to a transcript released by his office.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Radek', 'Radek']);
  });

  it('credits the one speaking through an interpreter', () => {
    const text = [
      '"We came here in good faith," Vekkeri said, speaking through an interpreter.',
      'Speaking through an interpreter, Vekkeri said: "We came here in good faith."',
      '"They hurt them more than us," Radek said through an interpreter.',
      'Ilona Vekkeri answered questions through an interpreter. "We came here in good faith," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri', 'Radek', 'Ilona Vekkeri']);
  });

  it('credits the one interpreted when the interpreter is the subject: "his interpreter said", "Radek’s interpreter said"', () => {
    const text = [
      'Tomas Radek answered in Drovish. "We will see," his interpreter said.',
      'Ilona Vekkeri nodded. "Perhaps," said Aurel Damsa’s interpreter.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tomas Radek', 'Aurel Damsa']);
  });

  it('credits "the interpreter" no one was named as to the one the narration is about', () => {
    const text = 'Asked about the sanctions, Tomas Radek shrugged and spoke at length. "They hurt them more than us," the interpreter said.';
    assert.deepStrictEqual(speakers(text), ['Tomas Radek']);
  });

  it('keeps a named interpreter who speaks for herself', () => {
    const text = 'The interpreter, Anna Berg, had worked for three presidents. "It is tiring work," the interpreter said.';
    assert.deepStrictEqual(speakers(text), ['Anna Berg']);
  });
});
