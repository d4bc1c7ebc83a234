// A Russian is named by given name, patronymic and surname: "Anna Sergeyevna" is the polite form of Anna Sergeyevna
// Vereshchagina, not a woman of surname Sergeyevna, and her family call her Anya or Anyuta, the language's standard
// diminutives of Anna. English novels of Russia keep all three forms, for one person.

/**
 * A father's name with the ending that makes it a patronymic: "Sergeyevich", "Petrovna", "Ilyinichna", "Ilyich". The
 * group is the stem, the father's given name as the patronymic keeps it.
 */
const PATRONYMIC = /^(\p{L}{2,}?)(?:ovich|evich|ovna|evna|ichna|[iy]ch)$/u;

/** Whether lower-case `word` is a Russian patronymic. */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

/** The father's given name a patronymic is made of, as its stem: "arkady" of "Arkadyevna", "nikola" of "Nikolaevich". */
function patronymicStem(word: string): string | null {
  return PATRONYMIC.exec(word.toLowerCase())?.[1] ?? null;
}

/**
 * Whether a person of name `father` (words) can be the father a patronymic in name `child` names: "Arkady Nikolaevich
 * Vereshin" of "Varvara Arkadyevna Vereshina", the child's patronymic made of his given name.
 */
export function fatherByPatronymic(father: readonly string[], child: readonly string[]): boolean {
  const stem = child.length === 3 ? patronymicStem(child[1]) : null;
  if (!stem || father.length !== 3 || !isPatronymic(father[1].toLowerCase())) return false;
  const given = father[0].toLowerCase();
  return given.startsWith(stem) || stem.startsWith(given.replace(/[iy]$/, ''));
}

/**
 * Whether names `short` and `long` (lower-case words) are a given name and patronymic and the same with a surname after:
 * "Anna Sergeyevna" of "Anna Sergeyevna Vereshchagina".
 */
export function patronymicForm(short: readonly string[], long: readonly string[]): boolean {
  return short.length === 2 && long.length === 3 && isPatronymic(short[1]) && short[0] === long[0] && short[1] === long[1];
}

/**
 * The standard diminutives of common Russian given names and the formal names (in their English spellings) they stand
 * for, as "pet:formal|formal" pairs (givenNames.ts reads them with its own pet forms).
 */
export const RUSSIAN_DIMINUTIVES =
  'anya:anna anyuta:anna annushka:anna nyura:anna nyusha:anna anechka:anna kolya:nikolai|nikolay ' +
    'nikolenka:nikolai|nikolay kolenka:nikolai|nikolay sasha:alexander|aleksandr|alexandra|aleksandra ' +
    'sashenka:alexander|aleksandr|alexandra|aleksandra shura:alexander|aleksandr|alexandra|aleksandra ' +
    'alyosha:alexei|aleksei|alexey|aleksey lyosha:alexei|aleksei|alexey|aleksey mitya:dmitri|dmitry|dmitrii ' +
    'mitenka:dmitri|dmitry|dmitrii dima:dmitri|dmitry|dmitrii vanya:ivan vanechka:ivan vanka:ivan misha:mikhail ' +
    'mishka:mikhail petya:pyotr|petr pasha:pavel|praskovya pavlusha:pavel seryozha:sergei|sergey volodya:vladimir ' +
    'vova:vladimir katya:yekaterina|ekaterina|katerina katyusha:yekaterina|ekaterina|katerina ' +
    'katenka:yekaterina|ekaterina|katerina masha:maria|mariya|marya mashenka:maria|mariya|marya ' +
    'manya:maria|mariya|marya natasha:natalya|natalia|natalie nata:natalya|natalia lena:yelena|elena ' +
    'lenochka:yelena|elena olya:olga tanya:tatiana|tatyana|tatiyana zhenya:yevgeny|evgeny|yevgenia|evgenia ' +
    'kostya:konstantin lyuda:lyudmila|ludmila sonya:sofia|sofya|sophia varya:varvara ' +
    'grisha:grigory|grigori borya:boris yasha:yakov fedya:fyodor|fedor styopa:stepan arkasha:arkady|arkadi ' +
    'dunya:avdotya|evdokia dunyasha:avdotya|evdokia lyova:lev vasya:vasily|vasili nadya:nadezhda ' +
    'liza:yelizaveta|elizaveta yura:yuri|yury andryusha:andrei|andrey nastya:anastasia|anastasiya ' +
    'ksyusha:kseniya|ksenia syoma:semyon ilyusha:ilya tolya:anatoly|anatoli galya:galina valya:valentina|valentin ' +
    'vitya:viktor|victor slava:vyacheslav|vladislav|stanislav|yaroslav';
