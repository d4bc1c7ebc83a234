import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A couple written with one surname ("Peder and Agnete Holmgren") is two people of that surname.
describe('couples sharing a surname', () => {
  it('learns the first of "Peder and Agnete Holmgren", so "her husband" and the he after it are him', () => {
    const text = [
      "Peder and Agnete Holmgren moved Agnete's father, Sigurd Lie, into the home in 2021.",
      'Mrs Holmgren said she had complained six times. "Nobody listened," she said.',
      'Her husband said the family was looking elsewhere. "Sigurd deserves better," he said.',
    ].join('\n');
    // Agnete is a woman's name, Peder no name the engine knows: she is Agnete; her husband is the one named first.
    assert.deepStrictEqual(speakers(text), ['Agnete Holmgren', 'Peder Holmgren']);
  });

  it('tells Mr from Mrs in "Mr and Mrs Walsh"', () => {
    const text = 'Mr and Mrs Walsh run the bakery. Mrs Walsh starts at four. "I love it," she said. "I do not," said Mr Walsh.';
    assert.deepStrictEqual(speakers(text), ['Mrs Walsh', 'Mr Walsh']);
  });

  it('keeps "Mrs Tudor" apart from a couple neither of whose names says its gender, and finds her husband', () => {
    const text = [
      'Parents were divided. Kesri and Aulan Tudor, whose twins attend Moor Lane, launched a petition.',
      'Mrs Tudor said it had gathered 600 signatures. "Nobody asked the children," she said.',
      'Her husband disagreed. "They counted the houses," he said.',
    ].join('\n');
    const [wife, husband] = speakers(text);
    assert.strictEqual(wife, 'Mrs Tudor');
    assert.strictEqual(husband, 'Kesri Tudor');
  });

  it('takes "Mrs Tudor" for the one of the couple whose given name is a woman\'s', () => {
    const text = 'Bethan and Emrys Tudor launched a petition.\nMrs Tudor said it had 600 names. "Nobody asked the children," she said.';
    assert.deepStrictEqual(speakers(text), ['Bethan Tudor']);
  });

  it('makes a couple husband and wife, so "her husband" is the other of them and not a son of that surname', () => {
    const text = [
      'Rory Brennan scored twice for the Hawks and his younger brother, Liam Brennan, once for the Owls.',
      '"He will hear about it at Christmas," Rory Brennan said.',
      'Their parents, Maura and Declan Brennan, sat in the front row. "We cheered every goal," Maura Brennan said.',
      '"Even the ones against us," her husband added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rory Brennan', 'Maura Brennan', 'Declan Brennan']);
  });

  it('does not marry a pair the text calls children: "Her children, Tom and Ann Reece" makes "her brother" Tom', () => {
    const text = [
      'Joan Reece, 70, runs the farm. Her children, Tom and Ann Reece, help at harvest.',
      '"They work harder than I did," Joan Reece said. "Not by much," Ann Reece said. "She is right," her brother said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Joan Reece', 'Ann Reece', 'Tom Reece']);
  });
});
