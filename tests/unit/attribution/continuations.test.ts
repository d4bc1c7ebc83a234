import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A news paragraph of quotation alone goes on with the last speaker of the paragraph before, when that paragraph
// opened with narration and ended with the quotation's clause.
describe('news continuation paragraphs', () => {
  it('goes on through a second paragraph of quotation alone, from the one it gave the first to', () => {
    const text = [
      'Tom Vey, the mayor, opened the bridge on Monday. "It took nine years," Vey said.',
      'Council engineer Ruth Amis led the project. "We had a flood in the second year," Amis said.',
      'Her brother remembered it differently. "She loved every minute," Ned Amis said, laughing. "I got the worry."',
      '"Every night at ten, a phone call about the piles. She would ring from the site without taking her boots off."',
      '"I hated it at the time. I am proud of it now."',
      'The bridge carries 4,000 cars a day. "It is the best thing we have built," Vey said.',
      'Shopkeepers agree. "Trade is up by a third," said Lena Holt, who runs the bakery.',
      'Not everyone is pleased. "The toll is too high," said Paul Denby, a driver.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tom Vey', 'Ruth Amis', 'Ned Amis', 'Ned Amis', 'Ned Amis', 'Ned Amis', 'Tom Vey', 'Lena Holt', 'Paul Denby']);
  });

  it('gives a paragraph of quotation alone to the speaker whose clause ended the paragraph before', () => {
    const text = [
      'Ilka Strom has coached the side for six years. "We hit the post twice," Strom said after the defeat by Hollins Vale.',
      '"Against a side like that you need luck, and we had none."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilka Strom', 'Ilka Strom']);
  });

  it('gives it to the speaker of a quotation closed by a long clause, however many words that clause runs to', () => {
    const text = [
      'Vera Lund beat Carl Moe by 400 votes. "The town has spoken," Ms. Lund told the two hundred supporters packed into the old fire station on Quay Street just after midnight.',
      '"We have waited a long time for this. Now the work starts."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Vera Lund', 'Vera Lund']);
  });

  it('gives it to the one quoted last, not the other party a conversation would turn to, in a text cued as news', () => {
    const text = [
      'Lena Brandt beat Mia Kerr in straight sets on Tuesday and will play Olga Petrova next.',
      '"My legs felt heavy," the German said. "But I found a way."',
      'Kerr, who saved three match points, was gracious in defeat. She said Brandt had been "the better player" and added: "I had my chances. She took hers."',
      'Petrova, who needed only an hour to win her own match, was asked whether she would target the heavy legs. "I will play my game," the Russian said. "If she is tired, that is not my problem."',
      '"People ask me this like I should play softer. Nobody plays softer in a semi-final."',
      'The two have met twice before, with Petrova winning both.',
      '"That was years ago," Petrova said when it was raised. "I have forgotten it."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[6], 'Petrova');
  });

  it('goes on after a paragraph opening on a quotation, past a phrase of someone else quoted within narration before it', () => {
    const text = [
      'The trial of Kyle Fenn, 29, continued at Lowmoor Crown Court on Monday.',
      'Mr Fenn\'s partner, Shona Barr, said he had told her that his landlord was "driving him mad" over the rent, but that he was not afraid of him.',
      '"He laughed about it," Miss Barr told the court, wiping her eyes.',
      '"He never once thought it would come to this."',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Shona Barr');
  });

  it('goes on past a question closing it that no quotation answers, its speaker\'s own', () => {
    const text = [
      'The county will cut the number 9 bus in May. A campaign to save it has been set up by parish councillor Ravi Shah.',
      '"This is not only about pensioners," Shah said in an interview. "Nurses use that bus to get to work."',
      '"Take it away and some of them stop working. Then who looks after the sick?"',
      'The council leader, Gail Poole, said the route lost money every year.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Ravi Shah');
  });

  it('leaves alone a turn after a paragraph that opened with a quotation, as dialogue alternates', () => {
    const text = ['"Where were you?" asked Tomasz.', '"Out."'].join('\n\n');
    assert.notDeepStrictEqual(speakers(text)[1], 'Tomasz');
  });

  it("goes on after a paragraph ending on the speaker's second quotation, after one with its clause", () => {
    const text = [
      'Kelham manager Rob Ince was furious after the final whistle. "We were robbed," Ince said. "The second goal was offside by a yard."',
      '"I have watched it five times now and it gets worse every time."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rob Ince', 'Rob Ince', 'Rob Ince']);
  });

  it('hands nothing on from a paragraph ending on its only quotation, one sentence a colon brought in', () => {
    const text = ['The minister spoke to reporters on Monday. Ana Reyes told them: "We will appeal."', '"The ruling is a disgrace."'].join('\n\n');
    assert.deepStrictEqual(speakers(text)[1], null);
  });

  it('hands its speaker on from a paragraph ending on a statement of several sentences a colon brought in', () => {
    const text = ['The minister spoke to reporters on Monday. Ana Reyes told them: "We will appeal. The judges erred."', '"The ruling is a disgrace."'].join('\n\n');
    assert.deepStrictEqual(speakers(text)[1], 'Ana Reyes');
  });

  it('hands its speaker on from one sentence a colon brought in to words that go on in the first person', () => {
    const text = ['The minister spoke to reporters on Monday. Ana Reyes told them: "We will appeal."', '"Our lawyers are reading the ruling now."'].join('\n\n');
    assert.deepStrictEqual(speakers(text)[1], 'Ana Reyes');
  });

  it('gives a paragraph opening on a quotation to the named subject whose reported speech follows it', () => {
    const text = 'Karen Doyle, an officer, said the seizure was huge. "They were wrong," she said.\n"It took us eleven hours to unload it all." Doyle, who led the raid, said officers had found the cocaine in frozen cod.';
    assert.deepStrictEqual(speakers(text), ['Karen Doyle', 'Karen Doyle']);
  });

  describe('after a paragraph that opened the run of quotations with its clause between two of them', () => {
    const paragraphs = [
      'The union\'s organiser, Petra Lowe, met the drivers at the depot on Friday. Its owner, Colm Ryder, has not commented.',
      '"They were told on the Tuesday," Lowe said. "Nobody had seen a payslip for a month."',
      '"Some of these men have driven for the firm for thirty years. They deserved a phone call at least."',
    ];

    it('goes on with its speaker, not the other person named', () => {
      assert.deepStrictEqual(speakers(paragraphs.join('\n\n')), ['Petra Lowe', 'Petra Lowe', 'Petra Lowe']);
    });

    it('leaves the next paragraph to the conversation when a quotation asks a question', () => {
      const asked = [paragraphs[0], paragraphs[1].replace('for a month.', 'for a month. Who does that?'), paragraphs[2]];
      assert.notStrictEqual(speakers(asked.join('\n\n'))[2], 'Petra Lowe');
    });

    it('leaves it to the conversation in a text that leaves many turns without a clause, as fiction does', () => {
      const text = [
        'Colm Ryder came into the yard. Petra Lowe was waiting by the gate.',
        '"You look tired," Lowe said. "Sit down for a minute."',
        '"I have been driving since six. The roads were empty."',
        '"Then you can rest now."',
        '"Not yet."',
      ].join('\n\n');
      assert.notStrictEqual(speakers(text)[2], 'Petra Lowe');
    });

    it('reads no name into a number opening the quotation ("Seventy-two hours")', () => {
      const text = [paragraphs[0], paragraphs[1], '"Seventy-two hours is what they gave us. It was not enough."'].join('\n\n');
      assert.strictEqual(speakers(text)[2], 'Petra Lowe');
    });
  });

  it('goes on from a paragraph of quotation alone whose speaker the narration before it gave, in a text cued as news', () => {
    const text = [
      'Moira Tait has run the fish market office for thirty years. "Some days nothing comes in at all," she says.',
      'The harbour board, chaired by Duncan Reid, plans to sell the old ice house. Tait shrugs at the news. She pulls a ledger from the shelf.',
      '"Look at this. Page after page of herring. There were boats waiting three deep to land."',
      '"The men on those boats are mostly gone now. Their sons went to the oil, or to Aberdeen."',
      'Reid said the board had no choice. "The building is falling down," he said.',
      'The sale is expected in May. "We will use the money for the new pontoon," Reid said.',
      'A fisherman, Alec Moir, was unconvinced. "They said that about the slipway," Moir said.',
      'Tait was not surprised. "They always find money for the pontoons," she said.',
      'Moir has fished from the harbour since 1979. "I will be the last," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Moira Tait', 'Moira Tait', 'Moira Tait', 'Duncan Reid', 'Duncan Reid', 'Alec Moir', 'Moira Tait', 'Alec Moir']);
  });
});
