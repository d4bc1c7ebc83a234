import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A statement speaks for its issuer: the one whose "its" owns it, the name that "said in a statement", or the body an
// "In a statement, it said" refers to, also when "the statement said" comes a paragraph later.
describe('statements credited to their issuers', () => {
  it('credits "its statement said" to the body the its refers to', () => {
    const text = 'Dunmore Foods turned down the offer from Kell Brands on Friday. Dunmore also said it would appeal to the regulator. ' +
      '"The deal would leave shoppers with less choice," its statement said.';
    assert.deepStrictEqual(speakers(text), ['Dunmore Foods']);
  });

  it('credits "its March statement saying" to the sentence\'s body, past a modifier', () => {
    const text = 'The Reserve Bank of Tavia kept its rate at 4%. The bank said growth was "fragile," and it repeated a line from its March statement saying cuts were "not yet on the table."';
    assert.deepStrictEqual(speakers(text), ['the Reserve Bank of Tavia', 'the Reserve Bank of Tavia']);
  });

  it('credits a later "the statement said" to the name that said in a statement, initials or in apposition', () => {
    const text = [
      'Inspectors from the Office for Coastal Safety (OCS) arrived on Monday. The OCS said in a statement that it would send more staff.',
      '',
      '"We are ready to do more," the statement said.',
      '',
      'The head of Linden Park School, Grace Ouma, said in a statement that the school would reopen. "We thank every parent," the statement said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the Office for Coastal Safety', 'Grace Ouma']);
  });

  it('credits "the statement said" a paragraph after "In a statement, it said" to the body the it refers to', () => {
    const text = 'The Harbour Authority answered its critics. In a statement, it said warnings went out "as soon as we knew."\n\n' +
      '"We will look carefully at what happened," the statement said.';
    assert.deepStrictEqual(speakers(text), ['the Harbour Authority', 'the Harbour Authority']);
  });

  it('credits an affidavit, a sworn statement, to the one who signed it, and a report still to itself', () => {
    const text = 'Leon Varga, the only witness, later moved away. Varga, now 51, signed a sworn affidavit withdrawing his evidence.\n\n' +
      '"I never saw the driver\'s face," the affidavit reads.\n\nThe coroner wrote a report. "The road was unlit," the report adds.';
    assert.deepStrictEqual(speakers(text), ['Leon Varga', 'the report']);
  });

  it('credits "the statement said" to the subject after "In a statement on Tuesday,", not the day that ends the phrase', () => {
    const text = 'The council met on Monday.\n\nIn a statement on Tuesday, a council spokesman, Piet Noordam, said the vote had been "properly held."\n\n' +
      '"We welcome scrutiny of every decision," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Piet Noordam', 'Piet Noordam']);
  });

  it('credits it to the titled name set off after an owner\'s role, not the owner', () => {
    const text = 'The inquest opened on Monday.\n\nIn a written statement read to the court, Harlow General\'s chief nurse, Dr Maeve Corrigan, said staffing had since improved.\n\n' +
      '"We are deeply sorry for what happened," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Maeve Corrigan']);
  });

  it('credits it to the subject, not a name in its relative clause, before "said in a statement"', () => {
    const text = 'The strike ended on Friday.\n\nThe health board that runs St. Aidan\'s said in a statement that it had kept patients safe. ' +
      '"We will rebook every appointment," the statement said.';
    assert.deepStrictEqual(speakers(text), ['the health board']);
  });

  it('credits "the same statement" to the issuer of the one brought in many sentences before', () => {
    const text = 'The ambulance service said in a statement that crews had "responded within target." The family disputes that. ' +
      'They waited two hours. Nobody called back. The hearing resumes next week.\n\n' +
      'HOST: The same statement says that "every call was triaged correctly." What do you make of that?';
    assert.deepStrictEqual(speakers(text), ['the ambulance service', 'the ambulance service']);
  });

  it('credits "the statement said" to an unnamed person who gave it, as the text describes them', () => {
    const text = 'The council met on Monday.\n\nIn a statement, a council spokesman said the vote had been properly held.\n\n' +
      '"We welcome scrutiny of every decision," the statement said.';
    assert.deepStrictEqual(speakers(text), ['a council spokesman']);
  });

  it('credits "the statement said" to the subject after a participle\'s phrase that follows the opening one', () => {
    const text = 'Ruth Okafor ran the works until 2022.\n\nIn her written statement to the inquiry, published on Friday, Ms Okafor said the pumps were old. ' +
      'That choice, the statement said, was "made above my head".';
    assert.deepStrictEqual(speakers(text), ['Ruth Okafor']);
  });
});
