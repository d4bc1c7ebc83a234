import { FUNCTION_WORDS, type Gender } from './lexicon';
import { RUSSIAN_DIMINUTIVES } from './russianNames';

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
 * Common English pet forms of given names, with the formal names they stand for ("Harry" for Henry, "Teddy" for
 * Edward or Theodore): a person the narration calls Henry Wotton is the Harry the dialogue addresses.
 */
const PET_FORMS = petTable(
  'al:albert|alan|alfred|alexander alf:alfred alfie:alfred bert:albert|herbert|bertram bertie:albert|herbert|bertram ' +
    'archie:archibald art:arthur artie:arthur barney:barnabas|barnaby|bernard ben:benjamin|benedict benny:benjamin ' +
    'bernie:bernard bill:william billy:william will:william willie:william willy:william bob:robert bobby:robert ' +
    'rob:robert robbie:robert charlie:charles chuck:charles chas:charles kit:christopher|katherine|catherine chris:christopher ' +
    'clem:clement dan:daniel danny:daniel dave:david davy:david davey:david dick:richard rick:richard ricky:richard ' +
    'richie:richard don:donald donny:donald ed:edward|edmund|edwin eddie:edward|edmund|edwin ned:edward|edmund ' +
    'ted:edward|edmund|theodore teddy:edward|theodore theo:theodore ernie:ernest frank:francis|franklin ' +
    'frankie:francis fred:frederick|alfred freddy:frederick freddie:frederick gus:augustus|angus harry:henry|harold ' +
    'hal:henry hank:henry herb:herbert jack:john johnny:john jock:john jake:jacob jamie:james jim:james jimmy:james ' +
    'jem:james jemmy:james jeff:jeffrey|geoffrey jerry:gerald|jeremiah|jerome joe:joseph joey:joseph jon:jonathan ' +
    'josh:joshua larry:lawrence|laurence len:leonard lenny:leonard leo:leonard|leopold lou:louis|louisa|louise ' +
    'matt:matthew max:maximilian|maxwell mick:michael mickey:michael mike:michael nat:nathaniel|nathan ' +
    'nate:nathan|nathaniel nick:nicholas nicky:nicholas ollie:oliver pat:patrick|patricia paddy:patrick pete:peter ' +
    'phil:philip pip:philip|philippa pippa:philippa ray:raymond reg:reginald reggie:reginald ron:ronald ' +
    'ronnie:ronald sam:samuel|samantha sammy:samuel sandy:alexander|alexandra sid:sidney stan:stanley ' +
    'steve:stephen|steven stu:stuart terry:terence tim:timothy timmy:timothy toby:tobias tom:thomas tommy:thomas ' +
    'tony:anthony vic:victor|victoria vince:vincent wally:walter walt:walter zach:zachary greg:gregory ' +
    'ken:kenneth kenny:kenneth andy:andrew drew:andrew gil:gilbert monty:montague|montgomery percy:percival ' +
    'seb:sebastian sol:solomon algy:algernon abe:abraham manny:emmanuel cliff:clifford gerry:gerald ' +
    'abby:abigail abbie:abigail addie:adelaide|adeline|adele aggie:agnes allie:alice|alison ' +
    'annie:ann|anne|anna nan:ann|anne nancy:ann|anne becky:rebecca becca:rebecca bella:isabella|arabella ' +
    'bess:elizabeth bessie:elizabeth beth:elizabeth betsy:elizabeth betty:elizabeth eliza:elizabeth ' +
    'elsie:elizabeth libby:elizabeth liz:elizabeth lizzie:elizabeth lizzy:elizabeth ' +
    'cathy:catherine|katherine kate:catherine|katherine katie:catherine|katherine|kathleen kath:katherine|kathleen ' +
    'kathy:katherine|kathleen kitty:catherine|katherine cissie:cecily|cecilia connie:constance debbie:deborah ' +
    'dot:dorothy dottie:dorothy dolly:dorothy dell:adele|adelaide|adeline della:adele|adelaide|adeline edie:edith ' +
    'effie:euphemia ellie:eleanor|ellen|elinor nell:helen|eleanor|ellen nellie:helen|eleanor|ellen ' +
    'nelly:helen|eleanor|ellen emmy:emily|emma fanny:frances fran:frances frannie:frances flo:florence ' +
    'florrie:florence flossie:florence georgie:georgina|georgiana gertie:gertrude ginny:virginia gussie:augusta ' +
    'hattie:harriet|henrietta hetty:harriet|henrietta|hester izzy:isabel|isabella jenny:jane|jennifer ' +
    'jen:jennifer jess:jessica jessie:jessica|janet jo:josephine|joanna josie:josephine judy:judith ' +
    'letty:letitia lettie:letitia lil:lilian lottie:charlotte lotty:charlotte lulu:louisa|louise ' +
    'maddie:madeleine maggie:margaret madge:margaret meg:margaret peg:margaret peggy:margaret daisy:margaret ' +
    'mamie:mary mollie:mary molly:mary polly:mary mandy:amanda milly:mildred|millicent|amelia ' +
    'millie:mildred|millicent|amelia minnie:wilhelmina|minerva patsy:patricia patty:patricia|martha ' +
    'penny:penelope prue:prudence rosie:rose|rosalind|rosemary sal:sarah sally:sarah sadie:sarah sue:susan|susanna ' +
    'susie:susan|susanna sukey:susan tess:teresa|theresa tessa:teresa|theresa tilly:matilda tillie:matilda ' +
    'trixie:beatrix|beatrice trish:patricia vicky:victoria winnie:winifred bea:beatrice|beatrix babs:barbara ' +
    'carrie:caroline steph:stephanie val:valerie alec:alexander alex:alexander|alexandra bart:bartholomew ' +
    'baz:barry brad:bradley cam:cameron dom:dominic geoff:geoffrey kev:kevin mal:malcolm mitch:mitchell ' +
    'nico:nicholas ozzie:oswald rafe:raphael rich:richard rod:rodney|roderick russ:russell si:simon wes:wesley ' +
    'xander:alexander zac:zachary cass:cassandra chrissie:christine|christina gabby:gabrielle|gabriella ' +
    'jackie:jacqueline kim:kimberley|kimberly lexie:alexandra maddy:madeleine|madison mags:margaret pam:pamela ' +
    'nikki:nicola tash:natasha tasha:natasha trudy:gertrude vi:violet suzie:susan|suzanne ' +
    // Scots forms.
    'rab:robert rabbie:robert tam:thomas tammas:thomas wull:william wullie:william davie:david geordie:george ' +
    'jeanie:jean|jane');

const RUSSIAN_PET_FORMS = petTable(RUSSIAN_DIMINUTIVES);

/** "pet:formal|formal" pairs, space-separated, as a map from each pet form to its formal names. */
function petTable(pairs: string): ReadonlyMap<string, readonly string[]> {
  return new Map(
    pairs.split(' ').map((pair) => {
      const [pet, formal] = pair.split(':');
      return [pet, formal.split('|')];
    }),
  );
}

/** The formal given names a pet name in the table, English or Russian, stands for ("teddy" → edward, theodore; "kolya" → nikolai). */
export function formalNamesOf(pet: string): readonly string[] {
  return PET_FORMS.get(pet) ?? RUSSIAN_PET_FORMS.get(pet) ?? [];
}

/**
 * The gender a pet form in the table marks when all the formal names it stands for mark one ("Rab" of Robert: a man;
 * "Sandy", Alexander's or Alexandra's: none), else undefined.
 */
export function petFormGender(pet: string): Gender | undefined {
  const genders = new Set(formalNamesOf(pet).map((n) => GIVEN_NAME_GENDER.get(n)));
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** The endings English adds to the start of a name to make its pet form ("Junie" of Juniper, "Davey" of David). */
const PET_ENDINGS = /^(\p{L}{3,}?)(?:ie|y|ey)$/u;

/**
 * Whether lower-case given name `pet` is a pet form of `formal`: one the table lists, or, for a name that is no common
 * given name itself (Mary is not Margaret's), one English makes from the formal name's start, cut short ("Wren" of
 * Wrenna) or with a pet ending ("Junie" of Juniper).
 */
export function isPetFormOf(pet: string, formal: string): boolean {
  if (formalNamesOf(pet).includes(formal)) return true;
  // "The landlord?" does not call Theodore: a word of grammar is no one's pet name.
  if (GIVEN_NAME_GENDER.has(pet) || pet.length < 3 || FUNCTION_WORDS.has(pet)) return false;
  if (formal.length >= pet.length + 2 && formal.startsWith(pet)) return true;
  const stem = petStem(pet);
  // A pet ending on the whole name, "Ruthie" of Ruth, or in place of its silent e, "Junie" of June; on a cut one the
  // name goes on past a letter ("Rosy" is not Ross's).
  return !!stem && stem.length >= 3 && (formal === stem || formal === `${stem}e` || (formal.length > stem.length + 1 && formal.startsWith(stem)));
}

/** Stems by pet name: a pet is tried against every person of a text, so its stem is cut once. */
const petStems = new Map<string, string | undefined>();

function petStem(pet: string): string | undefined {
  if (petStems.has(pet)) return petStems.get(pet);
  if (petStems.size > 10000) petStems.clear();
  const stem = PET_ENDINGS.exec(pet)?.[1].replace(/(\p{L})\1$/u, '$1');
  petStems.set(pet, stem);
  return stem;
}
