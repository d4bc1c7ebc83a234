import * as assert from 'node:assert';
import { Kinship } from '../../../server/src/engine/attribution/kinship';
import { speakers } from '../../helpers/attributionText';

// A family feature names each relative once, as someone's daughter, son or sister, and later calls them by kin words
// the text never tied directly ("her grandfather", "his grandson"): those follow from the ties it did state.
describe('kinship: relatives reached through others', () => {
  it('finds grandparents, grandchildren and siblings through parents and siblings', () => {
    const kin = new Kinship<string>();
    const gender = (p: string) => (['Ada', 'Bea', 'Dora'].includes(p) ? 'f' : 'm');
    kin.add('Otto', 'daughter', 'Ada');
    kin.add('Ada', 'son', 'Carl');
    kin.add('Carl', 'sister', 'Dora');
    assert.strictEqual(kin.relative('Dora', 'grandfather', gender), 'Otto');
    assert.strictEqual(kin.relative('Carl', 'grandfather', gender), 'Otto');
    assert.strictEqual(kin.relative('Dora', 'mother', gender), 'Ada');
    assert.strictEqual(kin.relative('Otto', 'grandson', gender), 'Carl');
    assert.strictEqual(kin.relative('Otto', 'granddaughter', gender), 'Dora');
    assert.strictEqual(kin.relative('Ada', 'daughter', gender), 'Dora');
    // Nobody was named as Otto's parent or Carl's brother.
    assert.strictEqual(kin.relative('Otto', 'father', gender), null);
    assert.strictEqual(kin.relative('Carl', 'brother', gender), null);
  });

  it('credits "her grandfather says" and "his grandson replies" to the people the family ties make them', () => {
    const text = [
      'Ruben Okafor, 79, opened the bakery in 1968. It is run today by his daughter, Grace Okafor, and her son, Tobi Okafor.',
      'Amara Okafor, Tobi’s sister, ices the cakes on Saturdays. She is, her grandfather says, “far better at it than me.”',
      'Tobi wants to sell bread online. His grandfather is unconvinced. “Bread needs a counter,” he says.',
      '“Customers need a website,” his grandson replies.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruben Okafor', 'Ruben Okafor', 'Tobi Okafor']);
  });

  it('does not take a kin word for one of the family the text introduces later as another relative', () => {
    const text = [
      'Tomas Varga is still sweeping the forge at six. He is 80.',
      'The forge his father built is now run by his daughter, Ilona Varga, and her son, Bence Varga.',
      'Anna Varga, Bence’s sister, does the accounts. She is, her grandfather says, “the only one who can read my writing.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tomas Varga']);
  });
});
