import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A transcript's labels stand for the people the text around it introduces in full.
const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => q.attribution.speaker);

describe('transcript labels', () => {
  it('reads a label that is the name the text says someone goes by as that person', () => {
    const text = [
      'The band’s accordion player, Wilbert Ostrander, known to everyone as Bertie, is 61. Their singer is Nell Quaye.',
      'We asked each of them for the best night of the tour.',
      'NELL: Stirling, when the van died.',
      'BERTIE: Every night is the best night.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Nell Quaye', 'Wilbert Ostrander']);
  });

  it('reads initials as the one person they are the initials of, and a role as the one introduced in it', () => {
    const text = [
      'Morwenna Tregarth has coached the county side for a decade. She talked about the final with presenter Idris Vell.',
      'PRESENTER: Was it the best day of your career?',
      'MT: Probably. I cried on the bus.',
      'PRESENTER: And the worst?',
      'MT: The semi-final, two years ago.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Idris Vell', 'Morwenna Tregarth', 'Idris Vell', 'Morwenna Tregarth']);
  });

  it('keeps initials two people share as they are written', () => {
    const text = [
      'Morwenna Tregarth and Madoc Tull run the ferry between them.',
      'MT: We never agree.',
      'MADOC: We agree on the tide.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Mt', 'Madoc Tull']);
  });

  it('gives the questions of a news conference no interviewer asks to "a reporter"', () => {
    const text = [
      'Police Chief Ansel Brook said on Tuesday that the search would go on. An edited portion of the news conference follows.',
      'Q: Chief, is anyone a suspect?',
      'BROOK: No. Nobody is a suspect.',
      'Q: What would you say to her?',
      'BROOK: Come home.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['a reporter', 'Ansel Brook', 'a reporter', 'Ansel Brook']);
  });

  it('describes the askers as the narration does: "questions from journalists" are a journalist\'s', () => {
    const text = [
      'The minister, Hedda Voss, took questions from journalists after the vote.',
      'Q: Will you resign?',
      'A: No.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['a journalist', 'Hedda Voss']);
  });

  it('gives the questions of a profile its writer tells ("we talked") to that "I", to the byline\'s name when it has one', () => {
    const intro = 'Hedda Voss is early. We meet in a bar by the harbour, and over two coffees we talk about gulls.';
    const turns = ['Q: Why gulls?', 'A: They never ask me anything.'];
    assert.deepStrictEqual(speakersOf([intro, ...turns].join('\n\n')), ['I', 'Hedda Voss']);
    assert.deepStrictEqual(speakersOf(['By Tomas Reile', intro, ...turns].join('\n\n')), ['Tomas Reile', 'Hedda Voss']);
  });

  it('gives the questions of a third-person piece naming no interviewer to "the interviewer", the answers\' "I" no writer', () => {
    const text = [
      'Hedda Voss has run the harbour for twenty years and retires this month.',
      'Q: What will you miss?',
      'A: My gulls. I will miss my gulls and I will miss my boats.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['the interviewer', 'Hedda Voss']);
  });

  it('names the interviewer an "Interview by" line gives, not a reporter', () => {
    const text = [
      'Hedda Voss has run the harbour for twenty years and retires this month. Interview by Tomas Reile.',
      'Q: What will you miss?',
      'A: The gulls. Nothing else.',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text), ['Tomas Reile', 'Hedda Voss']);
  });

  it('credits words a turn quotes after "you said the bridge was" to the one it speaks to, after "I told …:" to its speaker', () => {
    const text = [
      'Hedda Voss, the transport minister, was interviewed by presenter Idris Vell.',
      'PRESENTER (Idris Vell): Last year you said the bridge was "safe for a century." Is it?',
      'VOSS: It is. And I will say what I told the engineers at the depot in May: "Nobody cuts a corner on my bridge."',
    ].join('\n\n');
    const quoted = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.openMark !== '');
    assert.deepStrictEqual(quoted.map((q) => q.attribution.speaker), ['Hedda Voss', 'Hedda Voss']);
  });

  it('credits words a turn picks up from an earlier turn, even a whole sentence, to the one who said them', () => {
    const text = [
      'Hedda Voss, the transport minister, was interviewed by presenter Idris Vell.',
      'VELL: Will you fund the bridge?',
      'VOSS: We are not against it in principle. We need the figures.',
      'VELL: I\'ll take “not against it in principle.” When will you have them?',
    ].join('\n\n');
    const quoted = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.openMark !== '');
    assert.deepStrictEqual(quoted.map((q) => q.attribution.speaker), ['Hedda Voss']);
  });

  it('reads an emergency call\'s CALLER as the one the call was from, even where someone\'s own words say so', () => {
    const text = [
      'The body was found by a neighbour, Mrs. Ottoline Farrant, who rang at once.',
      '“This is the 999 call from Mrs. Farrant, cut down,” the analyst said.',
      'HANDLER: What is the address of your emergency?',
      'CALLER: Twelve Wren Road. She is on the floor.',
      'HANDLER: Is she breathing?',
      'CALLER: I don\'t know.',
    ].join('\n\n');
    const turns = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.openMark === '');
    assert.deepStrictEqual(turns.map((q) => q.attribution.speaker), ['Handler', 'Ottoline Farrant', 'Handler', 'Ottoline Farrant']);
  });

  it('names a caller the narration never brings up as the fullest name anyone\'s words give them', () => {
    const text = [
      '“She was found by her neighbour, Mrs. Ottoline Farrant. This is the 999 from Mrs. Farrant,” the analyst said.',
      'HANDLER: What is the address of your emergency?',
      'CALLER: Twelve Wren Road.',
    ].join('\n\n');
    const turns = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.openMark === '');
    assert.deepStrictEqual(turns.map((q) => q.attribution.speaker), ['Handler', 'Ottoline Farrant']);
  });
});

