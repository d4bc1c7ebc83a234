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

/** The gender a given name usually marks, or undefined. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE.map((n): [string, Gender] => [n, 'm']),
  ...FEMALE.map((n): [string, Gender] => [n, 'f']),
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
    'carrie:caroline').split(' ').map((pair) => pair.split(':') as [string, string]),
);
