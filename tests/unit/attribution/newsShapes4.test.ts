import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A catalogue of the shapes wire, British and US reporters attribute quotations in, each on a short text of its own:
// tags with ages, roles and places around them, written words (posts, emails, statements, memos), headlines,
// questions put by reporters and reported speech followed by the words themselves.
describe('news attribution shapes (catalogue 4)', () => {
  it('reads “…,” Howe, 54, a retired teacher, said on Tuesday', () => {
    const text = 'Residents of Kelsall packed the village hall on Monday night.\n\n“We were never asked about any of this,” Margaret Howe, 54, a retired teacher, said on Tuesday.';
    assert.deepStrictEqual(speakers(text), ['Margaret Howe']);
  });

  it('reads “…,” Reyna said, according to a transcript seen by Reuters', () => {
    const text = 'The finance minister, Tomas Reyna, told lenders the country could not meet its March payment.\n\n“We simply do not have the money,” Reyna said, according to a transcript seen by Reuters.';
    assert.deepStrictEqual(speakers(text), ['Tomas Reyna']);
  });

  it('reads “…,” she wrote in a LinkedIn post', () => {
    const text = 'Priya Doshi, the company’s former head of safety, left in January.\n\n“I raised these concerns three times and was ignored,” she wrote in a LinkedIn post on Wednesday.';
    assert.deepStrictEqual(speakers(text), ['Priya Doshi']);
  });

  it('reads the firm’s spokeswoman, Jane Roe, said “…”', () => {
    const text = 'Halden Foods recalled 40,000 jars of pesto on Friday. Halden’s spokeswoman, Jane Roe, said “no illnesses have been reported.”';
    assert.deepStrictEqual(speakers(text), ['Jane Roe']);
  });

  it('reads “…,” the prosecutor, Ms. Diaz, told jurors', () => {
    const text = 'The trial of Mark Ellery entered its second week on Monday.\n\n“He knew exactly what he was doing,” the prosecutor, Ms. Diaz, told jurors.';
    assert.deepStrictEqual(speakers(text), ['Ms. Diaz']);
  });

  it('reads a photo caption: “…,” said Ann Cole, left, with …', () => {
    const text = '“It’s the first time in a decade we’ve all been together,” said Ann Cole, left, with her sisters at the reunion in Derby on Saturday.';
    assert.deepStrictEqual(speakers(text), ['Ann Cole']);
  });

  it('reads “…,” one resident, who gave only her first name, Maria, said', () => {
    const text = 'Queues formed outside the food bank before dawn.\n\n“I have never had to do this before,” one resident, who gave only her first name, Maria, said.';
    assert.deepStrictEqual(speakers(text), ['Maria']);
  });

  it('reads “…,” said Sandra Lee — no relation to the minister — who …', () => {
    const text = 'The transport minister, Daniel Lee, defended the fare rise on Tuesday.\n\n“It is a tax on people who have no choice,” said Sandra Lee — no relation to the minister — who commutes from Luton. “We are furious.”';
    assert.deepStrictEqual(speakers(text), ['Sandra Lee','Sandra Lee']);
  });

  it('reads Asked whether …, he said: “…”', () => {
    const text = 'Governor Alan Pike held a news conference in Albany on Thursday. Asked whether he would run again, he said: “That is a question for another day.”';
    assert.deepStrictEqual(speakers(text), ['Alan Pike']);
  });

  it('reads “…,” the spokesman added, referring to another named man', () => {
    const text = 'The Interior Ministry spokesman, Omar Khalil, said the border would stay closed. “He has no authority to speak for us,” the spokesman added, referring to the opposition leader, Sami Haddad.';
    assert.deepStrictEqual(speakers(text), ['Omar Khalil']);
  });

  it('reads “…,” the email read, after “Tan wrote to parents”', () => {
    const text = 'Rachel Tan, the school’s head, wrote to parents on Monday evening. “We are deeply sorry for the distress this has caused,” the email read.';
    assert.deepStrictEqual(speakers(text), ['Rachel Tan']);
  });

  it('reads reported speech, then a full quotation with no clause', () => {
    const text = 'Detective Inspector Ruth Cole said officers were keeping an open mind about the motive. “We are appealing for anyone with dashcam footage to come forward.”';
    assert.deepStrictEqual(speakers(text), ['Ruth Cole']);
  });

  it('reads “…,” it read, of a text message someone sent', () => {
    const text = 'Court papers show that Gavin Moss sent his business partner a text message hours before the fire. “Burn the lot,” it read.';
    assert.deepStrictEqual(speakers(text), ['Gavin Moss']);
  });

  it('reads “…,” Osei, a coordinator for the charity, told Reuters in a telephone interview', () => {
    const text = 'Aid workers said the road to Kessa had reopened.\n\n“We got two trucks through this morning,” Hana Osei, a coordinator for the charity, told Reuters in a telephone interview.';
    assert.deepStrictEqual(speakers(text), ['Hana Osei']);
  });

  it('reads “…,” Ms. Main said in an interview (US style)', () => {
    const text = 'Gloria Main has run the diner on Fifth Street for 31 years.\n\n“I’m not going anywhere,” Ms. Main said in an interview on Tuesday.';
    assert.deepStrictEqual(speakers(text), ['Gloria Main']);
  });

  it('reads Judge Sarah Whitlow told the defendant: “…”', () => {
    const text = 'A former police officer has been jailed for nine years. Judge Sarah Whitlow told Paul Grant, 47: “You betrayed the public trust.”';
    assert.deepStrictEqual(speakers(text), ['Sarah Whitlow']);
  });

  it('reads “…,” said one man, who declined to give his name', () => {
    const text = 'Outside the court a small crowd had gathered.\n\n“Justice has been done,” said one man, who declined to give his name.';
    assert.deepStrictEqual(speakers(text), ['one man']);
  });

  it('reads “…,” she tweeted', () => {
    const text = 'The singer Leila Amari cancelled the rest of her tour on Friday. “I need to look after my health,” she tweeted.';
    assert.deepStrictEqual(speakers(text), ['Leila Amari']);
  });

  it('reads “…,” Rennie wrote in a statement posted on X', () => {
    const text = 'The club’s captain, Joe Rennie, apologised to fans. “We let you all down,” Rennie wrote in a statement posted on X.';
    assert.deepStrictEqual(speakers(text), ['Joe Rennie']);
  });

  it('reads “…,” the statement said, after a body’s reported words', () => {
    const text = 'Northway Rail said trains would run a reduced timetable until Friday. “Safety is our first priority,” the statement said.';
    assert.deepStrictEqual(speakers(text), ['Northway Rail']);
  });

  it('reads “…,” said Dr. Amadi, medical director at …', () => {
    const text = 'Hospitals in the region reported a rise in admissions. “We are at capacity,” said Dr. Felix Amadi, medical director at St Anne’s.';
    assert.deepStrictEqual(speakers(text), ['Felix Amadi']);
  });

  it('reads “…,” he said, adding that …', () => {
    const text = 'Coach Brian Tully was unhappy with the referee. “That was never a penalty,” he said, adding that the club would appeal.';
    assert.deepStrictEqual(speakers(text), ['Brian Tully']);
  });

  it('reads “…,” Grant said. “…”', () => {
    const text = 'Mayor Lisa Grant opened the bridge on Saturday. “It took eleven years,” Grant said. “It was worth every one of them.”';
    assert.deepStrictEqual(speakers(text), ['Lisa Grant','Lisa Grant']);
  });

  it('reads “…,” Farouk testified', () => {
    const text = 'The trial heard from the victim’s brother, Ahmed Farouk. “I never saw the knife,” Farouk testified.';
    assert.deepStrictEqual(speakers(text), ['Ahmed Farouk']);
  });

  it('reads “…,” a spokesperson for Mervel said', () => {
    const text = 'Mervel Airlines cancelled 200 flights on Sunday. “We apologise to our customers,” a spokesperson for Mervel said.';
    assert.deepStrictEqual(speakers(text), ['a spokesperson for Mervel']);
  });

  it('reads “…,” she said in a statement through her lawyer', () => {
    const text = 'The actress Dana Bright denied the claims. “These allegations are false,” she said in a statement through her lawyer.';
    assert.deepStrictEqual(speakers(text), ['Dana Bright']);
  });

  it('reads “…,” Ford told the BBC', () => {
    const text = 'Emma Ford, who represents the family, said they had waited too long. “They want answers,” Ford told the BBC.';
    assert.deepStrictEqual(speakers(text), ['Emma Ford']);
  });

  it('reads a dateline, then “…,” Sybenko told a news conference in Kyiv', () => {
    const text = 'KYIV (Reuters) - Ukraine’s foreign minister, Andriy Sybenko, said on Monday that talks would resume.\n\n“We are ready,” Sybenko told a news conference in Kyiv.';
    assert.deepStrictEqual(speakers(text), ['Andriy Sybenko']);
  });

  it('reads “…,” Mendes wrote in a memo to staff seen by the Financial Times', () => {
    const text = 'The chief executive of Orrin Bank, Paula Mendes, told staff the cuts were unavoidable. “This is the hardest decision I have made,” Mendes wrote in a memo to staff seen by the Financial Times.';
    assert.deepStrictEqual(speakers(text), ['Paula Mendes']);
  });

  it('reads When a reporter asked if …, Ward replied: “…”', () => {
    const text = 'The prime minister, Helen Ward, was pressed on the delays. When a reporter asked if she would apologise, Ward replied: “I have nothing to apologise for.”';
    assert.deepStrictEqual(speakers(text), ['Helen Ward']);
  });

  it('reads Outside court, the victim’s mother, Carol Best, said: “…”', () => {
    const text = 'The verdict was greeted with tears. Outside court, the victim’s mother, Carol Best, said: “Today we got justice for Tom.”';
    assert.deepStrictEqual(speakers(text), ['Carol Best']);
  });

  it('reads “…,” Vance posted on Instagram', () => {
    const text = 'Striker Leo Vance confirmed his retirement on Sunday. “Thank you for everything,” Vance posted on Instagram.';
    assert.deepStrictEqual(speakers(text), ['Leo Vance']);
  });

  it('reads “…,” she says, in a feature’s present tense', () => {
    const text = 'Kate Olsen, 29, says the rent rise has pushed her out of the city. “I loved living here,” she says.';
    assert.deepStrictEqual(speakers(text), ['Kate Olsen']);
  });

  it('reads “…,” said one official, who spoke on condition of anonymity because …', () => {
    const text = 'Two officials briefed reporters on the strikes.\n\n“The targets were chosen weeks ago,” said one official, who spoke on condition of anonymity because he was not authorised to discuss the operation.';
    assert.deepStrictEqual(speakers(text), ['one official']);
  });

  it('reads Tory MP Graham Holt last night demanded … He said: “…”', () => {
    const text = 'Tory MP Graham Holt last night demanded an inquiry. He said: “Heads must roll for this fiasco.”';
    assert.deepStrictEqual(speakers(text), ['Graham Holt']);
  });

  it('reads “…,” he fumed, after “Furious dad Steve Parkin”', () => {
    const text = 'Furious dad Steve Parkin, 41, slammed the council over the pothole. “It nearly killed my son,” he fumed.';
    assert.deepStrictEqual(speakers(text), ['Steve Parkin']);
  });

  it('reads “…,” a source close to the player told The Sun', () => {
    const text = 'The striker is expected to leave in the summer. “He feels let down by the board,” a source close to the player told The Sun.';
    assert.deepStrictEqual(speakers(text), ['a source close to the player']);
  });

  it('reads “…,” Pat Cullen, the union’s general secretary, told BBC Radio 4’s Today programme', () => {
    const text = 'Unions reacted angrily to the plan. “This is a betrayal of nurses,” Pat Cullen, the union’s general secretary, told BBC Radio 4’s Today programme.';
    assert.deepStrictEqual(speakers(text), ['Pat Cullen']);
  });

  it('reads “…,” said Ms. Ortega, whose bakery …. “…”', () => {
    const text = 'Shoppers on Main Street were divided. “I come here every week,” said Ms. Ortega, whose bakery has been on the street since 1998. “I am not leaving.”';
    assert.deepStrictEqual(speakers(text), ['Ms. Ortega','Ms. Ortega']);
  });

  it('reads In the words of the committee chairman, Lord Brayton, the agency was “…”', () => {
    const text = 'The report was damning. In the words of the committee chairman, Lord Brayton, the agency was “asleep at the wheel.”';
    assert.deepStrictEqual(speakers(text), ['Lord Brayton']);
  });

  it('reads Sentencing him, Judge Rachel Moss said: “…”', () => {
    const text = 'Dale Harker, 33, was jailed for six years at Leeds Crown Court. Sentencing him, Judge Rachel Moss said: “You showed no remorse whatsoever.”';
    assert.deepStrictEqual(speakers(text), ['Rachel Moss']);
  });

  it('reads “…,” one firefighter told reporters', () => {
    const text = 'Firefighters battled the blaze for nine hours. “It was like an oven in there,” one firefighter told reporters.';
    assert.deepStrictEqual(speakers(text), ['one firefighter']);
  });

  it('reads two sentences of reported speech, then “…,” she said', () => {
    const text = 'Nadia Bloom, the head teacher, said staff had done everything they could. She added that the school would reopen on Monday. “The children need routine,” she said.';
    assert.deepStrictEqual(speakers(text), ['Nadia Bloom']);
  });

  it('reads “…,” said Kevin Marsh, a lawyer for the family, outside the courthouse', () => {
    const text = '“We will appeal,” said Kevin Marsh, a lawyer for the family, outside the courthouse on Friday.';
    assert.deepStrictEqual(speakers(text), ['Kevin Marsh']);
  });

  it('reads Asked about the budget, she said … “…,” she said', () => {
    const text = 'Senator Maria Lopez spoke to the Tribune on Wednesday. Asked about the budget, she said the numbers did not add up. “Somebody is cooking the books,” she said.';
    assert.deepStrictEqual(speakers(text), ['Maria Lopez']);
  });

  it('reads “…,” Kumar said, referring to the opposition leader, Vikram Shah', () => {
    const text = 'Prime Minister Raj Kumar was scathing. “He has no plan at all,” Kumar said, referring to the opposition leader, Vikram Shah.';
    assert.deepStrictEqual(speakers(text), ['Raj Kumar']);
  });

  it('reads “…. …,” said Ana Ruiz, who runs a shelter', () => {
    const text = '“We did not see it coming. Nobody did,” said Ana Ruiz, who runs a shelter in the town.';
    assert.deepStrictEqual(speakers(text), ['Ana Ruiz']);
  });

  it('reads In a statement, a force spokesman said: “…”', () => {
    const text = 'Greater Manchester Police said a man had been arrested. In a statement, a force spokesman said: “Inquiries are ongoing.”';
    assert.deepStrictEqual(speakers(text), ['a force spokesman']);
  });

  it('reads “…,” his lawyer, Neil Dyer, said', () => {
    const text = 'Former minister Arthur Penn denies the charges. “My client will be vindicated,” his lawyer, Neil Dyer, said.';
    assert.deepStrictEqual(speakers(text), ['Neil Dyer']);
  });

  it('reads “…,” she recalled', () => {
    const text = 'Joan Whitby was 19 when the mine closed. “The whole street cried that night,” she recalled.';
    assert.deepStrictEqual(speakers(text), ['Joan Whitby']);
  });

  it('reads “…,” WHO spokesman Tariq Jasarevic told AFP', () => {
    const text = 'GENEVA (AFP) — The World Health Organization warned of a surge in cases. “We are very concerned,” WHO spokesman Tariq Jasarevic told AFP.';
    assert.deepStrictEqual(speakers(text), ['Tariq Jasarevic']);
  });

  it('reads a headline’s “…,” says widow of crash victim, whom the body names', () => {
    const text = '“I forgave him,” says widow of crash victim\n\nHelen Voss, the widow of a cyclist killed in a crash in Norwich, has said she forgave the driver.\n\n“Hate would have eaten me alive,” said Voss, 62.';
    assert.deepStrictEqual(speakers(text), ['Helen Voss','Helen Voss']);
  });

  it('reads “…,” he says of the habit', () => {
    const text = 'At 88, Stanley Wood still swims in the sea every morning. “It keeps me young,” he says of the habit.';
    assert.deepStrictEqual(speakers(text), ['Stanley Wood']);
  });

  it('reads Dunn said that the economy was “turning a corner.”', () => {
    const text = 'The chancellor, Rachel Dunn, said that the economy was “turning a corner.”';
    assert.deepStrictEqual(speakers(text), ['Rachel Dunn']);
  });

  it('reads The couple, Mark and Tina Rowe, said in a joint statement: “…”', () => {
    const text = 'The couple, Mark and Tina Rowe, said in a joint statement: “We are heartbroken.”';
    assert.deepStrictEqual(speakers(text), ['Mark and Tina Rowe']);
  });

  it('reads “The health secretary, Wes Carter, said …”, then a paragraph of quotation alone', () => {
    const text = 'The health secretary, Wes Carter, said waiting lists would fall by spring.\n\n“I am confident we are through the worst.”';
    assert.deepStrictEqual(speakers(text), ['Wes Carter']);
  });

  it('reads “…,” said the 34-year-old', () => {
    const text = 'Olympic champion Jade Cole won her fourth national title on Sunday. “I didn’t think I had it in me,” said the 34-year-old.';
    assert.deepStrictEqual(speakers(text), ['Jade Cole']);
  });

  it('reads “…,” the minister said, after “Defense Minister Lars Berg”', () => {
    const text = 'Defense Minister Lars Berg visited troops on Tuesday. “Our resolve is unchanged,” the minister said.';
    assert.deepStrictEqual(speakers(text), ['Lars Berg']);
  });

  it('reads In her memoir, … “…,” she wrote', () => {
    const text = 'In her memoir, published last year, the former senator Ruth Adler was blunt about her party. “We lost our way,” she wrote.';
    assert.deepStrictEqual(speakers(text), ['Ruth Adler']);
  });

  it('reads “Will you resign?” a reporter shouted … “No,” Briggs said', () => {
    const text = '“Will you resign?” a reporter shouted as the minister, Tom Briggs, left the building. “No,” Briggs said.';
    assert.deepStrictEqual(speakers(text), ['a reporter','Tom Briggs']);
  });

  it('reads “…,” she told MPs', () => {
    const text = 'The head of the regulator, Dame Alison Reed, was questioned by the committee. “We missed the warning signs,” she told MPs.';
    assert.deepStrictEqual(speakers(text), ['Alison Reed']);
  });

  it('reads Local councillor Fatima Begum said: “…”', () => {
    const text = 'Local councillor Fatima Begum said: “This decision is a disgrace.”';
    assert.deepStrictEqual(speakers(text), ['Fatima Begum']);
  });

  it('reads Mum-of-three Kerry Dale, 35, from Hull, said: “…”', () => {
    const text = 'Mum-of-three Kerry Dale, 35, from Hull, said: “I just want my kids to be safe.”';
    assert.deepStrictEqual(speakers(text), ['Kerry Dale']);
  });

  it('reads “…,” said Joan Pye, who found the first coin', () => {
    const text = 'A dog walker discovered the hoard in a field near Thirsk. “I thought it was a bottle cap,” said Joan Pye, who found the first coin.';
    assert.deepStrictEqual(speakers(text), ['Joan Pye']);
  });

  it('reads a headline’s “…,” vows mayor, whom the body names', () => {
    const text = '“We will rebuild,” vows mayor\n\nThe mayor of Carrow, Dennis Albright, promised on Sunday to rebuild the flooded town centre.\n\n“Not one shop will be left behind,” Albright said.';
    assert.deepStrictEqual(speakers(text), ['Dennis Albright','Dennis Albright']);
  });

  it('reads “…,” the email read, after “an email from the head teacher, Rachel Tan”', () => {
    const text = 'Parents received an email from the head teacher, Rachel Tan, on Monday. “We are deeply sorry,” the email read.';
    assert.deepStrictEqual(speakers(text), ['Rachel Tan']);
  });

  it('reads “The health secretary, Wes Carter, said …. “…”” in one paragraph', () => {
    const text = 'The health secretary, Wes Carter, said waiting lists would fall by spring. “I am confident we are through the worst.”';
    assert.deepStrictEqual(speakers(text), ['Wes Carter']);
  });

  it('reads “Tory MP Graham Holt” is Graham Holt', () => {
    const text = 'Tory MP Graham Holt demanded an inquiry. “Heads must roll,” he said.';
    assert.deepStrictEqual(speakers(text), ['Graham Holt']);
  });

  it('reads “Labour MP Graham Holt” is Graham Holt', () => {
    const text = 'Labour MP Graham Holt demanded an inquiry. “Heads must roll,” he said.';
    assert.deepStrictEqual(speakers(text), ['Graham Holt']);
  });

  it('reads “Mum-of-three Kerry Dale” is Kerry Dale', () => {
    const text = 'Mum-of-three Kerry Dale, 35, said: “I just want my kids to be safe.”';
    assert.deepStrictEqual(speakers(text), ['Kerry Dale']);
  });

  it('reads “…,” said Omar Haddad, speaking on the sidelines of a conference', () => {
    const text = 'Oil prices rose on Monday. “Supply is tight,” said Omar Haddad, speaking on the sidelines of an energy conference in Riyadh.';
    assert.deepStrictEqual(speakers(text), ['Omar Haddad']);
  });

  it('reads A spokesman for the company, Tim Walsh, said: “…”', () => {
    const text = 'Kestrel Motors recalled 12,000 cars. A spokesman for the company, Tim Walsh, said: “No injuries have been reported.”';
    assert.deepStrictEqual(speakers(text), ['Tim Walsh']);
  });

  it('reads “…,” Dr Amira Nasser told the Guardian after the hearing', () => {
    const text = '“I feel vindicated,” Dr Amira Nasser told the Guardian after the hearing.';
    assert.deepStrictEqual(speakers(text), ['Amira Nasser']);
  });

  it('reads reported speech, then a paragraph “…,” he added', () => {
    const text = 'Inspector Neil Grey said the driver had fled the scene.\n\n“We will find him,” he added.';
    assert.deepStrictEqual(speakers(text), ['Neil Grey']);
  });

  it('reads The chancellor, Rachel Dunn, speaking to reporters in Downing Street, said: “…”', () => {
    const text = 'The chancellor, Rachel Dunn, speaking to reporters in Downing Street, said: “Growth is back.”';
    assert.deepStrictEqual(speakers(text), ['Rachel Dunn']);
  });

  it('reads Defending, Rebecca Moore said: “…”', () => {
    const text = 'Paul Grant, 47, admitted the theft. Defending, Rebecca Moore said: “He is deeply ashamed.”';
    assert.deepStrictEqual(speakers(text), ['Rebecca Moore']);
  });

  it('reads “…,” Karimi told the state news agency IRNA', () => {
    const text = 'Iran’s foreign minister, Ali Karimi, spoke by phone with his Omani counterpart. “Dialogue is the only way,” Karimi told the state news agency IRNA.';
    assert.deepStrictEqual(speakers(text), ['Ali Karimi']);
  });

  it('reads “…,” Doyle said on a podcast released on Thursday', () => {
    const text = 'The former coach, Mick Doyle, has criticised the board. “They never backed us,” Doyle said on a podcast released on Thursday.';
    assert.deepStrictEqual(speakers(text), ['Mick Doyle']);
  });

  it('reads “…,” he said in a video posted online', () => {
    const text = 'The rebel commander, Yusuf Adan, claimed the town had fallen. “We are in control,” he said in a video posted online.';
    assert.deepStrictEqual(speakers(text), ['Yusuf Adan']);
  });

  it('reads Kate Bell sent her sister a message at 2am. It read: “…”', () => {
    const text = 'Kate Bell sent her sister a message at 2am. It read: “Call me, I’m scared.”';
    assert.deepStrictEqual(speakers(text), ['Kate Bell']);
  });

  it('reads “…,” Ortiz wrote in her ruling', () => {
    const text = 'Judge Ana Ortiz blocked the policy on Tuesday. “The plaintiffs are likely to succeed,” Ortiz wrote in her ruling.';
    assert.deepStrictEqual(speakers(text), ['Ana Ortiz']);
  });

  it('reads The bishop, the Rt Rev John Pryce, called the closures “…”', () => {
    const text = 'The bishop, the Rt Rev John Pryce, called the closures “a tragedy for the valley.”';
    assert.deepStrictEqual(speakers(text), ['John Pryce']);
  });

  it('reads “…,” she told a rally of 2,000 supporters', () => {
    const text = 'Senator Grace Kim campaigned in Des Moines on Saturday. “We are going to win Iowa,” she told a rally of 2,000 supporters.';
    assert.deepStrictEqual(speakers(text), ['Grace Kim']);
  });

  it('reads “…,” said Lena Park of the Clean Air Coalition in a statement', () => {
    const text = '“This is a dark day,” said Lena Park of the Clean Air Coalition in a statement.';
    assert.deepStrictEqual(speakers(text), ['Lena Park']);
  });

  it('reads Shadow health secretary Amir Khan said: “…”', () => {
    const text = 'Shadow health secretary Amir Khan said: “The government has lost control.”';
    assert.deepStrictEqual(speakers(text), ['Amir Khan']);
  });

  it('reads “…,” Rees said when asked if he would resign', () => {
    const text = 'Coach Dan Rees was asked about his future. “I’m not going anywhere,” Rees said when asked if he would resign.';
    assert.deepStrictEqual(speakers(text), ['Dan Rees']);
  });

  it('reads “…,” said Eva Lund, 23, who was on the train', () => {
    const text = '“It was terrifying,” said Eva Lund, 23, who was on the train.';
    assert.deepStrictEqual(speakers(text), ['Eva Lund']);
  });

  it('reads “…,” she told this newspaper', () => {
    const text = 'Fiona Shaw has farmed the land for 30 years. “The rain has never been this bad,” she told this newspaper.';
    assert.deepStrictEqual(speakers(text), ['Fiona Shaw']);
  });
});

describe('news attribution shapes (catalogue 4): the general causes fixed', () => {
  it('reads a party or a place before an office in capitals as no name: "the Labour MP for Bath"', () => {
    assert.deepStrictEqual(speakers('Graham Holt, the Labour MP for Bath, said: “Heads must roll.”'), ['Graham Holt']);
    assert.deepStrictEqual(speakers('Graham Holt, the Tory MP, said: “Heads must roll.”'), ['Graham Holt']);
    assert.deepStrictEqual(speakers('Ann Ford, the Republican Senator from Ohio, said: “We will vote no.”'), ['Ann Ford']);
    // A body's name in apposition is still the body.
    assert.deepStrictEqual(speakers('The regulator, the Office for Academic Standards, said: “We will act.”'), ['the Office for Academic Standards']);
  });

  it('takes MP, MEP and MSP before a name for offices, and a counted parent for a description', () => {
    assert.deepStrictEqual(speakers('MP Graham Holt demanded an inquiry. “Heads must roll,” he said.'), ['Graham Holt']);
    assert.deepStrictEqual(speakers('Grandfather-of-six Len Oakes said: “Nobody listens.” Oakes added: “Nobody.”'), ['Len Oakes', 'Len Oakes']);
  });

  it('reads a headline’s bare role after its verb as the one the body names with it', () => {
    const body = '\n\nThe mayor of Carrow, Dennis Albright, promised on Sunday to rebuild the flooded town centre.\n\n“Not one shop will be left behind,” Albright said.';
    assert.deepStrictEqual(speakers('“We will rebuild,” says Carrow mayor' + body), ['Dennis Albright', 'Dennis Albright']);
  });

  it('credits "the email" or "the letter" to the named person the sentence before says sent or wrote it, not a body', () => {
    assert.deepStrictEqual(speakers('Parents received an email from head teacher Rachel Tan on Monday. “We are sorry,” the email read.'), ['Rachel Tan']);
    assert.deepStrictEqual(speakers('Fans were sent a statement from the chairman, Bill Kenwright. “We are sorry,” the statement said.'), ['Bill Kenwright']);
    assert.deepStrictEqual(speakers('Parents received an email from the council on Monday. “We are sorry,” the email read.'), ['the email']);
    assert.deepStrictEqual(speakers('The council wrote to residents on Monday. “Bins will be collected fortnightly,” the letter read.'), ['the letter']);
  });

  it('credits a statement no sentence brings in to the one whose words the sentence before reports', () => {
    assert.deepStrictEqual(speakers('The Home Office said the scheme would be reviewed. “We keep all policies under review,” the statement said.'), ['the Home Office']);
    assert.deepStrictEqual(speakers('Police arrested two men on Friday. “Inquiries continue,” the statement said.'), ['the statement']);
  });

  it('reads a name in apposition, past its closing comma, as the subject reporting speech before a paragraph of quotation', () => {
    const text = 'Hospitals were told to cancel routine operations. “It is chaos,” said Dr Ann Lowe, a surgeon in Leeds.\n\nThe health secretary, Wes Carter, said waiting lists would fall by spring.\n\n“I am confident we are through the worst.”';
    assert.deepStrictEqual(speakers(text), ['Ann Lowe', 'Wes Carter']);
  });
});
