import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatForPath } from '../../../server/src/engine/formats/index';
import { checkDraft } from '../../../server/src/engine/check/check';
import type { Finding, Format } from '../../../server/src/engine/types';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';
import { assertFixesSettle } from '../../helpers/settles';

// Odd drafts (doubled or unpaired marks, brackets, pronouns read late) whose fixes once left their finding in place (found by the settle property in
// tests/robustness with long runs): each fix is applied and the draft checked again.
describe('fixes that settle in odd drafts', () => {
  const corpus = corpusFromFolder(path.join(repoRoot, 'sources'));
  const councilAndPutin = corpusFromFolder(path.join(repoRoot, 'sources'));
  for (const file of ['council-vote.md', 'okafor-interview.txt']) {
    const text = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/check/council-plaintext/sources', file), 'utf8');
    councilAndPutin.upsert({ id: `sources/${file}`, text, format: formatForPath(file, text) });
  }
  const check = (text: string, format: Format, sources = corpus) => checkDraft(text, format, sources, { uncreditedCopyMinWords: 8 }).findings;
  const settles = (text: string, format: Format, code: Finding['code'], sources = corpus) =>
    assertFixesSettle((t, f) => check(t, f, sources), text, format, code);

  // The first mark once opened a quotation holding the second, which ran on to the next paragraph's closing mark; the
  // fix dropped the narration between, and the outer quotation then ran on to the paragraph after.
  it('a misquote after an opening mark typed twice across a line break', () => {
    const body = '\n“In general, we agree that this could be the basis for agreements,” he said on a trip.\n\n“If they don’t, we will achieve our goals militarily,” he said.\n\n“The talks went well,” an aide said.\n';
    settles(`Notes on the plan„${body}`, 'plaintext', 'misquote');
    settles(`Notes on the plan\`\`${body}`, 'latex', 'misquote');
  });

  // ``` in LaTeX is `` and `: a quotation opened there, holding a quoted word, runs on to the quote of the next
  // paragraph. The source wording kept the writer's mark before the quoted word but not the one after it, so the
  // quotation no longer closed where it did: that fix is withheld, the misquote stays.
  it('a misquote whose fix would leave one of its inner marks unpaired', () => {
    const text = '```\n"draft"\n```\n\n“In general, we agree that this could be the basis for agreements,” he said.\n';
    const misquotes = check(text, 'latex').filter((f) => f.code === 'misquote');
    assert.strictEqual(misquotes.length, 1);
    assert.deepStrictEqual(misquotes[0].fixes, []);
    settles('He said: “In general, we agree that ‘this’ could be the basis for agreements.”\n', 'markdown', 'misquote');
  });

  // A bracket stands for a few source words going forward; the fix restored the words on both sides of it where the
  // source has them, in the other order, so the re-check found the same misquote again. A Markdown link typed in a
  // LaTeX draft ("[link](http://x)") is such a bracket.
  it('a misquote whose words on the two sides of a bracket stand in the other order in the source', () => {
    for (const [text, format] of [
      ['Stanovaya wrote: “He feels more confident than ever about the battlefield situation [and] I see nothing at the moment that would force Putin to recalculate his aims.”\n', 'markdown'],
      ['Stanovaya wrote: ``He feels more confident than ever about the battlefield situation [link](http://x) I see nothing at the moment that would force Putin to recalculate his aims.\'\'\n', 'latex'],
    ] as const) {
      assert.strictEqual(check(text, format).filter((f) => f.code === 'misquote').length, 1, text);
      settles(text, format, 'misquote');
    }
  });

  // Removing the marks of quoted narration once left the first of the two, which then opened a quotation again.
  it('removes both marks of an opening mark typed twice from quoted narration', () => {
    const narration = 'the basis for a future agreement to end the nearly four-year-old conflict';
    for (const [text, format] of [[`It is “ “${narration}.”\n`, 'markdown'], [`It is \`\` “${narration}.”\n`, 'latex']] as const) {
      const [finding] = check(text, format).filter((f) => f.code === 'not-a-quote');
      assert.ok(finding, text);
      assert.strictEqual(applyFix(text, finding.fixes[0]).replace(/ +/g, ' '), `It is ${narration}.\n`);
      settles(text, format, 'not-a-quote');
    }
  });

  // A run of opening marks typed before an unclosed one, spaces between: removing only the nearest left the first to
  // open a quotation again. The run is the quotation's opening mark as written, so the fix stays inside it.
  it('removes a run of opening marks typed before the opening mark of quoted narration', () => {
    const narration = 'the basis for a future agreement to end the nearly four-year-old conflict';
    for (const [text, format] of [
      [`Notes on the talks „ \`\` \`\`\nThey see it as “${narration}.”\n`, 'latex'],
      [`Notes on the talks „ “ “\nThey see it as “${narration}.”\n`, 'markdown'],
      [`Notes on the talks „ „ “${narration}.” `, 'markdown'],
    ] as const) {
      const [finding] = check(text, format).filter((f) => f.code === 'not-a-quote');
      assert.ok(finding, text);
      const fixed = applyFix(text, finding.fixes[0]);
      assert.doesNotMatch(fixed, /[„“”`]/, fixed);
      assert.ok(fixed.startsWith('Notes on the talks '), fixed);
      settles(text, format, 'not-a-quote');
    }
  });

  // Typed three times, only the last two marks went: the first then opened a quotation of the same narration again.
  it('removes every mark of an opening mark typed again and again from quoted narration', () => {
    const narration = 'the basis for a future agreement to end the nearly four-year-old conflict';
    for (const [text, format] of [[`It is „ „ “${narration}.” today.\n`, 'markdown'], [`It is \`\` \`\` “${narration}.” today.\n`, 'latex']] as const) {
      const [finding] = check(text, format).filter((f) => f.code === 'not-a-quote');
      assert.ok(finding, text);
      assert.strictEqual(applyFix(text, finding.fixes[0]), `It is ${narration}. today.\n`);
      settles(text, format, 'not-a-quote');
    }
  });

  // The scanner pairs marks paragraph by paragraph (the « left open keeps the ‘ from continuing a quotation): an
  // unpaired mark ending the paragraph before is no part of the next quotation's opening mark, and an attribution
  // inserted before it was read in the wrong paragraph.
  it('an unpaired mark ending the paragraph before is not the quotation\'s opening mark typed twice', () => {
    const text = 'Notes « ‘\r\n\r\n‘In general, we agree that this could be the basis for future agreements.’\n';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote');
    assert.ok(finding);
    assert.match(applyFix(text, finding.fixes[0]), /^Notes « ‘\r\n\r\nVladimir Putin said: ‘In general/);
    settles(text, 'markdown', 'unattributed-quote');
  });

  // An unclosed quotation ends in a link's text: the source wording written over the whole quotation (it runs over a
  // line break) took the link's "[" and left its "](target "title")" as text, whose marks the re-check quoted.
  it('a misquote rewritten whole takes the rest of a link its last words stand in', () => {
    const text = 'Putin said: “If they don’t, we will achieve our goals\nmilitarily, see [the report](http://x "t")\n';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'misquote');
    assert.ok(finding);
    assert.strictEqual(applyFix(text, finding.fixes[0]), 'Putin said: “If they don’t, we will achieve our aims militarily\n');
    settles(text, 'markdown', 'misquote');
  });

  // LaTeX markup inside the last word ("lux\-ury", a stray "}") was kept where it stood, so the new word went before it
  // and the blanked markup then stood between the word and a straight closing mark, which no longer closed.
  it('a misquote fix that would leave markup between the last word and the closing mark', () => {
    for (const inside of ['lux\\-ury', 'l}uxury']) {
      const text = `Ruiz said: "[The bridge] is not a ${inside}," today.\n`;
      const [finding] = check(text, 'latex', councilAndPutin).filter((f) => f.code === 'misquote');
      assert.ok(finding, text);
      assert.strictEqual(applyFix(text, finding.fixes[0]), 'Ruiz said: "[The bridge] is not a luxury," today.\n');
      settles(text, 'latex', 'misquote', councilAndPutin);
    }
  });

  // Plain text is read as hard-wrapped or as one paragraph a line from the lines followed by another. Here the only
  // such line is long, so its line break ends the paragraph and the quotation; the fix shortened it, the draft was read
  // as hard-wrapped, and the quotation ran on to the next line ("…they occupy en we will…"), a misquote again.
  it('no fix that would change how a plain-text draft\'s lines are read', () => {
    const line = 'He also set out his terms. “If Ukrainian troops leave the territories they hold, thxqzvkwpxqzvkwpxqzvkw';
    const text = `Notes on the talks.\n\n${line}\nen we will stop fighting,” Putin said.\n`;
    const [finding] = check(text, 'plaintext').filter((f) => f.code === 'misquote');
    assert.ok(finding && line.length > 100);
    assert.deepStrictEqual(finding.fixes, []);
    // A fix that joins the lines leaves none followed by another: nothing is read otherwise.
    const wrapped = `Notes on the talks.\n\nHe also set out his terms. “If Ukrainian troops leave the territories they hold, thxq\nen we will stop fighting,” Putin said.\n`;
    assert.strictEqual(check(wrapped, 'plaintext').filter((f) => f.code === 'misquote' && f.fixes.length === 1).length, 1);
    settles(wrapped, 'plaintext', 'misquote');
  });

  // An unclosed quotation holding two quoted sentences in the other order than the source's: the source wording kept the
  // opening mark of the first but no closing one, so it opened a quotation of its own, again a misquote.
  it('no misquote fix whose wording leaves a quotation mark unpaired', () => {
    const text = 'Notes: « “We have never built anything of this size on time,” “This bridge will connect two halves of a city that have looked at each other across the water for too long,” and more.\n';
    const misquotes = check(text, 'markdown', councilAndPutin).filter((f) => f.code === 'misquote');
    assert.ok(misquotes.length > 0);
    for (const fix of misquotes.flatMap((f) => f.fixes)) {
      const fixed = applyFix(text, fix);
      assert.strictEqual((fixed.match(/[“”]/g) ?? []).length % 2, 0, fixed);
    }
    settles(text, 'markdown', 'misquote', councilAndPutin);
  });

  // The quote aligns with the mayor's words and the narration after them; the councillor's sentence before them counts
  // as moved, and the fix brought it back where the source has it, joined by an ellipsis: the words of two people in
  // one quotation, a misquote again.
  it('no misquote fix that would join the words of two speakers', () => {
    const text = 'Notes: « He said: “We have never built anything of this size on time, and I see no reason to believe we will start now,” “This bridge will connect two halves of a city that have looked at each other across the water for too long,” The bridge is expected to cost 14 million euros, most of it covered by a regional grant.\n';
    const [finding] = check(text, 'markdown', councilAndPutin).filter((f) => f.code === 'misquote');
    assert.ok(finding);
    assert.deepStrictEqual(finding.fixes, []);
  });

  // An unclosed quotation holding a nested one that takes the closing mark: removing the outer marks alone left the
  // nested quotation quoting the same narration again.
  it('removes the marks of a nested quotation that ends where quoted narration ends', () => {
    const narration = 'the basis for a future agreement to end the nearly four-year-old conflict';
    for (const format of ['markdown', 'latex'] as const) {
      const text = `It is “so “ ${narration}.”\n`;
      const [finding] = check(text, format).filter((f) => f.code === 'not-a-quote');
      assert.ok(finding, `${format}: ${text}`);
      assert.doesNotMatch(applyFix(text, finding.fixes[0]), /[“”]/);
      settles(text, format, 'not-a-quote');
    }
  });

  // A nested quotation holding only an unpaired mark: once that mark went, its two marks stood together and the
  // second, typed twice, opened a quotation over the narration after it. In LaTeX the second is the closing brace of an
  // \enquote left open paragraphs before.
  it('removes the marks of a nested quotation that holds only an unpaired mark', () => {
    const narration = 'acknowledged for the first time that the emerging outlines of a plan developed by the U.S. and\nUkraine could provide a foundation for a negotiated settlement';
    for (const [text, format] of [
      [`The Russian president “a “ « ”${narration}.”\n`, 'markdown'],
      [`\\enquote{Notes\n\nThe Russian president “a “ « }${narration}.”\n`, 'latex'],
    ] as const) {
      const [finding] = check(text, format).filter((f) => f.code === 'not-a-quote');
      assert.ok(finding, `${format}: ${text}`);
      const fixed = applyFix(text, finding.fixes[0]);
      assert.doesNotMatch(fixed.slice(fixed.indexOf('president')), /[“”«}]/, fixed);
      settles(text, format, 'not-a-quote');
    }
  });

  // "she" was read as a speaker only once the paragraphs' turns were taken; the quotation after hers took the speaker
  // but not the mention, so renaming "she" to the first quote's speaker passed the second one to him too.
  it('no rename of a pronoun that a later quotation of its paragraph shares', () => {
    const text = '“In general, we agree that this could be the basis for future agreements,” she said. “I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands.”\n“If they don’t, we will achieve our aims militarily,” Putin said.\n\n“We are ready to talk,” Zelenskyy said.\n';
    const renames = check(text, 'markdown').flatMap((f) => (f.code === 'misattribution' ? f.fixes : []));
    assert.ok(renames.every((fix) => fix.edits.every((e) => e.span.end <= text.indexOf('“I see'))), 'no fix reaches the second quotation');
    settles(text, 'markdown', 'misattribution');
  });

  // A garbled "the Russian president" left "he" as the pronoun mention: "Stanovaya" written over it was read with the
  // capitalised word after it, "Stanovaya Russian", again the wrong person (seed 60 of the long property).
  it('no rename that the re-check would read with a capitalised word after it', () => {
    // The long property's shrunk counterexample: a mutated copy of our example article.
    const text = "𐀀  𐀀  𐀀𐀀 𐀀s openness to a U.S.-Ukraine peace draft\n\nVladimir Putin said on Thursday that a draft peace plan drawn up by the United States and Ukraine could serve as a\nstarting point for talks. “In general, we agree that this could be the basis for future agreements,” he said during a\ntrip to Kyrgyzstan.\n\nHe repeated his conditions for halting the offensive. “If they don’t, we will achieve our goals militarily,” Putin said.\n\n“The talks are moving faster than anyone in Moscow expected,” one European diplomat said.\n\nPutin also weighed in on the Kremlin’s negotiating record. “Those demands have remained essentially unchanged for over\ntwo years,” Putin said.\n\nFew expect the Kremlin to soften its stance soon. “I see nothing at the moment that would force Putin to recalculate\nhis goals or abandon his c\"he Russian president “acknowledged for the first time that the emerging outlines of a plan developed by the U.S. and\nUkraine could provide a foundation for a negotiated settlement.”\n";
    const renames = check(text, 'markdown').flatMap((f) => (f.code === 'misattribution' ? f.fixes : []));
    assert.ok(renames.every((fix) => fix.edits.every((e) => text.slice(e.span.start, e.span.end) !== 'he')), 'no rename of "he"');
    settles(text, 'markdown', 'misattribution');
    const apart = 'Putin spoke on Thursday. “I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands,” he said.\n';
    assert.ok(check(apart, 'markdown').some((f) => f.code === 'misattribution' && f.fixes.length > 0), 'a pronoun before a small word is renamed');
  });

  // A name may be wrapped onto the next line, so "Putin" written for "she" there was read with the end of the line
  // before ("Aa B.\nPutin"): no such rename is offered.
  it('no rename that the re-check would read with a capitalised word ending the line before', () => {
    const text = 'Notes.\n\nAa B.\nshe said: “In general, we agree that this could be the basis for future agreements,”\n';
    assert.strictEqual(check(text, 'markdown').filter((f) => f.code === 'misattribution').length, 1);
    settles(text, 'markdown', 'misattribution');
  });

  // In LaTeX, babel's "` is one opening mark: removing the marks of quoted narration once took its ` alone, and the "
  // left with the next character opened a quotation again.
  it('removes a babel mark inside quoted narration whole', () => {
    const text = 'The report: "Vladimir Putin has indicated that a draft United States-Ukraine peace proposal could serve as the basis"``or a future agreement to end the nearly four-year-old conflict.\n';
    const [finding] = check(text, 'latex').filter((f) => f.code === 'not-a-quote');
    assert.ok(finding);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.doesNotMatch(fixed, /["`]/, fixed);
    assert.deepStrictEqual(check(fixed, 'latex').filter((f) => f.code === 'not-a-quote'), []);
  });

  // A name once ran across a stray brace ("Aa B. } Putin"), so "Putin" written for "she" after one was read as that.
  it('a rename after a stray bracket or brace', () => {
    for (const mark of ['}', ']']) {
      const text = `Aa B. ${mark} she said: “In general, we agree that this could be the basis for future agreements,”\n`;
      assert.strictEqual(check(text, 'markdown').filter((f) => f.code === 'misattribution').length, 1);
      settles(text, 'markdown', 'misattribution');
    }
  });

  // A mention ending in an apostrophe ("Mayor'" of "Mayor'' said", "P'" of "P''utin"): the name written in its place
  // was read on into what followed ("Ruiz'", "Stanovaya'utin"), again someone else.
  it('no rename that the re-check would read with the rest of a word after it', () => {
    for (const text of [
      'Mayor\'\' said the bridge "will connect two halves of a city ... for too long."\n',
      'P\'\'utin told reporters: “I see nothing at the moment that would force Putin to recalculate his goals or abandon his core demands.”\n',
    ]) {
      const [finding] = check(text, 'markdown', councilAndPutin).filter((f) => f.code === 'misattribution');
      assert.ok(finding, text);
      assert.deepStrictEqual(finding.fixes, [], text);
    }
  });

  // The narration reads nothing from an emoji, so "Stanovaya" written for "Aain" in "Put😀 Aain said" was "Put Stanovaya".
  it('no rename after a capitalised word that only an emoji keeps apart', () => {
    const text = '“Those demands have remained essentially unchanged for over two years,” Put😀 Aain said.\n';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'misattribution');
    assert.ok(finding);
    assert.deepStrictEqual(finding.fixes, []);
  });

  // After the rename the next quote's "he" named nobody (the new name is a woman's), so it took its sibling's whole
  // attribution, mention and all, and the renamed name was flagged again for that quote's words.
  it('a rename after which the next quote\'s he/she names nobody', () => {
    const text = '“This bridge will connect two halves of a city that have looked at each other across the water for too long,” Vladimir Putin said. “In general, we agree that this could be the basis for agreements,” he said.\n';
    const corpusCheck = (t: string) => checkDraft(t, 'markdown', councilAndPutin, { uncreditedCopyMinWords: 8 }).findings;
    const [finding] = corpusCheck(text).filter((f) => f.code === 'misattribution');
    assert.ok(finding && finding.fixes.length === 1, 'the first quote is misattributed, with a rename');
    const fixed = applyFix(text, finding.fixes[0]);
    const start = finding.span.start;
    assert.deepStrictEqual(corpusCheck(fixed).filter((f) => f.code === 'misattribution' && f.span.start === start), [], fixed);
  });

  // "„" ending a line and "“" opening the next are one opening mark: "Putin said: " written before them followed the
  // closing mark of the quotation before, and was read as its credit ("…,” Vladimir Putin said: „").
  it('no attribution written up front right after the closing mark of another quotation', () => {
    const first = '“In general, we agree that this could be the basis for future agreements,” „\n';
    const closed = `${first}“In general, we agree that this could be the basis for future agreements,” \n`;
    const second = check(closed, 'markdown').filter((f) => f.code === 'unattributed-quote').find((f) => f.span.start > first.length - 2);
    assert.ok(second);
    assert.deepStrictEqual(second.fixes[0].edits.map((e) => e.newText), [', Vladimir Putin said']);
    settles(closed, 'markdown', 'unattributed-quote');
    const unclosed = `${first}“If they don’t, we will achieve our aims militarily\n\nMore.\n`;
    const last = check(unclosed, 'markdown').filter((f) => f.code === 'unattributed-quote').find((f) => f.span.start > first.length - 2);
    assert.ok(last);
    assert.deepStrictEqual(last.fixes, []);
  });

  // A mark left open at the end of the paragraph before is another quotation's, not this quote's opening mark typed
  // twice: "Putin said: " goes before this quote's own mark, in its own paragraph, never inside the unclosed one.
  it('no attribution written up front inside another quotation', () => {
    const text = 'Notes: « ‘\n\n‘In general, we agree that this could be the basis for future agreements,’ \n';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote');
    assert.ok(finding);
    const [edit] = finding.fixes[0].edits;
    assert.strictEqual(edit.newText, 'Vladimir Putin said: ');
    assert.strictEqual(edit.span.start, text.indexOf('\n\n') + 2);
    settles(text, 'markdown', 'unattributed-quote');
  });

  // "Putin said: " inserted against the word before the mark read as one word, "planPutin".
  it('an attribution inserted before an unclosed mark typed against a word', () => {
    const text = 'It could serve as a starting plan«In general, we agree that this could be the basis for future agreements,” he said during a\ntrip.\n\n';
    const [finding] = check(text, 'markdown').filter((f) => f.code === 'unattributed-quote');
    assert.ok(finding);
    assert.match(applyFix(text, finding.fixes[0]), /plan Vladimir Putin said: «/);
    settles(text, 'markdown', 'unattributed-quote');
  });
});
