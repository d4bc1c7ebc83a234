import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

const nestedSpeakers = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

// A he/she who speaks inside someone else's quotation is someone other than its speaker: the one of that gender the
// speaker has just named, in these words or the part of them an attribution split off; failing anyone near, the one a
// profile or an obituary is about.
describe('a he/she speaking inside a quotation', () => {
  it('is the one of that gender the speaker has just named, in the part before the attribution', () => {
    const text = [
      'Marta Quill ran the bakery on Mill Row for thirty years. Jonas Pell delivered the flour.',
      'Pell remembers the winter of the blizzard. "Marta handing out bread to the whole street at dawn," he says. "She said, \'Well, it will not keep, will it?\'"',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Marta Quill']]);
  });

  it('is the one named in the same words before it, not the speaker nor someone the paragraph names', () => {
    const text = [
      'Lena Sorel founded the choir in 1990, and she still conducts it. Hana Vick joined it later.',
      'Hana Vick sings alto. "When Lena heard me she laughed, and then she said, \'You will do,\'" Vick said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Lena Sorel']]);
  });

  it('is the one the narration names just before the quotation, whose sex the text never showed', () => {
    const text = [
      'Orvane Rail cancelled 400 trains on Friday. Chief executive Dana Kilbride said the fault had been found. Union leader Tom Hardy said he was angry.',
      'Minister Ruth Okoye said she had spoken to Kilbride by phone. "He told me, \'Every ticket will be refunded,\' and I expect that," Okoye said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Dana Kilbride']]);
  });

  it('is the "him" before a participle ("I remember him telling me"), as a he would be', () => {
    const text = [
      'Colin Pell spoke about his father, Amos Pell, a miller who worked the same wheel for forty years.',
      '"My dad never missed a day," Pell said. "I remember him telling me, when I was small, \'The river does not wait,\'" he said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Amos Pell']]);
  });

  it('is the one an obituary is about when nobody near is of that gender', () => {
    const text = [
      'Edwin Carrow, the blacksmith who shod every horse in the valley for half a century, has died. He was 90.',
      'Carrow was born in 1934 and left school at 13. Carrow worked the forge until he was 85.',
      'Paul Denby, a farrier, trained under him in the 1970s. "I burnt the first shoe I made. He looked at it and said, \'Again,\'" Denby said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Edwin Carrow']]);
  });

  it('is not the one its own clause names ("she held Poppy up and said"), but the one the text is about', () => {
    const text = [
      'Wendy Marsh, the midwife who has delivered 4,000 babies in Hexley, retired on Friday. She was 66.',
      'Marsh trained in Leeds. Marsh has worked at the hospital since 1984.',
      'Jo Reed, whose daughter Poppy was born last week, was her last patient. "She was calm all night. Then she held Poppy up and said, \'There you are,\'" Reed said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Wendy Marsh']]);
  });

  it('is the "guy" or "bloke" the speaker brought in, in the part before the attribution', () => {
    const text = 'Workers at the depot heard the news on Monday.\n\n"We all stood in the canteen, and a guy from head office read a statement," said Dev Malik, a forklift driver. "Then he said, \'Any questions?\' and nobody spoke."\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'a guy']]);
    assert.deepStrictEqual(nestedSpeakers(text.replace('a guy', 'a bloke')).slice(-1), [[1, 'a bloke']]);
  });

  it('is the relative the sentence before brought up, past an age ("her 8-year-old daughter")', () => {
    const text = 'Rosa Kendal teaches at the primary school. When she got back that night, she said, her 8-year-old daughter was sitting on the stairs. "She had heard it on the radio. She asked me, \'Is the school closing?\' I had no answer," Kendal said.\n';
    assert.deepStrictEqual(nestedSpeakers(text), [[0, 'Rosa Kendal'], [1, 'her daughter']]);
  });

  it('is the speaker’s relative a "whose" brought up in the paragraph the quotation opens after', () => {
    const text = 'Maureen Tate, whose son has spent two years on the ward at Eastbrook, said he had rung her on Sunday.\n\n"He said to me, \'Mum, they have forgotten us in here.\' I could not sleep," she said.\n';
    assert.deepStrictEqual(nestedSpeakers(text), [[0, 'Maureen Tate'], [1, 'her son']]);
  });

  it('is the relative a possessive person noun owns in the sentence before ("the girl’s father"), so named', () => {
    const text = 'Firefighters were called to Alder Close at 2am.\n\nTwo neighbours, Sam Okafor and Lena Ruiz, carried the girl’s father out through the back garden. "He kept shouting, \'Where is my dog?\'" Okafor said.\n';
    assert.deepStrictEqual(nestedSpeakers(text), [[0, 'Sam Okafor'], [1, 'the girl’s father']]);
  });

  it('leaves it to no one when the text is about no one in particular', () => {
    const text = [
      'Residents of Fenby met on Tuesday to discuss the bypass. Ruth Amis chaired the meeting; Paul Denby spoke against the plan.',
      'Denby said the council had ignored them. "I wrote to the planning office and he said, \'We will be in touch,\'" Denby said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, null]]);
  });

  it('is one the speaker names whom the narration never named, when the given name is of that sex', () => {
    const text = [
      'Ivo Marsh sat by the stove. Ruth Dale came in out of the rain and stood with her back to the door.',
      '"I waited at the bridge an hour. Teddy came up the lane at last and he said, \'The cart has gone over,\' and ran on," she said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).slice(-1), [[1, 'Teddy']]);
  });

  it('is not one the speaker names in the possessive, nor one whose given name is of the other sex', () => {
    const text = [
      'Ivo Marsh sat by the stove. Ruth Dale came in out of the rain and stood with her back to the door.',
      '"I waited at the bridge an hour with Margaret. Teddy\'s cart came up the lane at last and he said, \'It has gone over,\' and ran on," she said.',
    ].join('\n\n') + '\n';
    const [[, speaker]] = nestedSpeakers(text).slice(-1);
    assert.ok(speaker !== 'Margaret' && speaker !== "Teddy's" && speaker !== 'Teddy', String(speaker));
  });
});

// "“The young woman at the desk was kind to me,” Mr. Ebbs said. “She told me, ‘…’”": a he/she no one named goes back to
// the one the same speaker's words just before made their subject, as the words describe them.
describe('a he/she inside a quotation split off by its attribution', () => {
  it('is the described subject of the part before the attribution, adjectives and all', () => {
    const text = 'Arthur Ebbs, 81, rang the council on Monday. "The young woman at the desk was kind to me," Mr. Ebbs said. "She told me, \'Sir, you are not the only one.\' I felt better," he said.\n';
    assert.deepStrictEqual(nestedSpeakers(text), [[0, 'Arthur Ebbs'], [0, 'Arthur Ebbs'], [1, 'The young woman at the desk']]);
  });
});
