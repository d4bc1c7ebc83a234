import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The titles and names of international reporting: a title before the name, the role or "Mr."/"Ms." on second
// reference, a spokesman named after whose he is, names with particles ("al-", "bin", "van der", "de la") and
// hyphens, and a wire dateline in capitals that names a place, not a speaker.
describe('titles and names of international reporting', () => {
  it('credits the role or a title with the surname, on second reference, to the one named first', () => {
    const text = [
      'Foreign Minister Ilona Vekkeri arrived late. "We are here to listen," the foreign minister said.',
      'Tomas Radek, the Drovish president, spoke first. "Nobody wants this," Mr. Radek said.',
      'Aurel Damsa met Radek on Friday. "We disagreed," the Tessalian leader said. "Nobody wants this," Ms. Vekkeri said.',
      'The talks were led by Corentin Vasseur, the Tessalian envoy. "We are close," the envoy said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Tomas Radek', 'Aurel Damsa', 'Ilona Vekkeri', 'Corentin Vasseur']);
  });

  it('credits "the ambassador" to the one named after "ambassador to the United Nations" or "envoy to Tessalia"', () => {
    const text = [
      'Drovia\'s ambassador to the United Nations, Halvard Sten, walked out. "This is a farce," the ambassador told reporters.',
      'The special envoy to Tessalia, Nadia Petrel, stayed. "We keep talking," the envoy said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Halvard Sten', 'Nadia Petrel']);
  });

  it('credits an age on second reference to the one just named', () => {
    const text = 'Halvard Sten has served in Pellavar since 2019. "I have seen worse," the 58-year-old said.';
    assert.deepStrictEqual(speakers(text), ['Halvard Sten']);
  });

  it('credits the spokesman named after whose he is, not the president, before or after the quotation', () => {
    const text = [
      'President Tomas Radek\'s spokesman, Dmitar Bolek, said the claims were "absurd." "There is nothing to discuss," the spokesman said.',
      '"The claims are absurd," President Aurel Damsa\'s spokeswoman, Nadia Petrel, told reporters.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dmitar Bolek', 'Dmitar Bolek', 'Nadia Petrel']);
  });

  it('reads a name with particles as one name, in full and on second reference', () => {
    const text = [
      'Foreign Minister Faisal al-Qadiri said the proposal was "a good start." "We need more," al-Qadiri added.',
      '"The kingdom will mediate," said Prince Khalid bin Rashid al-Nuaimi.',
      '"We are ready to host," mediator Pieter van der Wal said. Van der Wal added that talks could begin "within days."',
      'Ambassador María de la Fuente said the vote was "historic." "It took ten years," de la Fuente said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'Faisal al-Qadiri', 'Faisal al-Qadiri', 'Khalid bin Rashid al-Nuaimi', 'Pieter van der Wal', 'Pieter van der Wal', 'María de la Fuente', 'María de la Fuente',
    ]);
  });

  it('keeps a particle that is an English noun a noun after an article', () => {
    const text = 'Tom Rees loaded the van Tuesday. "It is full," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Rees']);
  });

  it('reads a hyphenated name of several parts as one name', () => {
    const text = 'Prime Minister Jean-Baptiste Okonkwo-Mensah said the deal was "a turning point." "Now we build," Okonkwo-Mensah said.';
    assert.deepStrictEqual(speakers(text), ['Jean-Baptiste Okonkwo-Mensah', 'Jean-Baptiste Okonkwo-Mensah']);
  });

  it('reads a wire dateline in capitals as a place, not a speaker', () => {
    const text = [
      'PELLAVAR, Drovia (AP) — Drovia\'s president, Tomas Radek, said Monday that his country would "never surrender" the region.',
      'KESTRIN, Sept 12 (Reuters) - "This cannot go unanswered," Foreign Minister Ilona Vekkeri said on Tuesday.',
      'OSTRAVEN (AFP) - Tessalian Prime Minister Aurel Damsa on Friday called the strikes "a crime." "We will respond," Damsa said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tomas Radek', 'Ilona Vekkeri', 'Aurel Damsa', 'Aurel Damsa']);
  });
});
