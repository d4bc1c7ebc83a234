import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

describe('an uncued turn after one no one was found for', () => {
  it('is whoever spoke the turn before that: the two alternate all the same', () => {
    const text = [
      'The river was high that spring, which was the whole point.',
      '"It will hold," Jonah Pike says. He leans on the rail and spits into the brown water. "Look at it."',
      '"You cannot tell by looking."',
      '"I can."',
      '"Nobody can."',
      '"I just did."',
    ].join('\n\n');
    const found = speakers(text);
    assert.deepStrictEqual([found[3], found[5]], ['Jonah Pike', 'Jonah Pike']);
  });

  it('is not guessed in news, where a paragraph of quotation alone goes on with the speaker before it', () => {
    const text = [
      'Harold Finch, trumpeter who made a seaside dance hall famous, dies at 90',
      'Harold Finch, the trumpeter whose records filled a seaside dance hall, died on Monday at his home in Porthallow. He was 90.',
      'His daughter, Ada Finch, said the cause was heart failure. "He played until the last month," she said. "The trumpet was by the bed."',
      'Born in 1936 to a miner and a seamstress, Finch taught himself on a borrowed cornet. He told a local paper in 1980 that the colliery band had been "the only school I could afford."',
      '"My father let me play in the shed after his shift," he said in the same interview. "The neighbours did not mind, or said they did not."',
      'In 1960 he joined the house band at the Winter Gardens, alongside the pianist Walter Quayle, who would play beside him for 30 years.',
      '"Harold never played a phrase the same way twice," said Quayle, now 87. "You listened to him the way you listen to the sea."',
      'Their son, Peter Finch, a drummer, toured with his father through the 1990s. "He was a hard bandleader and a soft father," Peter Finch said. "On stage he glared. Off it, he bought you chips."',
      'His sister remembered it differently. "Peter got the chips," Ada Finch said, laughing. "I got the scales."',
      '"Every morning at seven, four octaves, both hands. He shouted corrections from the kitchen."',
      '"I hated it at the time. I am grateful now."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-2), ['Ada Finch', 'Ada Finch']);
  });
});
