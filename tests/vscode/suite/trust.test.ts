import * as assert from 'node:assert';
import { restrictForUntrusted } from '../../../client/src/trust';

describe('settings given to the server in an untrusted workspace', () => {
  it('keep relative source entries and drop absolute ones', () => {
    const sources = ['sources', 'notes/**/*.md', '/etc', 'C:\\Users\\me\\secrets', '~/private'];
    assert.deepStrictEqual(restrictForUntrusted('quoteCheck.sources', sources), ['sources', 'notes/**/*.md']);
  });

  it('filter the sources inside the whole quoteCheck section and leave the other settings alone', () => {
    const section = { enable: true, sources: ['/srv/archive', 'sources'], debounceMs: 300 };
    assert.deepStrictEqual(restrictForUntrusted('quoteCheck', section), { enable: true, sources: ['sources'], debounceMs: 300 });
    assert.deepStrictEqual(section.sources, ['/srv/archive', 'sources'], 'the settings object itself is not changed');
  });

  it('pass other sections through', () => {
    assert.deepStrictEqual(restrictForUntrusted('editor', { tabSize: 2 }), { tabSize: 2 });
  });
});
