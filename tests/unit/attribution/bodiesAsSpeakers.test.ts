import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { speakers } from '../../helpers/attributionText';

// Documents, organisations and unnamed officials speak in news too: their quotations are theirs, named as the text
// first gives them.
describe('documents, organisations and unnamed people as speakers', () => {
  it('credits a document or a body the clause makes the subject, and "it" the one the sentence before is about', () => {
    const text = [
      'The audit, ordered by the Velmont Water Board in May, runs to ninety pages. It described the pumping logs as "patchy at best."',
      'The report concluded that "the failures were foreseeable."',
      'The tenants\' union said in a statement that the audit was "long overdue."',
      'Outside the depot, a sign on the gate reads "No entry without a permit."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the audit', 'the report', "the tenants' union", 'the sign']);
  });

  it('reads a document noun that is also a verb inside the phrase ("The inspection report found")', () => {
    assert.deepStrictEqual(speakers('The inspection report found staff "stretched beyond what is safe" at night.'), ['the inspection report']);
  });

  it('credits words someone unnamed is quoted as saying inside a quotation to "someone", and where they are from', () => {
    const text = 'Residents were blunt. "Every spring someone from the trust would ring and say, \'It is on the list,\' and nothing happened," said Moira Tennant.\n' +
      'Her neighbour agreed. "Someone would always call and say, \'We are recruiting,\' and then hang up," said Aileen Rourke.';
    const nested = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth === 1).map((q) => q.attribution.speaker);
    assert.deepStrictEqual(nested, ['someone from the trust', 'Someone']);
  });

  it('credits no one for a passive verb: what was called or found did not speak', () => {
    const text = 'The council met on Tuesday. Its plan was called "the least we owe the families." The wall was later found "unsafe to enter."';
    assert.deepStrictEqual(speakers(text), [null, null]);
  });

  it('credits "the statement" to whoever issued it', () => {
    const text = 'Orrin Haulage, which ran the depot, issued a statement on Monday. The statement said the firm had "acted within the law."';
    assert.deepStrictEqual(speakers(text), ['Orrin Haulage']);
  });

  it('names an unnamed person as first described, also when later called "the official" or "she"', () => {
    const text = [
      'One official at the depot said the alarms had been switched off. "Nobody wanted the noise," the official said.',
      'A spokesman for the transport ministry said the case was under review. "We take this seriously," the spokesman said.',
      'Mira Koenig, a tenant, was angry. A council spokeswoman said repairs would begin soon. "We have the funds," she said.',
      'An engineer from the Velmont Water Board inspected the pumps and found them "barely working."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), [
      'one official at the depot', 'a spokesman for the transport ministry', 'a council spokeswoman', 'an engineer from the Velmont Water Board',
    ]);
  });

  it('keeps a named person named: a description with a name in apposition, and one shown by what sets him apart', () => {
    const text = [
      'One tenant, Ilse Marwood, said she had waited a year. "Nobody answered," she said.',
      'A man in overalls started up the pumps. "That is better," said the man.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilse Marwood', 'a man in overalls']);
  });

  it('credits "a spokesman for the department" rather than the department, before or after the quotation', () => {
    const text = 'A spokesman for the department said: "We are reviewing the case."\n"We will appeal," a spokeswoman for the Ostberg council said.';
    assert.deepStrictEqual(speakers(text), ['a spokesman for the department', 'a spokeswoman for the Ostberg council']);
  });

  it('reads an all-capitals dateline as a place, not the subject', () => {
    assert.deepStrictEqual(speakers('VELMONT — An independent review has found that the pumps were "never maintained."'), ['the independent review']);
  });

  it('leaves a he/she to the named person when no unnamed one was brought in by a speech verb', () => {
    const text = 'Mira Koenig led the tenants. A council van arrived later. "We will not move," she said.';
    assert.deepStrictEqual(speakers(text), ['Mira Koenig']);
  });

  it('takes a body\'s definite phrase for the organisation the sentences before named ("The agency said")', () => {
    const text = [
      'According to the United Nations Office for the Coordination of Humanitarian Affairs, 45,000 people are homeless. The agency said in a statement that the situation was "dire."',
      'Pacific Ridge Power, the utility that serves the area, said one line failed. The company said it was "co-operating fully."',
      'Ashcombe Borough Council met on Tuesday. Harbour Freight, a haulier, objected. The council said the plan was "sound."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the United Nations Office for the Coordination of Humanitarian Affairs', 'Pacific Ridge Power', 'Ashcombe Borough Council']);
  });

  it('reads a speech verb after a possessive as a noun, and an owner in the possessive as no subject ("said Volkan\'s remarks were “…”")', () => {
    const text = 'Andrei Volkan spoke on Monday. The government rejected the accusation. In a statement, the Dorvanian foreign ministry said Volkan\'s remarks were "irresponsible and unfounded."';
    assert.deepStrictEqual(speakers(text), ['the Dorvanian foreign ministry']);
  });

  it("gives a quotation that borrowed a speaker from another sentence to its own sentence's named body, never a bare one", () => {
    const text = [
      '"We are all guessing," the diplomat said. The UN secretary-general\'s office said it was alarmed and urged both sides to "exercise maximum restraint."',
      'Cycling UK said in a statement that the sentence was "a step in the right direction." The charity said too many drivers were charged with lesser offences, and that it would "keep fighting for every rider."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the diplomat', "the UN secretary-general's office", 'Cycling UK', 'Cycling UK']);
  });

  it('takes a name "which" describes for a body ("Wendle Water, which serves 900,000 homes,")', () => {
    const text = 'The Environment Agency is looking into it. Wendle Water, which serves 900,000 homes, said it did not recognise the figures. In a statement, the company said: "Our monitors are audited."';
    assert.deepStrictEqual(speakers(text), ['Wendle Water']);
  });

  it('credits a body its own sentence names after an opening phrase over the narration around ("In a statement on Monday, the family said:")', () => {
    const text = 'Neighbours gathered in silence outside the house.\n\nIn a statement released through Kingsmere Police on Monday, the family said: "Pat was the heart of our family."';
    assert.deepStrictEqual(speakers(text), ['the family']);
  });

  it('credits a document to itself, also when "by" names its author, and one brought in by "a"', () => {
    const text = [
      'The engineer left. A review by the River Authority, published last month, found that the bank had been "overtopped rather than breached".',
      'A report found the plan "unaffordable".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the review', 'the report']);
  });

  it('credits a body named just before its verb inside the sentence ("what the university called “…”")', () => {
    const text = 'More than 300 students at Halton University are under investigation after staff uncovered what the university called "organised and commercial cheating".';
    assert.deepStrictEqual(speakers(text), ['Halton University']);
  });

  it('credits a review to itself, not to the critic it is "by" nor to who commissioned it', () => {
    const text = [
      'The changes have brought new customers. A review in the Midland Courier last spring, by its restaurant critic Harriet Vane, called the cooking "fearless".',
      'The review, commissioned by the Harbour Trust and published on Thursday, found the records "incomplete".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the review', 'the review']);
  });
});
