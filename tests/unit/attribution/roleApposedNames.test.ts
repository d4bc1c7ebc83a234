import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The mayor, Per Ekdahl, said": a name set off by commas after a role names the role's holder, even when its first
// word is one the text also writes in lower case ("ten per cent", "we hope").
describe('a name in apposition after a role', () => {
  const story = (host: string) =>
    [
      `Anna Berg met her predecessor, Tom Wade, on Monday. "Every summit is a promise," Wade said.`,
      `Spending rose to ten per cent, and we hope for more. The summit's host, ${host}, said the city had spent £4 million. "It was worth every penny," he said.`,
    ].join('\n\n');

  it('is a person whose first word is also a common word', () => {
    assert.deepStrictEqual(speakers(story("Hallby's mayor, Per Ekdahl")), ['Tom Wade', 'Per Ekdahl']);
    assert.deepStrictEqual(speakers(story('the city mayor, Hope Mwangi')).at(-1), 'Hope Mwangi');
  });

  it('is still a thing after a noun that is no role', () => {
    const text = 'Ten horses ran, and the copper price fell. The favourite, Copper Lantern, won by a length. "It was easy," said Tom Wade.';
    assert.deepStrictEqual(speakers(text), ['Tom Wade']);
  });
});
