import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { plainTextView } from '../../../server/src/engine/formats/embeddedTurns';
import { messageLogs } from '../../../server/src/engine/formats/messageLogs';

// A chat or a text thread printed in a story: each "handle: message" line of a log is a turn of the handle's owner.
const CHAT = [
  'Tomasz Wren had not slept. At six his phone lit up on the pillow.',
  '',
  'kasia.b: are u awake',
  '',
  'kasia.b: the bakery is on fire',
  '',
  'tom_w 🔥: WHAT',
  '',
  'Kasia Bielska had been his neighbour for nine years. He pulled on his boots.',
  '',
  'kasia.b: come now',
  '',
  '“I’m coming,” Tomasz said to the empty room.',
].join('\n');

const spoken = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [text.slice(q.inner.start, q.inner.end), q.attribution.speaker]);

describe('message logs in plain text', () => {
  it('reads each message of a log as its own turn, by the person its handle\'s letters open the name of', () => {
    assert.deepStrictEqual(spoken(CHAT), [
      ['are u awake', 'Kasia Bielska'],
      ['the bakery is on fire', 'Kasia Bielska'],
      ['WHAT', 'Tomasz Wren'],
      // A handle the log has shown is a sender on a line of its own too.
      ['come now', 'Kasia Bielska'],
      ['I’m coming,', 'Tomasz Wren'],
    ]);
  });

  it('masks the handles and keeps the offsets', () => {
    const view = plainTextView(CHAT);
    assert.strictEqual(view.text.length, CHAT.length);
    assert.ok(!view.text.includes('kasia.b:') && !view.text.includes('tom_w'));
  });

  it('takes the name the text gives a handle in brackets before the letters', () => {
    const text = [
      'The thread was read out in court. Daniel Okafor (dj_north) had started it.',
      'dj_north: meet at 9',
      '@benny: fine',
      'Ben Adeyemi said he never went.',
    ].join('\n');
    assert.deepStrictEqual(spoken(text), [
      ['meet at 9', 'Daniel Okafor'],
      ['fine', 'Ben Adeyemi'],
    ]);
  });

  it('reads a capitalised sender after the time a message came, and "Me:" and "Mum:" as a phone shows them', () => {
    const timed = 'The screenshots were shared widely.\n[21:04] Priya: did you see it\n[21:05] Leo: yes\n';
    assert.deepStrictEqual(messageLogs(timed).map((l) => l.sender), ['Priya', 'Leo']);
    const family = 'Her phone buzzed twice.\nMum: where are you\nMe: on the bus\nDad ❤️: ok\n';
    assert.deepStrictEqual(messageLogs(family).map((l) => l.sender), ['Mum', 'Me', 'Dad']);
  });

  it('credits a log\'s "Mum:" to the one the text made the mother and "Me:" to a first-person narrator', () => {
    const text = [
      'My mother, Jean Rowe, never texted me. I had told her a hundred times that I would answer, and I meant it.',
      'So when my phone buzzed in the lecture I knew something was wrong. I kept it under my desk.',
      '',
      'Mum: where are you',
      '',
      'Me: in a lecture',
      '',
      'I went out to the corridor and I rang her.',
    ].join('\n');
    assert.deepStrictEqual(spoken(text), [
      ['where are you', 'Jean Rowe'],
      ['in a lecture', 'I'],
    ]);
  });

  it('needs a log: lines in a row with two senders, one at least shown to be a handle or a time', () => {
    // One sender, or lines broken by prose, are no log.
    assert.deepStrictEqual(messageLogs('note: the road is shut\nnote: it opens at six\n'), []);
    assert.deepStrictEqual(messageLogs('kasia.b: hi\nThe kettle boiled.\ntom_w: hey\n'), []);
    // Capitalised words and a colon, even two in a row, are a box score's notes or prose.
    assert.deepStrictEqual(messageLogs('Grizzlies: Shot 11 of 37.\nNuggets: Host Phoenix on Tuesday.\n'), []);
    assert.deepStrictEqual(messageLogs('14:05 Update: polls have closed.\n14:20 Breaking: turnout is up.\n'), []);
    // A letter, or a letter and a digit, labels a list's items, not senders.
    assert.deepStrictEqual(messageLogs('q: why now?\na: because the vote is close.\n'), []);
    assert.deepStrictEqual(messageLogs('Q3: revenue fell 4%.\nQ4: revenue rose 2%.\n'), []);
    // A prose line opening so stays prose: no quotation is made of it.
    const prose = 'Before the vote, one sign said it all.\nupdate: the count is delayed\nThe hall emptied.';
    assert.deepStrictEqual(spoken(prose), []);
  });
});
