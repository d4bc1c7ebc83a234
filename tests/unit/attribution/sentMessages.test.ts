import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A message someone sends or posts is their words: the sender the text names, not the message nor whoever shows it.
describe('sent and posted messages', () => {
  it('credits "One, sent …, read:" and "Another … said" to the sender of the messages', () => {
    const text = 'Miss Hart said Mr Dunne had lent Mr Cole £300 in May and had then sent him a series of angry text messages about it. One, sent two days before the fight, read: "Pay me by Friday or else." Another, sent the next morning, said simply "final warning".';
    assert.deepStrictEqual(speakers(text), ['Mr Dunne', 'Mr Dunne']);
  });

  it('credits "It read:" to the one who sent the message the sentence before shows', () => {
    const text = 'Ms Okoro also showed the panel a text message Mr Reeve sent to the chief executive that evening. It read: "Small problem at the plant, handling it."';
    assert.deepStrictEqual(speakers(text), ['Mr Reeve']);
  });

  it('credits "the post said" to the one who published the post', () => {
    const text = 'Later on Monday, Brightcell published a post on its blog arguing that the rules would hurt customers. "Every rule has a cost," the post said.';
    assert.deepStrictEqual(speakers(text), ['Brightcell']);
  });

  it('credits the words going on after "the post said" to the same publisher', () => {
    const text = 'On Friday, Corvel Motors published a post on its company blog defending the recall. "Safety comes first," the post said. "We would rather fix a thousand cars too many than one too few."';
    assert.deepStrictEqual(speakers(text), ['Corvel Motors', 'Corvel Motors']);
  });

  it('credits a caption to the subject of a "when" clause that posted it', () => {
    const text = 'Fans had waited all week for news of Marco Diaz. There was a glimpse of the forward late on Sunday, when Diaz posted a photograph of himself at the gym with the caption "Ready."';
    assert.deepStrictEqual(speakers(text), ['Marco Diaz']);
  });

  it('credits the words a post was edited to remove to the one who posted it', () => {
    const text = 'The club\'s striker, Marco Diaz, has not spoken. On Friday night the striker posted a photograph of himself, with the words: "Thank you for everything. Whatever comes next, I loved it here." Fans read it as a goodbye. The post was deleted an hour later to remove the words "whatever comes next".';
    assert.deepStrictEqual(speakers(text), ['Marco Diaz', 'Marco Diaz']);
  });

  it('credits no one who only shows messages no sentence says who sent', () => {
    const text = 'Mr Dunne and Mr Cole argued at the bar. Later, Mr Cole showed police the text messages on his phone. One read: "You owe me."';
    assert.notStrictEqual(speakers(text)[0], 'Mr Cole');
  });
});

// "They gathered 150 statements. One, from a retired postman, described …": a statement is its issuer's.
describe('one of the statements, from its writer', () => {
  it('credits "One, from a retired postman," to the postman', () => {
    const text = 'Mrs Hale told the panel that the group had gathered 150 statements from people who had walked the path for decades. One, from a retired postman, described crossing it "every day for forty years" on his round.';
    assert.deepStrictEqual(speakers(text), ['a retired postman']);
  });
});
