import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the older X" / "the younger X" among relatives of one surname is told apart by the ties the text stated, even when
// the other one was the subject of the sentence just before.
describe('shared surnames compared by age', () => {
  it('gives "The older Ashby" to the father once his son has spoken last', () => {
    const text = [
      'Tom Ashby, 70, who grows potatoes near Thetford, lost most of his crop.',
      'His son Dan Ashby, 38, said the farm had paid its premiums for years. "We got nothing back," he said.',
      'The older Ashby said he would sell the land. "I am too tired to start again," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dan Ashby', 'Tom Ashby']);
  });

  it('gives "the younger Ashby" to the son after his father has spoken', () => {
    const text = [
      'Tom Ashby, 70, who grows potatoes near Thetford, lost most of his crop.',
      'His son Dan Ashby, 38, works beside him. "I have never seen a summer like it," Tom Ashby said.',
      'The younger Ashby said he would stay. "Someone has to keep the farm going," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Ashby', 'Dan Ashby']);
  });

  it('tells brothers apart by the ages the text gave when no tie says which is elder', () => {
    const text = [
      'Sean Doyle, 19, scored twice on his debut for Carrick Town on Saturday.',
      'His brother, Niall Doyle, 23, who plays in defence, set up the first. "He has waited years for this," Niall Doyle said.',
      'The younger Doyle was more modest. "I just had to put it in," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Niall Doyle', 'Sean Doyle']);
  });
});
