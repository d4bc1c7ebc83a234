import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A shadow minister holds no office: "the shadow chancellor" is the opposition's spokesman on it, never the chancellor.
describe('shadow roles', () => {
  it('takes "the chancellor" for the chancellor named before, not the shadow chancellor named since', () => {
    const text = [
      'The chancellor, Ruth Vellacott, told MPs she would not be moved.',
      'The shadow chancellor, Dan Morrow, said the row exposed a divided government. "They cannot agree on lunch," he said.',
      '"I have heard colleagues," the chancellor said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dan Morrow', 'Ruth Vellacott']);
  });

  it('takes "the shadow chancellor" for the one so named', () => {
    const text = [
      'The chancellor, Ruth Vellacott, told MPs she would not be moved.',
      'The shadow chancellor, Dan Morrow, said the row exposed a divided government.',
      '"I have heard colleagues," the chancellor said. "It is a shambles," the shadow chancellor said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Vellacott', 'Dan Morrow']);
  });
});
