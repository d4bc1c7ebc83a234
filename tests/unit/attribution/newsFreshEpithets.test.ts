import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News calls the person it has just written about by an epithet no one was given, a role, a nationality or an age:
// "Mabel Orr, 84, …, who said …. “…,” said the widow". It is the sentence before's subject, past a team qualifying
// the name and past a clause opening the sentence.
describe('news epithets for the one just named', () => {
  it('takes "the great-grandmother" after "Name, age, of Place, who said" for that woman, not the one quoted before', () => {
    const text = [
      'Joan Marsh, managing director of Tanner Buses, said punctuality was the best in a decade.',
      '“For years our drivers sat in the same queue,” she said. “Now the bus turns up.”',
      '“If the lane goes, we are back where we started.”',
      'Among those in the gallery was Mabel Orr, 84, of Tanner Lane, who said she used the lane “every day”.',
      '“I don’t drive,” said the great-grandmother. “Nobody asked us.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-2), ['Mabel Orr', 'Mabel Orr']);
  });

  it('takes "the Chilean" for the coach a team name qualifies, not the team', () => {
    const text = [
      'Harrowby Town came from behind to beat Castlemoor City 3-2 in the final.',
      'Castlemoor looked safe until captain Piotr Nowak was sent off, the Polish defender pulling down a forward.',
      '“It is the worst day of my life,” said Nowak.',
      'Castlemoor head coach Marco Ruiz refused to blame fatigue, despite his side having played extra time.',
      '“We lost because we stopped running,” said the Chilean. “That is on me.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Piotr Nowak', 'Marco Ruiz', 'Marco Ruiz']);
  });

  it('takes "the 47-year-old" for the subject after an opening "Asked if …," clause naming someone else', () => {
    const text = [
      'Linfield manager Tom Greaves faced awkward questions at his press conference.',
      'Asked if Okafor would start on Saturday, Greaves sighed: “I don’t know. Honestly, I don’t.”',
      '“I pick players who want to play.”',
      'Pressed on whether the striker was fit, the 47-year-old added: “You would have to ask him.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['Tom Greaves']);
  });
});
