import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…, Walt,” said Mother. ¶ “…, Nell.” said Pop": the name an exchange calls a kin-called speaker by is theirs.
describe('attribution: a kin call named by the exchanges it speaks in', () => {
  const farm = 'The Pruitt farm lay at the end of the county road, and that spring Walter Pruitt and his wife Nell had nine cows and a well that was going dry.';

  it('gives both parents the names they call each other, the full name the text gave', () => {
    const text = [
      farm,
      '“The well is down another foot,” said Pop.',
      '“Then we will haul water, Walter,” said Mother. “We hauled it before.”',
      'Pop looked out at the yard for a long time.',
      '“Not with nine cows we didn’t, Nell.”',
      '“We will manage,” Mother said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Walter Pruitt', 'Nell', 'Nell', 'Walter Pruitt', 'Nell']);
  });

  it('takes the fullest form the dialogue calls the name by', () => {
    const text = [
      'I was ten the year we drove to the coast, and Dad drove the whole way.',
      '“Are we there?” I asked.',
      '“Not yet,” Dad said.',
      '“Walt, the gauge,” Mom said.',
      '“I see it,” Dad said.',
      '“Walter Pruitt, you pull over this minute,” Mom said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1, 5), ['Walter Pruitt', 'Mom', 'Walter Pruitt', 'Mom']);
  });

  it('links no one when the exchanges call the kin call by two names', () => {
    const text = [
      'I was ten the year we drove to the coast, and Dad drove the whole way. My brothers Carl and Henry sat in the back.',
      '“Walt, the gauge,” Mom said.',
      '“I see it,” Dad said.',
      '“Henry, sit down,” Mom said.',
      '“He is sitting,” Dad said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mom', 'Dad', 'Mom', 'Dad']);
  });

  it('links no one of the other sex to a kin call', () => {
    const text = [
      'I was ten the year we drove to the coast, and Dad drove the whole way. My sister Alice sat beside me.',
      '“Alice, sit down,” Mom said.',
      '“She is sitting,” Dad said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mom', 'Dad']);
  });

  it('links no one the text made another relative, a sister called before her mother speaks', () => {
    const text = [
      'I was ten the year we drove to the coast, and Dad drove the whole way. My sister Alice sat beside me.',
      '“Alice, sit down,” Dad said.',
      '“She is sitting,” Mom said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dad', 'Mom']);
  });

  it('keeps the kin call apart from one the narration cues by their own name', () => {
    const text = [
      'I was ten the year we drove to the coast. Uncle Walter came with us, and Dad drove the whole way.',
      '“Walter, the map,” Mom said.',
      '“I have it,” Dad said.',
      '“It is upside down,” said Walter.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mom', 'Dad', 'Walter']);
  });
});
