import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// Features hold long stretches of one speaker and scenes with several people: a he/she cue goes to the person the text
// is about there, not to whoever a conversation's alternation or a passing object would give it to.
describe('he and she in features', () => {
  it('keeps a he/she turn on the one a paragraph of narration quoting only a phrase names', () => {
    const text = [
      'The pilot, Captain Tom Reid, told the inquiry he had checked the engine "twice that morning."',
      '',
      '"Nothing was wrong with it," he said.',
      '',
      '"I knew there had been problems," Reid said.',
      '',
      '"And you flew anyway?" Mark Ellis asked.',
      '',
      '"I was told it had been fixed."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(0, 3), ['Tom Reid', 'Tom Reid', 'Tom Reid']);
  });

  it('takes the subject of the sentence before, not a her in a clause of a subject of its own', () => {
    const text = [
      'The singer Clara Dunn died on Monday. “I never stopped,” she once said.',
      '',
      'The critic Ruth Hale, now 80, still recalls the evening she first saw her. “I was sent to review another act,” she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Clara Dunn', 'Ruth Hale']);
  });

  it('reads a full name with a nickname quoted inside it as one person', () => {
    const text = [
      'Margaret “Peggy” Orr, the fiddler, died on Sunday. Her death was announced by her son, the drummer Tom Orr.',
      '',
      'Orr was born in 1931 above a bakery. “I played before I could read,” she told a radio station in 1980.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Margaret Orr']);
  });

  it('takes a name in apposition to a role the firm owns for a person, whom a he after refers to', () => {
    const text = [
      'Chief executive Dan Webb opened the show. “We are ready,” Webb said.',
      '',
      'Yuri Kovan, the company’s co-founder, showed off the tablet. The 34-year-old said the chip was new. “Your notes never leave it,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dan Webb', 'Yuri Kovan']);
  });

  it('knows the gender of given names from beyond the English-speaking world', () => {
    const text = 'Dragan Petric met Ingrid Solberg on Monday. Petric chairs the board. “It went well,” she said. “She listened,” he said.';
    assert.deepStrictEqual(speakers(text), ['Ingrid Solberg', 'Dragan Petric']);
  });

  it('reads the gender of a given name after a title the text writes as part of the name', () => {
    const text = 'Grandmaster Peter Sorin met Ana Ruiz in the final. “It was a fine game,” she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Ruiz']);
  });

  it('gives a titled surname a couple shares to the one known to have its gender', () => {
    const text = [
      'Lars and Maren Holt moved her father into the home in 2021. Mrs Holt said she had complained six times.',
      '',
      '“Nobody listened,” she said. Her husband said the family would move him. “He deserves better,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maren Holt', 'Lars Holt']);
  });

  it('takes the subject of the sentence before for a he/she after phrases opening its sentence', () => {
    const text = [
      'The chief engineer, Sam Cole, had raised the fault in writing. In an email to Norvik Ferries managers six weeks before the crash, read to the court, he wrote: “The response is getting worse.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sam Cole']);
  });

  it('reads a name opening on a word the text writes as a common noun as a thing, which takes no she', () => {
    const text = 'Maeve Doyle wrote the album in a flat with a kitchen too small to stand in. Its best song is Kitchen Light, written in a month, and she still finds it hard to sing. “He taught me my first chords,” she says.';
    assert.deepStrictEqual(speakers(text), ['Maeve Doyle']);
  });

  it('takes the subject of the sentence before for a he/she right after a short phrase opening its sentence', () => {
    const text = [
      'School board member Ann Cole said the books should go. She had read nine of them herself.',
      'The head librarian, Emily Ward, told the board that every title had been bought under a policy the board adopted in 2019. In 14 years, she said, she had received “exactly two complaints.”',
    ].join(' ');
    assert.deepStrictEqual(speakers(text), ['Emily Ward']);
  });

  it('goes on with the speaker of the turn before a paragraph of narration that goes on about her', () => {
    const text = [
      '“We will not close the border,” said the interior minister, Petra Lund.',
      '',
      '“They burned the houses first,” Mina Farahani said through an interpreter.',
      '',
      'Her husband, Karim, stayed behind to look after his parents. She said she had not heard from him since Sunday.',
      '',
      '“Every time a phone rings, I think it is him,” she said.',
      '',
      '“Sometimes I sleep by the door,” she added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Petra Lund', 'Mina Farahani', 'Mina Farahani', 'Mina Farahani']);
  });

  it('goes on with that speaker across narration when the he/she verb carries on', () => {
    const text = [
      '“We were slow,” said coach Ellen Ward.',
      '',
      '“I closed my eyes and hoped,” Rosa Lind said.',
      '',
      'The 34-year-old, who has said this will be her last season, was mobbed by supporters at the final whistle.',
      '',
      '“I heard the noise and I knew,” she added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ellen Ward', 'Rosa Lind', 'Rosa Lind']);
  });

  it('reads a speech clause whose name has a long appositive, so the he after it goes on with that speaker', () => {
    const text = [
      'Opposition leader Viktor Stan said the bank had "set the house on fire."',
      '',
      'Investors were unconvinced. "Thirty percent buys them time," Jonas Weller, chief emerging markets economist at Halden Bank in London, told Reuters.',
      '',
      '"Markets will test them on Monday," he said.',
    ].join('\n');
    const found = attributions(text);
    assert.deepStrictEqual(found.map((a) => a.speaker), ['Viktor Stan', 'Jonas Weller', 'Jonas Weller']);
    assert.strictEqual(found[1].cue, 'told');
  });

  it('gives the paragraph answering a question for the hearer’s name to the name it gives', () => {
    const text = [
      'The paramedic, Jo Hart, kneels by the bed. “Let’s have a look at you. What’s your name?” Hart asks.',
      '',
      '“Dennis,” the man says. “It’s only indigestion.”',
      '',
      '“Can you tell me your name?” Sam Reid asks a young man on the steps.',
      '',
      '“Owen,” he says. “Am I going to hospital?”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Jo Hart', 'Dennis', 'Dennis', 'Sam Reid', 'Owen', 'Owen']);
  });

  it('leaves a name given in answer to a question for someone else’s name to the rules before', () => {
    const text = ['“He has taken the house,” said Mrs Bell.', '', '“What is his name?” asked Mr Bell.', '', '“Bingham,” said Mrs Bell.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mrs Bell', 'Mr Bell', 'Mrs Bell']);
  });

  it('gives a he/she cue to the person a “his/her name is” right after it names', () => {
    const text = [
      '“I married her for her baklava,” Karim Aziz says from the doorway.',
      '',
      'Some regulars were not pleased. One of them, a retired bus driver who has eaten here every Friday since 1983, puts it simply.',
      '',
      '“The new dishes are very good,” he says. “I don’t eat them.”',
      '',
      'His name is Frank Lowe, and he orders the same soup every week.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Karim Aziz', 'Frank Lowe', 'Frank Lowe']);
  });

  it('learns a gender from a his right after a full name of no known gender, so a she after it is someone else', () => {
    const text = [
      'Maeve Dunne formed the band with a school friend, the guitarist Sam Okafor.',
      '',
      'In 2024, Okafor filmed his friend singing in her mother’s kitchen and posted it online. “I didn’t ask her,” Okafor admits. She did not speak to him for three days.',
      '',
      '“I was raging,” she says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sam Okafor', 'Maeve Dunne']);
  });

  it('reads a role after a prefix of rank, a modifier before a role, and a he/she after a clause that named its speaker', () => {
    const text = [
      'The vice-chancellor, Professor Ann Boyd, said the problem was "unprecedented."',
      '',
      'Student union president Aisha Khan said the union would support any student treated unfairly. "We are not the enemy," she said.',
      '',
      '"We got this badly wrong for a long time." That admission came from the vice-chancellor herself, who said the university had relied too heavily on essays.',
      '',
      '"A bought essay is original," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ann Boyd', 'Aisha Khan', 'Ann Boyd', 'Ann Boyd']);
  });
});
