import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The name of a first-person narrator: the turns of those talking with them give it, or the narration does.
describe('a first-person narrator\'s name', () => {
  it('is the one others call them by in any of its forms, once beside a turn of theirs', () => {
    const text = [
      'I was twelve that winter, and I spent most of it in the kitchen at Hawley, where I was not wanted.',
      '"Nobody is to touch the dresser," I said.',
      '"I shall touch what I like in my own kitchen, Miss Tansy," said Mrs. Cobb.',
      'My uncle came in from the yard with snow on his boots and looked at the pair of us.',
      '"Tansy, you have your detecting face on. What have you found?" said Mr. Hale.',
      '"Nothing yet," I said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Miss Tansy', 'Mrs. Cobb', 'Mr. Hale', 'Miss Tansy']);
  });

  it('is the one another tells them is theirs', () => {
    const text = [
      'I had never met her, though my mother had written about her often, and I knew her at once.',
      '"You must be Mrs. Vane," I said.',
      '"And you\'re Imogen. Did she tell you about me?" said Mrs. Vane.',
      '"Not exactly," I said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Imogen', 'Mrs. Vane', 'Imogen']);
  });

  it('is the name the narration says they were christened', () => {
    const text = [
      'I thought of my mother, who had christened me Bartholomew and never called me anything but Bat.',
      '"Aye aye, sir," I said, and ran forward along the gangway.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Bartholomew']);
  });

  it('is the name the narration says they are ("I am Rosamund Tate.")', () => {
    const text = [
      'The lamp in the hall had gone out again. I am Rosamund Tate, and I am the only one at Fernleigh who is not afraid of the dark.',
      '"Only the wick," I said, and trimmed it.',
      '"You would say that," said Bertie from the stairs.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rosamund Tate', 'Bertie']);
  });

  it('is no one the narration says they are to another, nor a nationality ("I am Bertie\'s sister", "I am Welsh.")', () => {
    const text = [
      'I am Bertie\'s sister, though he would rather I were not. I am Welsh. I am twelve and I am always cold.',
      '"Only the wick," I said, and trimmed it.',
      '"You would say that," said Bertie from the stairs.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['I', 'Bertie']);
  });

  it('is a surname the turn beside theirs calls them by at a clause\'s end (", Quennell."), however rare the word', () => {
    const text = [
      'I brought the morning papers up to the study at nine, as I had every day that week.',
      '"Nothing from the Yard," I said.',
      '"There is nothing in any of these, Quennell," said Mr. Crane, and threw them down.',
      'He went to the window and stood there a long while.',
      'The fog had not lifted since Tuesday.',
      'The clock on the landing struck the quarter.',
      '"Quennell, my coat," said Mr. Crane at last.',
      'I fetched it from the hall.',
      'He put it on without a word.',
      'We went down together.',
      '"Where to?" I asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Quennell', 'Mr. Crane', 'Mr. Crane', 'Quennell']);
  });

  it('is the name they sign', () => {
    const text = [
      'On Sundays I drove out to the home with the paper, because my father had always read it on Sundays.',
      'I signed the visitors\' book—Anselm Okafor, 2:10, son—and went through to the sunroom.',
      '"Was he cheating?" I asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Anselm Okafor']);
  });

  it('is never the name of someone the narration makes their relative', () => {
    const text = [
      'My uncle Ezra died in 1987, in Leeds. My father never spoke of him, and I never asked.',
      '"Ezra," my father said when I came in. "Ezra, you came."',
      '"It\'s me, Dad," I said.',
      '"Sit down, Ezra. You are always rushing."',
      '"I\'m sitting," I said.',
    ].join('\n\n');
    assert.ok(!speakers(text).includes('Ezra'));
    assert.strictEqual(speakers(text)[2], 'I');
  });

  it('is the given name the turn beside theirs calls them by once, when the narration tells of no one so named', () => {
    const text = [
      'I was ten that winter, and I had been sent to my aunt at Gateshead, where I was not wanted.',
      '"I do not like to be asked questions," I said.',
      '"Harriet, I don\'t like cavillers or questioners," said Mrs. Reed.',
      'I went back to my window seat and my book.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Harriet', 'Mrs. Reed']);
  });

  it('is the name the narration says they were given, in the passive or with "my name\'s"', () => {
    const named = ['I was named Hal after my grandfather, and I never liked it.', '"Aye aye, sir," I said.'].join('\n\n');
    const introduced = ['My name\'s Nell Briggs, and I have kept this shop for thirty years.', '"Morning," I said.'].join('\n\n');
    assert.deepStrictEqual([...speakers(named), ...speakers(introduced)], ['Hal', 'Nell Briggs']);
  });

  it('is the name in full a stranger tells their company is theirs, when it spells out the one they are called by', () => {
    const text = [
      'Rob had booked the corner table, which is how I knew. I arrived early and ordered a gin.',
      'He kissed my cheek and sat down. “You look well, Meg.”',
      '“So do you,” I said.',
      '“I read the manuscript.”',
      '“All of it?”',
      '“All of it, Meg. Twice.”',
      '“And?”',
      'A woman at the next table leaned across with her hand on her heart. “I’m so sorry to interrupt. And you’re Megan Ford! I loved your last book.”',
      '“Thank you,” said Rob, for both of us.',
      '“Meg, don’t do this here.”',
      '“Do what?”',
    ].join('\n\n');
    const said = speakers(text);
    // The narrator is one person under the full name, and the call "Meg" makes no second one who takes her turns.
    assert.deepStrictEqual([said[1], said[3], said[5], said[9]], ['Megan Ford', 'Megan Ford', 'Megan Ford', 'Megan Ford']);
    assert.ok(!said.includes('Meg'));
  });

  it('is the name others call them by even when a he/she of the narration was read to it', () => {
    const text = [
      'I had been staring at the same unpaid bill for an hour when Dolly put her head round the door.',
      '“There’s a woman to see you, Ned. She looks worried.”',
      '“Send her in,” I said.',
      'She came in past the glass that said NED ASHBY, INQUIRIES and sat down with her bag on her knees. “Mr. Ashby? They told me you find people.”',
      '“Sometimes,” I said.',
      'The bar on Cole Street was empty at four except for a barman with a face like a shut umbrella.',
      '“We’re closed.”',
      '“I’m not drinking. I’m looking for the piano player.”',
      '“So is the boss.” He set the glass down. “Nobody has seen him since Monday.”',
      '“Anybody ask for him?”',
      '“Only you.” He went back to polishing.',
    ].join('\n\n');
    const said = speakers(text);
    // "I said" and the turns after the calls are the narrator's, Ned Ashby; the barman's "He" turns are not.
    assert.deepStrictEqual([said[1], said[3], said[5], said[8]], ['Ned Ashby', 'Ned Ashby', 'Ned Ashby', 'Ned Ashby']);
    assert.ok(!said.includes('I'));
    assert.notStrictEqual(said[9], 'Ned Ashby');
  });

  it('is never a country the narrator says they are ("I’m Switzerland.": neutral)', () => {
    const text = [
      'The lake was frozen but not frozen enough, and I sat at the wheel of my mother\'s car looking at it while I waited.',
      '“It’s going to hold,” Rory says.',
      '“You can’t tell by looking.”',
      '“Back me up,” he says.',
      '“I’m not backing anybody up. I’m the driver. I’m Switzerland.”',
      '“Switzerland would walk on the ice.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rory', 'I', 'Rory', 'I', 'Rory']);
  });
});
