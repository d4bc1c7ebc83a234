import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Gareth Lux, who farms 300 acres below the site,": what a relative clause says someone does gives their role, so
// "the farmer replied" is Gareth Lux; so do "who writes", "who paints", "who drives".
describe('roles a relative clause\'s verb gives', () => {
  it('gives "the farmer" to the one "who farms"', () => {
    const text = [
      'Gareth Lux, who farms 300 acres below the release site, fears the dams will flood his fields.',
      '',
      'Nia Price said the trust would remove any dam that threatened property. "We take it out," she told him.',
      '',
      '"That is one thing," the farmer replied. "Turning up in a flood is another."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nia Price', 'Gareth Lux', 'Gareth Lux']);
  });

  it('gives "the driver" to the one "who drives" the bus', () => {
    const text = [
      'The route is run by Paul Whit, who drives the number 9 bus, and by his manager, Jo Fenn.',
      '',
      '"People depend on it," the driver said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Paul Whit']);
  });
});
