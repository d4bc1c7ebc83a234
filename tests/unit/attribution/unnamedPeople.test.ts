import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Someone the narration brings in unnamed, as the subject of the sentence before a he/she, is the person the pronoun
// refers to, not the last man or woman the text named; the speaker is the description the text first gave them.
describe('unnamed people a he/she refers to', () => {
  it('credits a she cue to the indefinite description the sentence before opens on', () => {
    const text = [
      'Mayor Helen Ashby closed the fair at six.',
      'As the crowd drifted off, a teenage volunteer stacked chairs into a truck. "We need more of these," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a teenage volunteer']);
  });

  it('gives the description in full, with what ties the person to a place', () => {
    const text = [
      'Gloria Pratt watched the parade from the steps of the bank.',
      'A woman from the bakery stopped to watch. "It was never this big when I was young," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a woman from the bakery']);
  });

  it('follows the pronouns of a paragraph back to the description that brought the person in', () => {
    const text = [
      'Oliver Brand had finished his coffee.',
      'A small boy came up the garden path. He carried a long stick. He stopped by the table.',
      '"Will you give me some sugar?" he asked.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a small boy']);
  });

  it('names a description that runs on into a verb it cannot tell by its head alone', () => {
    const text = [
      'Oliver Brand waited on the platform.',
      'A man in a grey suit came down the stairs. "The train is late," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a man']);
  });

  it('keeps the name the sentence gives the description', () => {
    const text = [
      'Oliver Brand waited on the platform.',
      'A volunteer at the hall, Meredith Clough, sorted blankets. "We have enough food," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Meredith Clough']);
  });

  it('finds the description after a relative aside going on from the opening phrase', () => {
    const text = [
      'Kerry Fenwick, the council leader, visited the hall.',
      'At the community hall on Wharf Street, where the Red Cross had set up cots, a 62-year-old retiree sat wrapped in a blanket. "I have never seen anything like it," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a 62-year-old retiree']);
  });

  it('leaves a description in apposition to a name, or naming someone, to the named', () => {
    const text = [
      'After the count, Oliver Brand, a retired teacher, thanked the staff. "It was a long night," he said.',
      'A driver for Oliver Brand waited outside. "He will be out soon," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Oliver Brand', 'Oliver Brand']);
  });

  it('leaves a description of the other gender to the named person', () => {
    const text = 'Oliver Brand waited on the platform. A woman walked past him. "The train is late," he said.';
    assert.deepStrictEqual(speakers(text), ['Oliver Brand']);
  });
  it('reads the description set after a "One," that picks someone from a group', () => {
    const text = [
      'Judge Ruth Calder was unmoved. "Debt explains a great deal," she said.',
      'Dozens of savers wrote to the court. One, a retired schoolteacher who had lost her pension, wrote to the judge. She added: "I trusted them with everything."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Calder', 'a retired schoolteacher who had lost her pension']);
  });

  it('does not take a firm named in the description for the one it is about', () => {
    const text = [
      'Corvane founder Garrett Dole sentenced to nine years',
      'Garrett Dole, the founder of payroll startup Corvane, was sentenced on Thursday. Corvane, founded in 2018, let hourly workers draw on their wages.',
      'Judge Ruth Calder was unmoved. "Debt explains a great deal," she said.',
      'Several savers wrote to the court. One, a retired nurse who put $5,000 into a fund that held Corvane shares, wrote to the court. She added: "I trusted them with everything."',
      'Corvane filed for bankruptcy in 2023.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Calder', 'a retired nurse']);
  });
  it('takes a definite description whose name the text withholds for someone unnamed, as the text calls them', () => {
    const text = [
      'Brackwater Water, which serves 1.8 million customers, said the figures were unvalidated. "We do not recognise them," a company spokesperson said.',
      'The former engineer, who worked in the operations team for six years and asked not to be named, disputed the company\'s account. He told reporters that alerts were regularly marked as faults.',
      '"There was a culture of it," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a company spokesperson', 'the former engineer']);
  });

  it('leaves a definite description with no name withheld to the one named before', () => {
    const text = [
      'Brackwater Water, which serves 1.8 million customers, said the figures were unvalidated. Its chief engineer, Tom Reddy, spoke to reporters.',
      'The engineer, who has worked there for six years, disputed the campaigners\' account. He said alerts were checked.',
      '"There was never a culture of it," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reddy']);
  });

  it('credits a he/she to a newcomer brought in as the subject of the clause after "and"', () => {
    const text = [
      'Pip put the kettle on. "Tea?" she asked.',
      '"Please," said Martin.',
      'The back door opened without a knock and a woman in a quilted coat came in backwards, carrying a dish. "Don\'t get up," she said.',
      '"Thank you," said Pip.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pip', 'Martin', 'a woman', 'Pip']);
  });

  it('leaves a description joined by "and" with no verb of its own to the named', () => {
    const text = [
      'Pip put the kettle on. "Tea?" she asked.',
      '"Please," said Martin.',
      'Pip looked at her sister and a woman in a quilted coat, and then at the door. "Don\'t get up," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pip', 'Martin', 'Pip']);
  });

  it('leaves a newcomer a relative clause goes on with to the named', () => {
    const text = [
      'Dr. Ruth Vane, who is also his wife and a specialist in infrared detectors, was more hopeful. "They are tougher than you think," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Vane']);
  });

  it('ends the description at a past verb it cannot tell by its ending ("got", "came")', () => {
    const text = [
      'Tom sat down. "Well?" said Ann.',
      '"Nothing yet," said Tom.',
      'A stout man in a green coat got upon his feet.',
      '"Gentlemen!"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ann', 'Tom', 'a stout man in a green coat']);
  });
});
