import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { embeddedTurns, plainTextView } from '../../../server/src/engine/formats/embeddedTurns';

// An exchange printed inside a prose article: its labelled lines are turns, the rest stays prose.
const ARTICLE = [
  'The health secretary, Oriel Vantongeren, was pressed on waiting lists in a radio interview on Monday.',
  'Junior doctors walked out for the third time this year. "We are exhausted," said union rep Dilys Caddick.',
  'Vantongeren was interviewed by presenter Maeve Arkwright. Part of the exchange follows.',
  'HOST (Maeve Arkwright): Last winter you said, "Nobody will wait more than a year." Are they waiting?',
  'VANTONGEREN: Fewer than before. I said then, "It will take two winters," and it will.',
  'ARKWRIGHT: Patients in Dunmore say otherwise.',
  'Caddick was unimpressed. "Two winters is a long time on a trolley," she said.',
].join('\n');

describe('transcript turns inside a prose article', () => {
  it('reads each labelled line as a turn of its speaker, the name in brackets standing for the label', () => {
    const view = plainTextView(ARTICLE);
    assert.deepStrictEqual(view.utterances.map((u) => [u.speaker, ARTICLE.slice(u.span.start, u.span.start + 12)]), [
      ['Maeve Arkwright', 'Last winter '],
      ['VANTONGEREN', 'Fewer than b'],
      ['ARKWRIGHT', 'Patients in '],
    ]);
    // The labels are masked, so the narration reads no name or colon there; offsets are unchanged.
    assert.strictEqual(view.text.length, ARTICLE.length);
    assert.ok(!view.text.includes('HOST (Maeve Arkwright):') && !view.text.includes('VANTONGEREN:'));
  });

  it('credits the turns, "you said" to the one addressed and "I said" to the turn\'s speaker', () => {
    const { quotations } = analyzeDocument(ARTICLE, 'plaintext');
    const got = quotations.map((q) => [ARTICLE.slice(q.inner.start, q.inner.start + 14), q.attribution.speaker]);
    assert.deepStrictEqual(got, [
      ['We are exhaust', 'Dilys Caddick'],
      ['Last winter yo', 'Maeve Arkwright'],
      ['Nobody will wa', 'Oriel Vantongeren'],
      ['Fewer than bef', 'Oriel Vantongeren'],
      ['It will take t', 'Oriel Vantongeren'],
      ['Patients in Du', 'Maeve Arkwright'],
      ['Two winters is', 'Dilys Caddick'],
    ]);
  });

  it('needs two labelled lines in a row with two speakers: a lone "NOTE:" line or a capitalised "Update:" is prose', () => {
    assert.deepStrictEqual(embeddedTurns('The road is shut.\nNOTE: This story was updated.\nThe council said so.'), []);
    assert.deepStrictEqual(embeddedTurns('Update: the road is open.\nCorrection: it was Tuesday.\n'), []);
    assert.deepStrictEqual(embeddedTurns('QUIST: Yes.\nQUIST: And again yes.\n'), []);
    assert.strictEqual(embeddedTurns('Intro.\nQUIST: Yes.\n\nLUNDE: No.\nOutro.').length, 2);
  });

  it('reads a label that names the firm after a comma ("GREGORY HALE, BANK OF MERRIDEW:"), never prose with a comma', () => {
    const text = [
      'The company published part of the call. One analyst pressed the finance chief.',
      'GREG HALLAM, BANK OF MERRIVALE: Is the guidance cut about timing?',
      'YASMIN ABAD: Primarily timing.',
      'Well, then: the shares fell.',
    ].join('\n');
    assert.deepStrictEqual(plainTextView(text).utterances.map((u) => u.speaker), ['GREG HALLAM', 'YASMIN ABAD']);
  });

  it('reads a briefing\'s "QUESTION (Name, Outlet):" as a turn of the named reporter, the outlet left out', () => {
    const text = [
      'The spokeswoman took questions after a short statement.',
      'QUESTION (Ines Varga, Nordwire): Was the envoy warned?',
      'MS TALLBERG: He was told twice.',
      'QUESTION (Ola Brand, Radio Vest International): When does he leave?',
      'A note (added later): the envoy left on Friday.',
    ].join('\n');
    assert.deepStrictEqual(plainTextView(text).utterances.map((u) => u.speaker), ['Ines Varga', 'MS TALLBERG', 'Ola Brand']);
  });

  it('reads "Mr Lyle:" and "Ms Farouk:", a title and a surname, as the labels of an exchange at an inquiry', () => {
    const text = [
      'The inquiry heard from Tomas Brennick, the former operations director, on Tuesday.',
      'Counsel to the inquiry, Aoife Kerrigan, asked him about the alarm.',
      'Ms Kerrigan: Did you see the alarm that night?',
      'Mr Brennick: I did not, no.',
      'Ms Kerrigan: Who did?',
      'Mr Brennick: The night engineer.',
    ].join('\n\n');
    const { quotations } = analyzeDocument(text, 'plaintext');
    assert.deepStrictEqual(quotations.map((q) => q.attribution.speaker), ['Aoife Kerrigan', 'Tomas Brennick', 'Aoife Kerrigan', 'Tomas Brennick']);
  });

  it('takes no single "Mr Brennick: …" line in prose for an exchange', () => {
    const text = 'Mr Brennick: a profile of the man who ran the plant.\n\nHe retired in May.';
    assert.strictEqual(analyzeDocument(text, 'plaintext').quotations.length, 0);
  });
});
