import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Priya Nair … was more enthusiastic. “…,” the analyst said": a role tagging a quotation is the one the sentence
// before opens on, not someone the text gave that role earlier, when that one holds no role of their own.
describe('a role for the one the text has just turned to', () => {
  it('gives "the analyst" to the unroled subject of the sentence before in its paragraph, not the earlier analyst', () => {
    const text = [
      'Tobin Pask, a banking analyst at Merrow Capital, said the bid was "rich but fair."',
      '"If rates rise, it will look expensive," he said.',
      'Carla Venn, who follows the sector for Oxley Research, was more upbeat. "They bought ten years of know-how," the analyst said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobin Pask', 'Tobin Pask', 'Carla Venn']);
  });

  it('gives "the analyst" to one whose speech the paragraph before reports', () => {
    const text = [
      'Tobin Pask, a banking analyst at Merrow Capital, said the bid was "rich but fair."',
      'Carla Venn said the price was a bargain.',
      '"They bought ten years of know-how," the analyst said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobin Pask', 'Carla Venn']);
  });

  it('keeps the holder when the one the sentence before opens on has a role of their own', () => {
    const text = [
      'Tobin Pask, a banking analyst at Merrow Capital, said the bid was "rich but fair."',
      'Carla Venn, the chief executive, was asked about jobs. "Nobody asked me that," the analyst said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobin Pask', 'Tobin Pask']);
  });

  it('gives "the defender" to a captain whose speech the paragraph before reports, not the defender named earlier', () => {
    const text = [
      'The only goal came when a shot struck Kingsway defender Ronan Tell and looped in.',
      'Abel Marsh, the home captain, insisted he had pulled out of the tackle.',
      '"I never touched him," the defender said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Abel Marsh']);
  });

  it('keeps the holder when a captain in the paragraph of the quotation is only asked, not reported speaking', () => {
    const text = [
      'The only goal came when a shot struck Kingsway defender Ronan Tell and looped in.',
      'Abel Marsh, the home captain, was booked late on. "I never touched him," the defender said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ronan Tell']);
  });

  it('keeps the holder when the paragraph has mentioned them ("Judge Ross … Reid showed no emotion. “…,” the judge said")', () => {
    const text = [
      'Tobin Pask, a banking analyst at Merrow Capital, said the bid was "rich but fair."',
      'Pask sat on the panel with Carla Venn. Venn looked at her notes. "It is rich," the analyst said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tobin Pask', 'Tobin Pask']);
  });

  it('leaves a role opening a sentence of narration to its holder ("The judge warned him")', () => {
    const text = [
      'Judge Amy Ross heard the case. Dennis Garvey, who was granted bail, left without comment. The judge warned him that "custody" remained open.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Amy Ross']);
  });
});

// "Former Atlantic champion Colin Brackenbury": a place between "former" and the role leaves the role past.
describe('a past role qualified by a place', () => {
  it('does not make "the champion" of one written "Former Atlantic champion"', () => {
    const text = [
      'Matthias Oyer, the world champion, won again in 27 minutes.',
      'Former Atlantic champion Colin Maddox called it "a great run."',
      '"I was tired at the end," the champion said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Colin Maddox', 'Matthias Oyer']);
  });
});
