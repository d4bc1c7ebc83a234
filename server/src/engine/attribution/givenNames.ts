import type { Gender } from './lexicon';

// Common given names by the gender they usually mark, in English-language news and fiction (old and new): a prior for
// he/she before the text itself shows a person's gender. Names used for both (Alex, Sam, Jordan) are left out.

const MALE = (
  'aaron abdul abraham adam adrian ahmed alan alasdair albert alberto alexander alfred ali alistair allan alonzo ' +
  'ambrose amos andre andrew andy angus anthony antonio archibald archie arnold arthur augustus austin barnaby ' +
  'barney bartholomew basil ben benedict benjamin bernard bert bill billy bob bobby boris brad bradley brendan ' +
  'brian bruce bruno bryan callum calvin cameron carl carlos cecil cedric charles charlie chris christopher ' +
  'claude clarence clement clifford clive colin conor connor craig cyril dale damian dan daniel danny darren ' +
  'david dean declan dennis derek desmond dev diego dmitri dominic donald doug douglas duncan dylan eamon earl ' +
  'ebenezer ed eddie edgar edmund edward edwin elijah elliot emmanuel enoch eric ernest eugene evan ezra felix ' +
  'ferdinand fergus fernando francis francisco frank frankie franz fred freddie frederick gabriel gareth gary ' +
  'gavin geoffrey george gerald gerard gilbert giles giuseppe glen gordon graham gregory guy hamish hank hans ' +
  'harold harry harvey hassan hector henry herbert horace howard hubert hugh hugo humphrey ian ibrahim igor ' +
  'isaac ivan jack jacob jake james jamie jason jasper jeff jeffrey jeremy jerome jim jimmy joe joel johann john ' +
  'johnny jonah jonas jonathan jose joseph joshua juan julian julius justin karl keith kenneth kevin kofi kwame ' +
  'lance larry laurence lawrence lenny leo leon leonard leopold lewis liam lionel lloyd louis lucas luke luis ' +
  'malcolm marco marcus mario mark martin marvin matt matthew maurice max maxwell michael miguel mike miles ' +
  'mohammed muhammad morris murray nathan nathaniel neil nick nicholas nigel noah norman oleg oliver omar ' +
  'oscar oswald otto owen patrick paul pedro percy peter philip phillip pierre piotr quentin rafael ralph ' +
  'ramon randolph ray raymond reginald rex richard rick robert roberto robin rodney roger roland ronald rory ' +
  'ross roy rudolph rufus rupert russell ryan samuel saul scott sean sebastian sergei seth shaun sidney silas ' +
  'simon solomon stanley stefan stephen steve steven stuart sven ted teddy terence terry theo theodore thomas ' +
  'tim timothy tobias toby tom tommy tony trevor tristan troy victor vincent vladimir walter warren wayne ' +
  'wilfred will william willie winston wolfgang xavier yusuf zachary dick bertie jem joey edmond'
).split(' ');

const FEMALE = (
  'abigail ada adele adelaide agatha agnes aisha alice alicia alison amanda amelia amy ana anastasia andrea ' +
  'angela angelina anita ann anna anne annette annie antonia aoife arabella ariana audrey barbara beatrice ' +
  'becky belinda bella bernadette beth bethan betsy betty beverly bianca brenda bridget brigid camilla carla ' +
  'carmen carol caroline carolyn catherine cathy cecilia cecily celia charlotte chloe christina christine ' +
  'cindy clara clare claire clarissa claudia constance cora cynthia daisy daphne dawn deborah debra delia ' +
  'diana diane dinah dolores dora doris dorothea dorothy edith edna eileen elaine eleanor elena elise eliza ' +
  'elizabeth ella ellen eloise elsa elsie emily emma esther ethel eugenia eva evelyn fanny fatima fiona flora ' +
  'florence frances freya gemma georgiana georgina geraldine gertrude gillian gina giulia gladys gloria ' +
  'grace gwen gwendolen hannah harriet hazel heather helen helena henrietta hester hilda hillary holly ' +
  'imogen ines ingrid irene iris isabel isabella isobel ivy jacqueline jane janet janice jean jeanne jemima ' +
  'jennifer jenny jessica jill joan joanna josephine joy joyce judith judy julia juliet june karen kate ' +
  'katherine kathleen kathryn katie katya kitty laura lauren lena leonora lilian lily linda lisa lizzie lois ' +
  'lorna lorraine louisa louise lucia lucy lydia mabel madeleine maggie margaret margot maria marian marianne ' +
  'marie marilyn marion marjorie marta martha mary matilda maud maude maureen maya meg megan melanie melissa ' +
  'mildred millie miriam molly monica nadia nancy naomi natalie natasha nell nellie nicola nina nora norah ' +
  'olga olive olivia pamela patricia pauline peggy penelope philippa phoebe polly priya priscilla prudence ' +
  'rachel rebecca rhoda rita roberta rosa rosalind rose rosemary rowena ruth sally samantha sandra sara sarah ' +
  'selina sharon sheila shirley sibyl sofia sophia sophie stella susan susanna suzanne sylvia tabitha tamsin ' +
  'tatiana teresa tess tessa theresa tina ursula valerie vanessa vera veronica victoria violet virginia ' +
  'wendy winifred yvonne zoe zora elinor scarlett'
).split(' ');

// Given names from beyond the English-speaking world that English-language news and features carry every day
// (Nordic, German, Dutch, Slavic, Hungarian, Romanian, Romance, Arabic, Turkish, Persian, South Asian, West and
// Southern African, Japanese), and more names of Ireland, Wales, Scotland and America; written without accents, as
// normalizeWord reads a name. Names given to both (Andrea, Jan, Nicola in Italy, Sasha, Kim) are left out.
const MALE_ABROAD = (
  'aksel anders arne bjorn espen fredrik gunnar haakon hakon halvard henrik ingvar jens joakim johan jorgen ' +
  'jørgen kjell knut lars leif magnus mikkel morten nils olaf olav ole oskar rasmus stig sten sverre thor ' +
  'torben torsten ulf ulrik vidar anton dieter dirk florian fritz gerhard gunther gunter heinz helmut horst ' +
  'jurgen klaus lukas lutz manfred matthias moritz niklas rainer ralf reinhard rolf rudi sigmund thilo uwe ' +
  'volker werner wilhelm wim pieter joost bram daan maarten ruud sander thijs willem koen jeroen aleksandr ' +
  'aleksander aleksandar aleksei alexei andrei andriy anatoly bogdan bohdan dariusz dmitry dragan dusan emil ' +
  'goran grzegorz ilya ivo jakub janusz jaroslav jiri kamil karel konstantin krzysztof ladislav laszlo leszek ' +
  'lubomir marek mateusz michal michał milos miroslav mykola nikolai nikolay oleksandr oleksiy ondrej pavel ' +
  'pavlo petr petar radek radu rafal rafał ruslan sergey sergiy stanislav stepan taras tomas tomasz vaclav ' +
  'vadim valentin vasily viktor vitaly vladislav vojtech wojciech yaroslav yevgeny yuri yury zbigniew zoltan ' +
  'istvan gabor bence ferenc attila aurel ilie mihai ionut florin cristian dragos nikola luka marko zoran dejan ' +
  'nenad srdjan alejandro alessandro alfonso alvaro antoine armando arnaud bernardo carlo cesar claudio ' +
  'cristiano damien daniele dario davide domingo eduardo emilio enrique enzo ernesto esteban fabio fabrice ' +
  'federico felipe filippo francesco francois gaston giacomo gianluca giorgio giovanni gonzalo guillaume ' +
  'guillermo gustavo henri hernan ignacio jacques jaime javier joaquin jorge julien lorenzo luca luciano manuel ' +
  'marcel marcelo massimo matteo mateo mathieu mauricio mauro nicolas olivier pablo paolo pascal patricio raul ' +
  'renato ricardo riccardo rodrigo rui salvatore sergio stefano thierry tiago vicente vittorio yves joao paulo ' +
  'mateus henrique afonso duarte goncalo nuno sebastien benoit laurent didier gilles philippe rene luigi ' +
  'marcello leonardo abdullah ahmad akbar amir anwar arjun ashok bilal faisal farid farhan hamid hamza hussein ' +
  'imran jamal javed kamal karim khalid mahmoud majid mehmet mohamed mohammad mustafa nabil nasser rahul rajesh ' +
  'rami ravi reza salim samir sanjay suresh tariq vikram waleed yasser youssef ziad emre burak murat ahmet ' +
  'kemal arash babak amit anil deepak vijay raj rohan sunil pranav aditya nikhil vivek rashid hakim chidi ' +
  'chukwuemeka emeka kwabena kwesi obinna tunde babatunde thabo sipho themba segun ikenna chinedu olumide kojo ' +
  'abebe musa moses hiroshi kenji takeshi kazuo satoshi haruto ichiro daisuke aidan alfie barry brett bryn ' +
  'caleb cathal ciaran cillian colm conall cormac darragh darryl dermot donal dougal eoin euan ewan finlay ' +
  'gethin glyn gwyn hal huw iain idris ieuan iwan jarrod jed jeremiah jethro kieran kyle lachlan len les lorcan ' +
  'marc mervyn neville niall oisin owain padraig phil rhodri rhys rob robbie ronan ronnie ruairi seamus shane ' +
  'stu tadhg tyler wyn zach zak brandon cody dwayne elliott garrett gregg jared jerry jon josh lamar mitch nate ' +
  'ned nolan reggie ron shawn stan tyrone vince wes jalen deshawn darnell dwight ernie gus ira marty ricky ' +
  'rocco wally duane'
).split(' ');

const FEMALE_ABROAD = (
  'agnete anja annika astrid birgit birgitta brigitte britta dagny elin elke frida frieda gerda gisela greta ' +
  'gudrun gunilla hanna hannelore heidi helga hilde hildegard ilse inga inge ingeborg jutta karin katrin ' +
  'kirsten kristin liesel lotte maja malin marit mette petra ragnhild sabine sigrid silke solveig sonja susanne ' +
  'svenja tove trine ulla ulrike ute wiebke saskia femke marieke anouk sanne annelies ineke liv sofie ida signe ' +
  'agnieszka aleksandra alina alla anya beata danuta darya dasha ewa galina halina irina ivana jadwiga jana ' +
  'jelena katarina katarzyna ksenia larisa lidia ludmila lyudmila magda magdalena malgorzata małgorzata marina ' +
  'milena mira monika nadezhda natalia natalya oksana olena paulina polina renata svetlana tamara tatyana ' +
  'valentina veronika viktoria yelena yulia zofia zuzana zsuzsa ildiko erzsebet sorina ioana mihaela andreea ' +
  'ileana dragana mirjana snezana vesna irena dunja lucija adriana alejandra alessandra anabel araceli beatriz ' +
  'benedetta camila catalina chiara cristina daniela emilia esperanza fabiola federica fernanda francesca ' +
  'gabriela giovanna graciela josefina juliana julieta leticia lorena luisa manuela marcela margarita mariana ' +
  'maribel marisol milagros nuria paola paula pilar raquel rocio rosalia silvia simona soledad valeria ximena ' +
  'yolanda amelie aurelie celine chantal christelle colette delphine elodie emilie fabienne francoise genevieve ' +
  'helene isabelle juliette lucie manon margaux martine mathilde nathalie odette pascale sandrine severine ' +
  'sylvie veronique virginie yvette giorgia ilaria loredana martina serena stefania viviana joana leonor ' +
  'aaliyah amina amira anjali asma ayesha aylin dina elif emine farah fatma hafsa hana hiba huda jamila laila ' +
  'layla leila lina mariam maryam nasrin noor nour parisa rana rania reem safiya salma samira sana shirin ' +
  'soraya yasmin yasmine zahra zainab zeynep zara zeinab deepa divya kavita lakshmi meena neha nisha pooja ' +
  'preeti radha rekha shanti shreya sunita usha aarti ananya indira padma parvati sita geeta asha sangeeta ' +
  'shabnam abena adaeze adaora adwoa akosua amara chiamaka chidinma chioma efua ifeoma ngozi nkechi nneka ' +
  'thandiwe nomvula wanjiru wambui imani zawadi folake funmilayo yetunde aiko akiko ayumi emiko hanako haruka ' +
  'keiko kumiko mariko mei naoko sakura yoko yumi yuko abbie aileen alana alexandra alisha alyssa amber bernice ' +
  'beryl bethany bronwen caitlin carly carys cerys ciara clodagh deirdre della edwina eimear eira eleri elspeth ' +
  'emer enid eunice faye fern fionnuala freda glenys gwyneth hayley janine jayne jess jodie joanne jolene ' +
  'kayleigh kirsty lacey leanne lowri lynette lynne maeve mairead mairi marcia moira morag myfanwy nadine niamh ' +
  'nuala orla paige rhian rhiannon roisin saoirse seren sian siobhan sinead shona tegan tracey tracy una ' +
  'courtney danielle ebony jasmine kayla keisha latoya shanice tamika nicole stacey stephanie tammy tanya trudy ' +
  'donna doreen norma phyllis thelma wilma corinne theodora leah'
).split(' ');

/** The gender a given name usually marks, or undefined. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...[...MALE, ...MALE_ABROAD].map((n): [string, Gender] => [n, 'm']),
  ...[...FEMALE, ...FEMALE_ABROAD].map((n): [string, Gender] => [n, 'f']),
]);

/**
 * Common English pet forms of given names, with the formal name they stand for ("Harry" for Henry, "Lizzy" for
 * Elizabeth): a person the narration calls Henry Wotton is the Harry the dialogue addresses.
 */
export const FORMAL_GIVEN_NAME: ReadonlyMap<string, string> = new Map(
  ('harry:henry hal:henry jack:john johnny:john bob:robert bobby:robert rob:robert bill:william billy:william ' +
    'will:william willie:william dick:richard ned:edward ted:edward teddy:edward tom:thomas tommy:thomas ' +
    'jim:james jimmy:james jem:james jemmy:james joe:joseph ben:benjamin charlie:charles sam:samuel ' +
    'tony:anthony sandy:alexander archie:archibald freddy:frederick freddie:frederick fred:frederick ' +
    'kit:christopher nat:nathaniel dan:daniel davy:david nick:nicholas pete:peter matt:matthew ' +
    'lizzy:elizabeth lizzie:elizabeth bess:elizabeth betsy:elizabeth beth:elizabeth kate:catherine kitty:catherine ' +
    'peggy:margaret meg:margaret maggie:margaret polly:mary molly:mary sally:sarah nell:helen nelly:helen ' +
    'jenny:jane fanny:frances patty:martha dolly:dorothy nancy:ann susie:susan sukey:susan annie:ann ' +
    'carrie:caroline cliff:clifford mike:michael steve:stephen dave:david chris:christopher andy:andrew tim:timothy ' +
    'phil:philip greg:gregory ken:kenneth ron:ronald ray:raymond len:leonard terry:terence gerry:gerald wally:walter ' +
    'liz:elizabeth jen:jennifer sue:susan vicky:victoria becky:rebecca cathy:catherine kathy:katherine mandy:amanda').split(' ').map((pair) => pair.split(':') as [string, string]),
);
