import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The man", "the woman": the plainest words for someone the text has not named. As the subject of the sentence
// before a he/she, such a bare definite description is a person of the people table, so the pronoun goes to them
// rather than to the last man the text named; a description with more to it ("the old man"), or one a named person
// was given as a role, is left to the rules for those.
describe('a bare definite "the man" as an unnamed person', () => {
  it('credits a he cue to "the man" the sentence before is about, not to the man named earlier', () => {
    const text = [
      'Tobias Wren lay in the straw, half awake, while the cart rolled on.',
      '"He bit me twice," the man said, wrapping his hand.',
      'In a shed behind the tavern, the man told the story again for himself.',
      '"Nobody pays me enough for this," he grumbled.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the man', 'the man']);
  });

  it('leaves "the old man" right after a named man to the named man', () => {
    const text = [
      'At eight o\'clock Elias Thorne came to see me, and I engaged him on the spot.',
      'The old man thanked me gravely and took up his hat.',
      '"I will be here at six," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Elias Thorne']);
  });

  it('leaves "the man" the text made a named person\'s role to that person', () => {
    const text = [
      'Corwin Hale, the man from the bank, stood by the gate.',
      'The man looked at his watch.',
      '"We are late," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Corwin Hale']);
  });
});

// A role phrase in a conversation that answers a turn of someone the text only describes is another unnamed party,
// not a named person the narration mentioned before the conversation began.
describe('a role phrase answering a described speaker', () => {
  it('keeps "the innkeeper" rather than the named man the narration mentioned earlier', () => {
    const text = [
      'The man lunged at the rope, but Tobias Wren was too quick for him.',
      '"Wild as a wolf," the man said.',
      'In the yard of the inn, the man spoke at length about his wages.',
      '"Fifty is all I get for it," he grumbled.',
      'His hand was wrapped in a rag.',
      '"And what did the other fellow get?" the innkeeper asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the man', 'the man', 'the innkeeper']);
  });

  it('still reads a role phrase as the named person the turn beside it calls by name', () => {
    const text = [
      'The surgeon bent over the bed.',
      '"Is she sleeping, Mrs. Pole?" the surgeon asked.',
      '"Like a lamb, sir," the nurse answered.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the surgeon', 'Mrs. Pole']);
  });
});

// A paragraph whose narration leads into its quotation by a sentence opening on a description no one holds ("The
// captain wiped his mouth. “…”") is that description's, not the last man the text named.
describe('a description leading into a quotation in its own paragraph', () => {
  it('credits the description the sentence before the quotation opens on', () => {
    const text = [
      'Dr. Lydgate closed his bag and went down to the parlour.',
      'The captain took a long pull at the rum and wiped his mouth. "Fetch me another glass, boy."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the captain']);
  });

  it('leaves it to the named person the text gave that role, or one named after the description', () => {
    const held = [
      'Captain Joss Hardy, the captain of the brig, came ashore at noon.',
      'The captain took a long pull at the rum and wiped his mouth. "Fetch me another glass, boy."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(held), ['Joss Hardy']);
    const namedAfter = [
      'Dr. Lydgate closed his bag and went down to the parlour.',
      'The captain pushed the bottle across to Dr. Lydgate, who drank. "Fetch me another glass, boy."',
    ].join('\n\n');
    assert.notDeepStrictEqual(speakers(namedAfter), ['the captain']);
  });
});

// The narration leading into an uncued turn is about the one its last clause opens on: "…, and the postman tramped up
// the steps." then "'Morning, Mrs Quill!'" is the postman's.
describe('a description opening the last clause of the narration before a turn', () => {
  it('credits the description after ", and"', () => {
    const text = [
      'Mrs Quill sealed her letter and set it on the table.',
      'The gate clicked somewhere below the garden, and the postman tramped up the path to the door.',
      '"Morning, Mrs Quill! A heavy bag for you today."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the postman']);
  });

  it('leaves the turn to a person named after that clause opens', () => {
    const text = [
      'Mrs Quill sealed her letter and set it on the table.',
      'The gate clicked somewhere below the garden, and the postman waved as Tom Farrant came up the path.',
      '"Morning, Mrs Quill! A heavy bag for you today."',
    ].join('\n\n');
    assert.notDeepStrictEqual(speakers(text), ['the postman']);
  });
});
