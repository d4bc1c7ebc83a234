import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Roles in news copy: a role word opening a sentence before a name, a club's name before a role and a name, a body
// that speaks as itself, and a role the text gave the speaker only in other words.
describe('roles in news copy', () => {
  it('reads a role opening a sentence before a full name as a title, not a part of the name', () => {
    const text = 'Novelist Ada Perrin, 54, spoke at the launch on Tuesday. "Books are slow, and that is the point," Perrin told the audience.';
    assert.deepStrictEqual(speakers(text), ['Ada Perrin']);
  });

  it('credits the name after "said Harbour manager", not the club before the role', () => {
    const text = [
      'The visitors scored twice in the last ten minutes.',
      '"We were asleep at the back," said Harbour manager Tomas Varga.',
      '"We deserved it," said Ashvale goalkeeper Dan Whitlock.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tomas Varga', 'Dan Whitlock']);
  });

  it('lets a body speak as itself, never reread as a person of the conversation', () => {
    const text = [
      'Defence lawyer Omar Said argued that the evidence was thin.',
      '"We stand by every page," the union said in a statement.',
      'Omar Said spoke again after the break.',
      '"We will publish our findings in full," the health inspectorate said in a statement.',
      'Omar Said spoke again.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the union', 'the health inspectorate']);
  });

  it('gives a role named in other words to the one person the sentence before named and described', () => {
    const text = 'The study was led by Mia Lund, a marine biologist at the University of Tarrow. "We were surprised by how fast the reef recovered," the researcher said.';
    assert.deepStrictEqual(speakers(text), ['Mia Lund']);
    // Someone the text gave no role at all is not taken for the holder of one.
    assert.deepStrictEqual(speakers('Goran Ilic scored twice before the break. "Unstoppable," said the striker.'), ['the striker']);
  });

  it('leaves letters after a name out of it, so the surname with a title finds the person', () => {
    const text = 'Patricia Venn KC, prosecuting, told the court the attack was planned. "This was no accident," Ms Venn said. "He waited for her," said Ian Moss OBE.';
    assert.deepStrictEqual(speakers(text), ['Patricia Venn', 'Ian Moss']);
  });

  it('takes a nationality before a role for a role of the person named after it: "the Hungarian", "the Dutchman"', () => {
    const text = [
      'Hungarian forward Laszlo Varga signed on Monday for two years.',
      'The fee was not disclosed. "I am happy to be here," the Hungarian said.',
      'Dutch winger Ruud Lemmens scored the second. "It was a dream," said the Dutchman.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Laszlo Varga', 'Ruud Lemmens']);
  });

  it("credits a name's possessive group or relative, not the name: \"Pike's family\", \"Mr Pike's mother, Joan\"", () => {
    const text = [
      'Owen Pike, 19, died at the scene. His family issued a statement on Friday.',
      '"We miss him every day," Pike\'s family said.',
      '"We were told nothing," said Mr Pike\'s mother, Joan.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ["Pike's family", 'Joan']);
  });

  it('keeps a body named with "for" or "of" in the description of someone unnamed', () => {
    const text = 'A Department for Transport official said the line would reopen on Monday. "Engineers are on site," the official said.';
    assert.deepStrictEqual(speakers(text), ['a Department for Transport official']);
  });

  it('takes "The Mayor of Westbury, Councillor Joan Pell," for an office the name in apposition holds', () => {
    const text = 'The Mayor of Westbury, Councillor Joan Pell, opened the meeting. "We have a lot to get through," she said. "Be brief," said Cllr Sam Ode.';
    assert.deepStrictEqual(speakers(text), ['Joan Pell', 'Sam Ode']);
  });

  it("credits the name in apposition after a possessive and a qualified role: \"Moldara's foreign minister, Ilse Drach,\"", () => {
    const text = '"Nobody wants another winter like the last," Moldara\'s foreign minister, Ilse Drach, told reporters.';
    assert.deepStrictEqual(speakers(text), ['Ilse Drach']);
  });

  it('credits "the 71-year-old" to the one named with that age, written after the name or before it', () => {
    const text = [
      'Rita Moss, 71, has lived in the village all her life. Her neighbours left years ago. "I have never seen water like it," the 71-year-old said.',
      'The 58-year-old, Alan Reid, farms the land below. The river took his barn. "It was gone in minutes," the 58-year-old said.',
      'Rovers signed Leo Grant, 22, in the summer. "The team did the work," said the 22-year-old striker.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rita Moss', 'Alan Reid', 'Leo Grant']);
  });

  it('takes "his brother" for the one the text made the brother, not for a relative of his', () => {
    const text = 'Tom Pike was killed in the crash. His brother, Sam Pike, spoke outside court. "We want answers," his brother said.';
    assert.deepStrictEqual(speakers(text), ['Sam Pike']);
  });

  it('reads an office written in capitals after a name as a role: "Jane Doe MP" is "the outgoing MP"', () => {
    const text = 'Jane Doe MP lost her seat after twenty years. Her rival thanked the voters. "The voters have spoken," the outgoing MP said.';
    assert.deepStrictEqual(speakers(text), ['Jane Doe']);
  });

  it('reads no name into an office in capitals in an appositive: "Sarah Quinlan, the MP for Ludlow, said:"', () => {
    const text = 'Sarah Quinlan, the MP for Ludlow, said: "They signed a promise." Lee Hart, the CEO of Harlow Homes, said the rent was "fair."';
    assert.deepStrictEqual(speakers(text), ['Sarah Quinlan', 'Lee Hart']);
  });

  it('takes a nationality in apposition for a role: "Carlos Ruiz, a Spaniard," is "the Spaniard"', () => {
    const text = 'The winner, Carlos Ruiz, a Spaniard, scored twice. Tom Hale made both goals. "It was my best game," the Spaniard said.';
    assert.deepStrictEqual(speakers(text), ['Carlos Ruiz']);
  });

  it('takes "Mrs Justice Harlow" for the judge', () => {
    const text = 'Mrs Justice Harlow sentenced Liam Reid to life on Friday. Reid showed no emotion. "You showed no mercy," the judge said.';
    assert.deepStrictEqual(speakers(text), ['Mrs Harlow']);
  });

  it('takes the name after a compound role and its affiliation for the subject of a participle clause', () => {
    const text = [
      'Nurses at St Kilda Hospital walked out on Monday. Union leader Maria Fenn said staff were exhausted.',
      'The chief executive of the hospital trust, Dr Alan Petrakis, wrote to staff on Sunday, warning of "serious risks to patient safety".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Alan Petrakis']);
  });

  it("credits a firm's document to the document, named with its owner: \"Lumenfold's press materials describe … as\"", () => {
    const text = 'Lumenfold launched its new phone on Tuesday. Lumenfold\'s press materials describe the device as "the last phone you will ever need".';
    assert.deepStrictEqual(speakers(text), ["Lumenfold's press materials"]);
  });

  it('reads a name right after a work noun as a title, which no he/she refers to', () => {
    const text = [
      'Folk singer Nora Quill grew up above her parents\' pub in Tarrow. Her 2019 hit Kitchen Light made her famous overnight.',
      '"I wrote it at the kitchen table at two in the morning," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nora Quill']);
  });

  it('finds the holder of a role by its other name: "the gaffer" is the manager, "the lawyer" the barrister', () => {
    const text = [
      'Kelham manager Rob Ince watched from the stand. Dan Okoro scored twice. "We were brilliant," said the gaffer.',
      'Defence barrister Omar Said called no witnesses. Judge Ruth Marsh adjourned the case. "There is no case to answer," the lawyer said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rob Ince', 'Omar Said']);
  });

  it('gives a description no one was given to the one whose reported speech the sentence before gives', () => {
    const text = [
      'Nora Blake, who has lived on the street since 1970, said she had never seen the ward so full. "It is worse than any winter," the retired nurse said.',
      'Eli Varga admitted his side had been poor. "We were nowhere," the Hungarian said.',
      'Peter Dunmore, 68, spent a night on a trolley. He said staff had been kind. "Nobody shouted at me," the retired plumber said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nora Blake', 'Eli Varga', 'Peter Dunmore']);
  });

  it('reads the sentence before through a partial quotation of its own speaker, in the paragraph before', () => {
    const text = 'Ada Finch, whose operation was put off, said she backed the nurses "up to a point."\n\n"They are worth every penny," the retired teacher said.';
    assert.deepStrictEqual(speakers(text), ['Ada Finch', 'Ada Finch']);
  });

  it('leaves a description to a stranger after a sentence whose speech verb belongs to someone else or a body', () => {
    const text = [
      'Tom Reed will retire next year, the county authority announced. "We are grateful," the treasurer said.',
      'Ruth Kerr, 51, a council official at the regional health department, said talks were stuck. "No offer yet," the regional health department said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the treasurer', 'the regional health department']);
  });

  it('gives a description reporting speech after a quotation run to the one just quoted, across a paragraph', () => {
    const text = [
      'Dr Maria Castell has run the trust since 2019. "We are doing our best," she said. "Nobody would choose this."',
      'The chief executive said the real cause was a shortage of care beds. "The exit is blocked, so the entrance jams," she said.',
      'Dr Owen Pryce led the sampling. "The river is closer to a drain," Pryce said. The researcher said his team had shared its data. He said the company had "never replied."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Maria Castell', 'Maria Castell', 'Maria Castell', 'Owen Pryce', 'Owen Pryce']);
  });

  it('leaves a plural description ("the authors") to itself, not to the one researcher quoted before', () => {
    const text = '"They did worse," Nasser said in an interview. In the paper, the authors wrote that deep water gave corals "a recovery window."';
    assert.deepStrictEqual(speakers(text), ['Nasser', 'the authors']);
  });

  it("leaves a new paragraph's description to itself after a turn of dialogue, when it reports no speech", () => {
    const text = '"Go," Tom said. "Now."\n\nThe stranger shook his head. "No," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom', 'Tom', 'the stranger']);
  });

  it('reads verbs of judging as bringing in words ("accused the government of “…”", "praised … as “…”")', () => {
    const text = 'Kestria\'s foreign minister, Andrei Volkan, accused the government of "deliberately emptying" the valley. The critic Simon Latch praised the film as "quietly devastating."';
    assert.deepStrictEqual(speakers(text), ['Andrei Volkan', 'Simon Latch']);
  });

  it('takes an age no one was given for the one the sentence before is about ("Marsh scored. The 22-year-old … said")', () => {
    const text = [
      '"We had them," Whitlock said. "That is on us." The 34-year-old, who is out of contract, said he had "no idea" what came next.',
      'Danny Marsh restored the lead with a penalty. The 22-year-old, who grew up nearby, said the goal meant "more than anything."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Whitlock', 'Whitlock', 'Whitlock', 'Danny Marsh']);
  });

  it('reads reported speech past several asides ("Harold Finch, 71, whose knee operation was put off, said")', () => {
    const text = 'Patients were divided. Harold Finch, 71, whose knee operation was put off again, said he backed the nurses "up to a point."\n\n"They are worth every penny," the retired bus driver said.';
    assert.deepStrictEqual(speakers(text), ['Harold Finch', 'Harold Finch']);
  });


  it('takes an age no one was given for the he whose words the sentence before gives ("Speaking outside, he said: … The 52-year-old added")', () => {
    const text = 'The Conservative councillor Giles Whitmore said Labour had failed. Speaking outside a garden centre, he said: "People tell me the same thing."\n\n"That is not a slogan," the 52-year-old added.';
    assert.deepStrictEqual(speakers(text), ['Giles Whitmore', 'Giles Whitmore']);
  });

  it('makes no one of "Former" and a country before a role ("Former England scrum-half Gareth Pryce")', () => {
    const text = 'Former England scrum-half Gareth Pryce called it "the greatest final".\n\nFormer minister Alan Hale said it was "a disgrace". "It is late," he said.';
    assert.deepStrictEqual(speakers(text), ['Gareth Pryce', 'Alan Hale', 'Alan Hale']);
  });

  it('takes a description with a who-aside, opening the paragraph after a quotation and its clause, for that speaker', () => {
    const text = '"I just heard the noise," Kofi Mensa said of the winner. "That is the best sound there is."\n\nThe striker, who joined from the academy two years ago, did not celebrate. "I have friends in that dressing room," he said.';
    assert.deepStrictEqual(speakers(text), ['Kofi Mensa', 'Kofi Mensa', 'Kofi Mensa']);
  });

  it('makes no person of a place a compass point or a place word names ("north of Tromsvik", "Port Ellery")', () => {
    const text = [
      'Teddy Vance, whose sound filled the clubs of Port Ellery for fifty years, has died. "I slept with it under the bed," she told an interviewer.',
      'An hour north of Tromsvik, a tall man lies on the ground. "Listen," he says.',
    ].join('\n\n');
    const credited = speakers(text);
    assert.ok(!credited.includes('Port Ellery') && !credited.includes('Tromsvik'), credited.join(', '));
  });

  it('takes a role no one was given, in the paragraph after an inverted clause, for its speaker ("said Dr Amara Oye")', () => {
    const text = '"It works," said Dr Amara Oye, a haematologist and the trial\'s lead investigator. "That is what we hoped for."\n\n"The results," the researcher added, "are strong."';
    assert.deepStrictEqual(speakers(text), ['Amara Oye', 'Amara Oye', 'Amara Oye', 'Amara Oye']);
  });

  it('reads an opening phrase ending on a name as bringing in its appositive ("In her speech Ashdown-Kerr, a former headteacher, thanked")', () => {
    const text = 'In her victory speech Ashdown-Kerr, a 44-year-old former headteacher, thanked volunteers who had knocked on "more doors than I can count." "Harbridge has voted for change," she said.';
    assert.deepStrictEqual(speakers(text), ['Ashdown-Kerr', 'Ashdown-Kerr']);
  });

  it('reads a name in apposition before its speech verb as reporting speech ("The bakery\'s owner, Amos Pell, said")', () => {
    const text = 'Councillor Ida Pell has been accused of favouring the bakery. The bakery\'s owner, Amos Pell, said his sister had always paid "the full price."\n"She has never had a free loaf," the baker said.';
    assert.deepStrictEqual(speakers(text), ['Amos Pell', 'Amos Pell']);
  });

  it('passes over a sentence naming no one to the one named before it ("Ruth Cole, 64, arrived … The report said … the head teacher")', () => {
    const text = 'Ruth Cole, 64, arrived at Moorside in 1999. The inspection report that spring described the school as "failing in every respect."\n\n"The roof leaked into the labs," the head teacher recalls.';
    assert.deepStrictEqual(speakers(text).slice(1), ['Ruth Cole']);
  });

  it('passes over no sentence to give a body\'s capitalised name to the one named before it', () => {
    const text = 'Lena Holt was unconvinced. "Wages follow prices," she said.\nBusiness groups reacted angrily. The Moorside Chamber of Commerce said the rise would "hit small firms hardest."';
    assert.notStrictEqual(speakers(text)[1], 'Lena Holt');
  });

  it('takes an age no one was given for the one person named since the paragraph before ("Jalen … the 24-year-old")', () => {
    const text = [
      'Marco Vitti scored 30 points and his younger brother, Luca Vitti, scored 22.',
      'Luca did not see the joke. "He got lucky," he said.',
      'Asked whether he would call his brother, the 23-year-old shook his head. "Not tonight," he said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Luca Vitti');
  });

  it('leaves an age no one was given alone when two people were named since the paragraph before', () => {
    const text = [
      'Luca Vitti did not see the joke. Coach Ben Ames laughed.',
      'Asked about it, the 23-year-old shook his head. "Not tonight," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ben Ames']);
  });
});
