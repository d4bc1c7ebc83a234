import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A title and surname the text has given one bearer stays theirs when another of that surname and gender speaks since.
describe('a titled surname bound once', () => {
  it('keeps "Mrs Dobson" on the one first called so, after her sister-in-law of the same surname has spoken', () => {
    const text = 'Among the mourners were Karen and Luke Dobson. "He laughed at everything," Mrs Dobson said. ' +
      '"He had just learned to clap," said Tess Dobson, the baby’s aunt. Mrs Dobson held a photograph. "This was the beach," she said. ' +
      '"Thank you," Mrs Dobson said.';
    assert.deepStrictEqual(speakers(text), ['Karen Dobson', 'Tess Dobson', 'Karen Dobson', 'Karen Dobson']);
  });

  it('binds the title and surname of a titled full name too ("Mrs Karen Dobson")', () => {
    const text = 'Mrs Karen Dobson, 34, sat at the front. "He laughed at everything," she said. ' +
      '"He had just learned to clap," said Tess Dobson, the baby’s aunt. Mrs Dobson held a photograph. "This was the beach," she said.';
    assert.deepStrictEqual(speakers(text), ['Karen Dobson', 'Tess Dobson', 'Karen Dobson']);
  });

  it('still gives a lone surname with no title to the bearer the sentence before made its subject', () => {
    const text = 'Alan Pike died in the fire. Kyle Pike, 24, said he tried to reach him. "I could not get in," he said. Pike said the door was locked.';
    assert.deepStrictEqual(speakers(text), ['Kyle Pike']);
  });

  it('gives a lone surname in a speech clause, with no he/she to tell, to the bearer the sentence before made its subject', () => {
    const text = 'Callum Reed won the title. "I dreamed about this," Reed said. His father and trainer, Martin Reed, was in tears at ringside. "He did everything we asked," Reed said.';
    assert.deepStrictEqual(speakers(text), ['Callum Reed', 'Martin Reed']);
  });

  it('keeps a titled surname on its one holder though no he/she or speech verb follows it, so a lone surname after goes on with her', () => {
    const text = 'Dr Maud Ellery has led the survey for a decade. Her daughter, Nell Ellery, 22, joined the crew this year. ' +
      '"I had to learn the knots first," Nell Ellery said. ' +
      'The trust published a report last spring, which Dr Ellery co-wrote, warning that the meadows were shrinking across the whole of the county. ' +
      'Ellery was not always so gloomy. "I thought the meadows would outlast us," she says now.';
    assert.deepStrictEqual(speakers(text), ['Nell Ellery', 'Maud Ellery']);
  });

  it('gives a titled surname to the bearer of its gender the text never calls by given name alone', () => {
    const text = 'Police have reopened the inquiry into the death of Amy Ashdown, who vanished in 1991. ' +
      'Her sister, Clare Ashdown, said the family was stunned. Their mother, Rose Ashdown, is now 79. ' +
      'Clare said the news had left their mother in tears. In a statement, Mrs Ashdown said: "I only want to know where she is."';
    assert.deepStrictEqual(speakers(text), ['Rose Ashdown']);
  });

  it('leaves a titled surname to the table when the one bearer never called by given name is of the other gender', () => {
    const text = 'Parents were split. Nia and Gareth Pryor, whose son attends the school, started a petition. Mrs Pryor said it had 400 names. "Nobody asked the children," she said.';
    assert.deepStrictEqual(speakers(text), ['Nia Pryor']);
  });

  it('no longer binds "Mr" and a surname to its first holder once another man of that surname has come in', () => {
    const text = 'Hugh Farrant, 81, opened the new bakery on Saturday. "I was born above the old one," Mr Farrant said. ' +
      'His nephew, Dan Farrant, runs the ovens now. "Uncle Hugh still checks the loaves," his wife said. ' +
      '"I never check them," Mr Farrant said.';
    assert.deepStrictEqual(speakers(text), ['Hugh Farrant', 'his wife', 'Dan Farrant']);
  });

  it('keeps "Mr" and a surname on its holder while he is the only man of that surname', () => {
    const text = 'Hugh Farrant, 81, opened the new bakery on Saturday. His niece, Jo Farrant, runs the ovens now. ' +
      '"He still checks the loaves," she said. "I never check them," Mr Farrant said.';
    assert.deepStrictEqual(speakers(text), ['Jo Farrant', 'Hugh Farrant']);
  });

  it('keeps "Mr" and a surname on its holder when the other man of that surname has a title of his own', () => {
    const text = 'Hugh Farrant, 81, spoke first. "I was born above the old bakery," Mr Farrant said. ' +
      'Cllr Dan Farrant, who chairs the committee, said the plan was sound. "It is a fair offer," he said. ' +
      'Mr Farrant shook his head. "It is not," he said.';
    assert.deepStrictEqual(speakers(text), ['Hugh Farrant', 'Dan Farrant', 'Hugh Farrant']);
  });
});


// "Her granddaughter, Siobhan Mulvaney, … the younger Mulvaney said": when the ties do not rank the whole family, the
// younger or elder is the one of the two the text was just speaking of.
describe('"the younger" of a family the ties do not rank whole', () => {
  it('compares the last two bearers the text spoke of', () => {
    const text = 'Rhoda Pell, who ran the village shop for forty years, has died at 91. Her son, Owen Pell, said she worked until the week she died. ' +
      '"She never took a holiday," he said. Their daughter, Ann Pell, a nurse, said her mother was strict. "We all did our sums," she said.\n' +
      'Pell retired in 1990. She ran the choir for years after.\n' +
      'Her granddaughter, Kit Pell, 19, now runs the post office counter. "Gran checked my sums every night," she said. "Then she checked them again." ' +
      'Did they pass? "Mostly," the younger Pell said.';
    assert.deepStrictEqual(speakers(text), ['Owen Pell', 'Ann Pell', 'Kit Pell', 'Kit Pell', 'Kit Pell']);
  });
});
