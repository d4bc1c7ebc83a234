// Word lists attribution reads by: speech verbs (every inflection), pronouns, titles, role nouns and the words that
// mark a capitalised run as a place or an organisation rather than a person. All lower case.

function inflect(base: string, irregular: string[] = []): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const ied = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : null;
  const ies = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : null;
  const s = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's';
  // Doubled final consonant after a short vowel: admit → admitted, snap → snapped.
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(base) ? [base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing'] : [];
  return [base, ies ?? s, ied ?? stem + 'ed', stem + 'ing', ...doubled, ...irregular];
}

const regularSpeechVerbs = (
  'add admit affirm agree announce answer argue ask assert assure boast cackle call caution chuckle claim comment ' +
  'complain concede conclude confess confide confirm continue counter cry declare demand deny describe dismiss ' +
  'echo emphasise emphasize exclaim explain gasp groan growl grumble grunt hiss inquire enquire insist interject ' +
  'interrupt joke laugh lament maintain moan mumble murmur mutter muse note object observe plead point pray ' +
  'proclaim promise protest question recall reckon reflect reiterate rejoin remark remind repeat reply report ' +
  'respond retort return roar scoff scream shout sigh snap snarl sneer sob state stammer stress suggest tease testify ' +
  'urge venture vow wail warn whimper whisper wonder yell acknowledge reveal disclose ' +
  // Verbs of judging that bring in someone's words about another ("accused the government of “…”").
  'accuse praise criticise criticize condemn hail welcome blame deride mock thank commend congratulate applaud ' +
  // Fiction's speech verbs.
  'persist pursue resume drawl stutter falter bawl bellow chime croak entreat implore beg interpose assent query ' +
  'shriek whine sob pant propose instruct smile grin nod breathe challenge intimate hesitate correct'
).split(' ');

const irregularSpeechVerbs: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  go: ['goes', 'went', 'going'],
  put: ['puts', 'putting'],
  break: ['breaks', 'broke'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replying'],
  swear: ['swears', 'swore'],
  sing: ['sings', 'sang'],
};

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...regularSpeechVerbs.flatMap((v) => inflect(v)),
  ...Object.entries(irregularSpeechVerbs).flatMap(([base, forms]) => [base, ...forms]),
]);

/** Speech verbs in their plain form ("remark", "say"), the form no singular subject takes in the past or third person. */
export const SPEECH_VERB_BASES: ReadonlySet<string> = new Set([...regularSpeechVerbs, ...Object.keys(irregularSpeechVerbs)]);

/** Verbs whose object is the addressee (`told Reuters`), so a name after them is never the speaker. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  ...['tell', 'assure', 'remind', 'urge', 'caution', 'warn', 'inform'].flatMap((v) => inflect(v)),
  'told',
]);

/** Verbs that say nothing on their own in narration ("went", "began"): speech only right next to a quotation. */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'go', 'goes', 'went', 'going', 'begin', 'begins', 'began', 'begun', 'beginning', 'put', 'puts', 'putting',
  'break', 'breaks', 'broke', 'return', 'returns', 'returned', 'returning', 'continue', 'continues', 'continued',
  'point', 'points', 'pointed', 'state', 'states', 'call', 'calls', 'question', 'questions', 'object', 'objects',
  'note', 'notes', 'pray', 'wonder', 'echo', 'reflect', 'muse', 'laugh', 'laughs', 'laughed', 'sigh', 'sighs', 'sighed',
  'smile', 'smiles', 'smiled', 'grin', 'grins', 'grinned', 'nod', 'nods', 'nodded', 'breathe', 'breathes', 'breathed',
  'pant', 'pants', 'panted', 'sing', 'sings', 'sang', 'propose', 'proposes', 'proposed',
  'pursue', 'pursues', 'pursued', 'resume', 'resumes', 'resumed', 'hesitate', 'hesitates', 'hesitated', 'hesitating',
  'correct', 'corrects', 'corrected', 'correcting',
]);

/** Small numbers that count people as a group ("the three Miss Pellews"). */
export const COUNT_WORDS = /^(?:two|three|four|five|six|seven)$/;

export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** A subject pronoun as written, its contraction aside: "I’ll tell him" is "I" telling, no one named "I’ll". */
export function pronounOf(lower: string): string {
  const bare = lower.replace(/['’](?:d|ll|ve|re|m|s)$/, '');
  return SUBJECT_PRONOUNS.has(bare) ? bare : lower;
}

export type Gender = 'm' | 'f';

/**
 * Common verbs whose past tense does not end in -ed ("Weary paid generous tribute", "Hallam took the reins"): with the
 * -ed ending, what shows a lone capitalised word acting as someone. Forms that are also present or nouns (put, set, read) are left out.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ('took gave made went came saw knew thought got sat stood ran held kept left felt brought began shook threw drew caught ' +
    'laid led met rose fell wrote spoke broke bent hung swung struck drank ate wore bit hid sent spent stuck tore woke ' +
    'won flung wept slept swept crept knelt leapt sank sprang stole paid heard found lost built bought sought taught ' +
    'fought meant rode sang swam grew flew blew forgot forgave understood became withdrew').split(' '),
);

/** Honorifics and titles placed before a name; the gendered ones tell the person's gender. */
export const HONORIFIC_GENDER: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['mr', 'm'], ['mister', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'], ['father', 'm'],
  ['brother', 'm'], ['uncle', 'm'], ['monsieur', 'm'], ['herr', 'm'], ['señor', 'm'], ['master', 'm'], ['duke', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['madame', 'f'], ['mme', 'f'], ['lady', 'f'], ['dame', 'f'],
  ['queen', 'f'], ['princess', 'f'], ['sister', 'f'], ['aunt', 'f'], ['mother', 'f'], ['frau', 'f'], ['señora', 'f'],
  ['duchess', 'f'], ['mlle', 'f'],
  ['dr', null], ['doctor', null], ['prof', null], ['professor', null], ['rev', null], ['reverend', null], ['parson', null], ['st', null],
  ['saint', null], ['capt', null], ['captain', null], ['col', null], ['colonel', null], ['gen', null], ['general', null],
  ['lt', null], ['lieutenant', null], ['sgt', null], ['sergeant', null], ['major', null], ['gov', null], ['sen', null],
  ['rep', null], ['judge', null], ['justice', null], ['president', null], ['chancellor', null], ['senator', null],
  ['governor', null], ['mayor', null], ['minister', null], ['secretary', null], ['premier', null], ['pope', null],
  ['ambassador', null], ['commissioner', null], ['chief', null], ['director', null], ['deputy', null], ['cardinal', null],
  ['bishop', null], ['rabbi', null], ['imam', null], ['sheikh', null], ['chairman', 'm'], ['chairwoman', 'f'],
  ['congressman', 'm'], ['congresswoman', 'f'], ['officer', null], ['detective', null], ['inspector', null],
  ['coach', null], ['head', null], ['state', null], ['vice', null], ['prime', null], ['foreign', null],
  // British police ranks and councillors, written out or cut short ("Det Supt Cray", "Cllr Okoro").
  ['det', null], ['superintendent', null], ['supt', null], ['insp', null], ['constable', null], ['commander', null],
  ['cmdr', null], ['councillor', null], ['cllr', null],
  // Fiction's clergy, ranks, household and family titles ("Archdeacon Hallam", "Private Marsh", "Grandpa Lindqvist").
  ['archdeacon', null], ['canon', null], ['deacon', null], ['abbot', 'm'], ['abbess', 'f'], ['friar', 'm'],
  ['private', null], ['corporal', null], ['commodore', null], ['matron', 'f'], ['nurse', null],
  ['grandpa', 'm'], ['grandad', 'm'], ['granddad', 'm'], ['grandfather', 'm'], ['grandma', 'f'], ['granny', 'f'],
  ['grandmother', 'f'], ['auntie', 'f'], ['aunty', 'f'], ['cousin', null],
]);

/** Titles of address that name no office: "Mr", "Miss", "Madame" alone is no one's title. */
export const COURTESY_TITLES = /^(?:mr|mister|mrs|ms|miss|mlle|madam|madame|mme|monsieur|herr|frau|señor|señora)$/;

/** The role noun an abbreviated title stands for: Dr. Archie is "the doctor". */
export const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ['dr', 'doctor'], ['prof', 'professor'], ['capt', 'captain'], ['col', 'colonel'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['sgt', 'sergeant'], ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['insp', 'inspector'],
  ['det', 'detective'], ['pres', 'president'], ['maj', 'major'], ['adm', 'admiral'], ['supt', 'superintendent'],
  ['cllr', 'councillor'], ['justice', 'judge'], ['kc', 'barrister'], ['qc', 'barrister'],
]);

/**
 * The rank or title a colloquial short form addresses ("Yes, Sarge.", "Where does it hurt, Doc?"): the ranks' and
 * titles' spoken clippings, used to the one holder in earshot as a name.
 */
export const SPOKEN_RANKS: ReadonlyMap<string, string> = new Map([
  ['sarge', 'sergeant'], ['doc', 'doctor'], ['prof', 'professor'], ['cap', 'captain'], ['skipper', 'captain'], ['loot', 'lieutenant'],
]);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'st', 'jr', 'sr', 'capt', 'col', 'gen', 'lt', 'sgt', 'gov', 'sen', 'rep',
  'mme', 'mlle', 'messrs', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'jan', 'feb', 'aug', 'sept', 'oct',
  'nov', 'dec', 'hon', 'esq', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'det', 'fr', 'pres',
]);

/** Nouns for what people are (heads of role phrases: "the Russian president", "an independent analyst"). */
export const ROLE_GENDER: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ...('president minister secretary chancellor governor mayor senator representative lawmaker legislator judge ' +
    'justice chief director executive officer spokesperson analyst economist scientist professor researcher ' +
    'historian activist lawyer attorney commander general colonel captain coach manager striker player teacher nurse ' +
    'doctor physician surgeon engineer marshal conservator curator envoy ambassador diplomat official adviser advisor ' +
    'aide leader chair chairperson founder editor reporter journalist author writer epidemiologist strategist expert ' +
    'trustee candidate challenger incumbent moderator head premier member spokesperson economist banker investor ' +
    'owner farmer worker student resident witness victim survivor neighbour neighbor officer commissioner inspector ' +
    'detective prosecutor defendant plaintiff negotiator mediator organiser organizer campaigner protester ' +
    'representative delegate deputy forecaster planner designer architect researcher professor principal pastor ' +
    'priest bishop cardinal rabbi imam sheikh host presenter anchor correspondent commentator critic politician ' +
    'administrator regulator executive founder partner lecturer dean chef pilot driver soldier sergeant lieutenant ' +
    'general admiral consultant psychologist psychiatrist therapist biologist physicist chemist climatologist ' +
    'meteorologist lawmaker opponent rival friend colleague child stranger servant guard clerk prisoner captain ' +
    'sailor doctor landlord owner holder fan supporter forward defender midfielder winger fullback quarterback ' +
    'pitcher bowler batter sprinter swimmer rider jockey boxer wrestler skier skater runner golfer referee umpire steward ' +
    'actor singer songwriter producer filmmaker composer dancer painter photographer poet agent solicitor barrister ' +
    'councillor councilor paramedic constable superintendent sheriff tenant employee carer midwife volunteer voter ' +
    'commuter passenger motorist pedestrian eyewitness refugee migrant pensioner retiree teenager headteacher schoolteacher pupil ' +
    'graduate magistrate juror coroner claimant broker trader entrepreneur astronomer mechanic auditor cllr guide source ' +
    'whip staffer boss skipper medic teammate counsel builder plumber carpenter labourer laborer baker butcher cleaner ' +
    'wing fly-half scrum-half full-back centre-back flanker batsman champion winner finalist medallist veteran debutant ' +
    'coxswain lifeguard vicar rector chaplain curate sophomore freshman undergraduate postgraduate apprentice ' +
    'treasurer bursar registrar warden bailiff surveyor accountant supervisor foreman cashier caretaker ' +
    'janitor publican joiner roofer glazier stonemason blacksmith grocer hairdresser welder decorator fundraiser ' +
    'choreographer parent grandparent waiter bartender conductor archdeacon deacon corporal commodore master boatswain ' +
    'bosun purser quartermaster mp mep msp').split(' ').map((w): [string, Gender | null] => [w, null]),
  ...('man gentleman boy husband father brother son uncle nephew grandfather king prince lord duke monk priest ' +
    'spokesman chairman congressman businessman sir fellow lad grandson widower emperor postman fisherman policeman ' +
    'father-in-law brother-in-law son-in-law headmaster postmaster barman footman coachman abbot friar guy bloke').split(' ').map(
    (w): [string, Gender | null] => [w, 'm'],
  ),
  ...('woman lady girl wife mother sister daughter aunt niece grandmother queen princess duchess nun spokeswoman ' +
    'chairwoman congresswoman businesswoman actress madam mistress lass granddaughter widow empress maid ' +
    'waitress heroine hostess policewoman dame mother-in-law sister-in-law daughter-in-law headmistress postmistress ' +
    'landlady barmaid housemaid abbess')
    .split(' ').map((w): [string, Gender | null] => [w, 'f']),
]);

/** Words before a team's name in sports reports ("the holders Ellis Vale", "Champions Dunmore Vale"). */
export const TEAM_TITLES = /^(?:holders|champions|hosts|visitors)$/;

/** Roles news calls by other names: "the gaffer" is the manager, "the lawyer" the barrister or solicitor. */
const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['manager', 'gaffer', 'boss', 'coach'],
  ['captain', 'skipper'],
  ['innkeeper', 'landlord', 'landlady', 'publican'],
  ['blacksmith', 'smith'],
  ['doctor', 'physician', 'medic', 'gp'],
  ['lawyer', 'barrister', 'solicitor', 'attorney', 'counsel', 'advocate'],
  ['officer', 'constable', 'sergeant', 'detective', 'inspector'],
  ['chief executive', 'ceo'],
  ['shareholder', 'investor'],
  ['legislator', 'lawmaker', 'mp', 'senator', 'congressman', 'congresswoman'],
  ['minister', 'secretary'],
];

/** The other names of a role ("gaffer" → manager, boss, coach), none for a role without them. */
export function sameRole(role: string): readonly string[] {
  return ROLE_SYNONYMS.find((names) => names.includes(role))?.filter((r) => r !== role) ?? [];
}

/**
 * Titles that make their bearer a calling: the Reverend Aubrey Hale is the parish's clergyman ("the vicar said"), Sir
 * Edric a knight ("said the knight"). One way only: a title says what its bearer is; the calling does not say which
 * title ("the rector" is no particular Reverend where the text gives the calling to someone).
 */
const TITLED_CALLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ...'vicar rector parson curate chaplain clergyman priest'.split(' ').map((r): [string, string[]] => [r, ['reverend', 'rev']]),
  ['knight', ['sir']],
]);

/** The titles whose bearer is called by `role` when no one holds it as written ("the vicar": a Reverend). */
export function titlesOfCalling(role: string): readonly string[] {
  return TITLED_CALLINGS.get(role) ?? [];
}

/** Agent nouns the role table need not list, compounds too: "novelist", "goalkeeper", "firefighter", "shopworker", "wheelwright". */
export const AGENT_NOUN = /(?:ologist|ist|ician|eer|keeper|fighter|worker|holder|player|wright)s?$/;

const NOT_MEN = new Set(['human', 'german', 'roman', 'shaman', 'talisman', 'ottoman', 'caiman', 'layman']);

/**
 * Role nouns that are a man in talk ("the fellow") but a post held by either sex in an institution's title ("a senior
 * fellow at the Halden Institute"): a person given one as their role shows no gender by it.
 */
export const POSTS_OF_EITHER_SEX: ReadonlySet<string> = new Set(['fellow']);

/** The gender a role noun gives: the table's, else that of a compound ending in -woman or -man ("clergyman"). */
export function roleGender(noun: string): Gender | null {
  const known = ROLE_GENDER.get(noun);
  if (known !== undefined) return known;
  if (noun.length > 5 && noun.endsWith('woman')) return 'f';
  return noun.length > 5 && noun.endsWith('man') && !NOT_MEN.has(noun) ? 'm' : null;
}

/** Role nouns that say only what kind of person someone is ("the man", "the girl"): resolved only to whoever the text gave that role. */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set(
  ('man woman boy girl child gentleman lady fellow stranger voice person youth lad lass other one creature ' +
    'individual figure visitor newcomer kid').split(' '),
);

export const SPOUSES: ReadonlySet<string> = new Set(['wife', 'husband', 'spouse', 'lady']);

/** Relatives who share a family name with the person they belong to ("her mother" is Mrs. Bennet when she is a Bennet). */
export const KIN: ReadonlySet<string> = new Set([...SPOUSES, 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'mamma', 'papa']);

/** Last words of a capitalised run that name a place, an organisation or a publication, not a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  ('court house museum university research hospital union party ministry department council bank group company inc ' +
    'corp ltd llc plc times news post ledger courier journal agency institute partners systems united grid states ' +
    'kingdom republic nations association foundation centre center school college office service services ' +
    'committee commission authority street river road city county province mountains airport station church hall ' +
    'park square club team federation league army navy forces force police press tribune herald gazette review ' +
    'magazine network television radio channel reuters ap afp bbc cnn senate congress parliament assembly cabinet ' +
    'administration government kremlin pentagon organisation organization fund trust society institution ' +
    'laboratory labs technologies capital holdings industries motors airlines railways energy health studies ' +
    'fc city square island islands ocean sea lake valley bay coast street avenue bridge tower palace castle ' +
    'cathedral chapel abbey market exchange family families inn hotel manor grange cottage villa heights terrace ' +
    'gardens ranch mall library gallery theatre theater stadium arena port harbour harbor prison academy clinic ' +
    'surgery pharmacy brewery airways rovers athletic united wanderers weekly daily monthly quarterly ' +
    // A firm's name ends in what it trades in or how it is held ("Mercer Estates", "Harlow Developments").
    'estates properties developments investments ventures enterprises associates ' +
    // … or in the goods or the trade it sells ("Mensah Electricals", "Dale Builders", "Harrow Supplies").
    'electricals supplies builders hardware garage foods traders textiles ' +
    // "the Westby Chamber of Commerce", "Hexham Chamber of Trade".
    'chamber').split(' '),
);

/** Nouns for bodies that speak as one: "the union said". */
export const BODY_NOUNS: ReadonlySet<string> = new Set(
  ('union company council department ministry agency authority trust board committee commission government ' +
    'police court club firm group association federation party office hospital school university bank operator ' +
    'contractor developer landlord charity campaign organisers organizers regulator insurer airline railway ' +
    'supplier retailer manufacturer prosecutors prosecution defence defense team family families inspectorate ' +
    'directorate secretariat watchdog tribunal panel coalition alliance consortium embassy consulate delegation body ' +
    // "the chamber" of commerce or trade, a police "force", a hospital or broadcasting "network", a "festival"'s organisers.
    'chamber force network festival ' +
    // A jury finds as one, as a presidency speaks for its office; a coastguard or an ambulance "service" is a public body.
    'jury presidency coastguard service').split(' '),
);

/** Words opening a clause of its own, with its own subject, inside a sentence. */
export const SUBORDINATORS = /^(?:after|before|when|while|as|although|though|since|once|if|until)$/;

/** Days, months and the days around today: a capitalised word naming a time, no one. */
export const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight)$/;

/** Capitalised words that begin sentences without being names. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the a an and but or nor so yet for if when while as after before since because although though despite ' +
    'during until unless in on at by to from with without of about into over under between among through across ' +
    'above below beneath beside behind beyond upon within along around against toward towards amid amongst throughout ' +
    'this that these those there here then thus still also even only just not no yes oh ah well now why what who ' +
    'whom whose which where how it its he she they we i you his her their our my your him them us me one some any ' +
    'all both either neither each every many most much more few several such other another asked according writing speaking ' +
    'meanwhile however instead later earlier afterwards afterward again sometimes often already perhaps maybe anyway ' +
    'besides otherwise nevertheless nonetheless today yesterday tomorrow tonight monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october november december ' +
    'chapter mrs mr ms dr is was are were be been do did does had has have will would shall should can could might ' +
    'must let said says told dear poor good old young little great ' +
    // Indefinite and negative pronouns ("Nobody objected.", "Everyone laughed.") name no one.
    'nobody everybody everyone somebody someone anybody anyone none nothing everything something').split(' '),
);

export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their our my your this that one another some each either neither'.split(' '),
);

/** A phrase as written, its opening determiner in lower case ("The union" → "the union", "Someone from …" kept whole). */
export function withLowerDeterminer(phrase: string): string {
  const first = /^\p{L}+/u.exec(phrase)?.[0].toLowerCase() ?? '';
  return DETERMINERS.has(first) || /^some/.test(first) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
}

/** Words that end a noun phrase going forward ("said the analyst during a visit"). */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  ('to at in on of for from with by during after before as who whom whose which that when while and but or because ' +
    'since until if though although than into onto upon about under over between through across against toward ' +
    'towards without within is was are were has had have will would could should may might can must do did does ' +
    'not then again also still now later earlier yesterday today tonight tomorrow').split(' '),
);

/** Adverbs and auxiliaries allowed between a subject and its speech verb ("Putin later said", "she has said"). */
const MODIFIERS = new Set(
  ('also again later then once further had has have would will could did does do repeatedly finally still ' +
    'even never often always first last now soon afterwards already just simply merely').split(' '),
);

/** Nouns that end like adverbs ("the family said" is no "the … quietly said"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'reply', 'monopoly', 'anomaly', 'italy', 'sicily', 'emily', 'kelly', 'molly', 'polly', 'sally', 'holly', 'lily', 'bully']);

export function isVerbModifier(lower: string): boolean {
  return (lower.endsWith('ly') && !LY_NOUNS.has(lower)) || MODIFIERS.has(lower);
}

/** What "who chairs the union", "who leads the branch" make someone: the role nouns a text may later call them by. */
export const ROLE_VERBS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['chair', 'chairs', 'chaired'].map((v): [string, string[]] => [v, ['chair', 'chairman', 'chairwoman', 'chairperson', 'leader', 'head']]),
  ...['lead', 'leads', 'led'].map((v): [string, string[]] => [v, ['leader', 'head']]),
  ...['head', 'heads', 'headed'].map((v): [string, string[]] => [v, ['head', 'leader', 'chief']]),
  ...['run', 'runs', 'ran'].map((v): [string, string[]] => [v, ['head', 'leader', 'boss', 'owner', 'manager']]),
  ...['direct', 'directs', 'directed'].map((v): [string, string[]] => [v, ['director', 'head']]),
  ...['manage', 'manages', 'managed'].map((v): [string, string[]] => [v, ['manager', 'head']]),
  ...['found', 'founded', 'co-founded', 'cofounded'].map((v): [string, string[]] => [v, ['founder', 'co-founder']]),
  ...['own', 'owns', 'owned'].map((v): [string, string[]] => [v, ['owner']]),
  ...['coach', 'coaches', 'coached'].map((v): [string, string[]] => [v, ['coach', 'manager']]),
  ...['edit', 'edits', 'edited'].map((v): [string, string[]] => [v, ['editor']]),
  ...['represent', 'represents', 'represented'].map((v): [string, string[]] => [v, ['representative', 'lawmaker', 'member']]),
  ...['teach', 'teaches', 'taught'].map((v): [string, string[]] => [v, ['teacher']]),
  ...['host', 'hosts', 'hosted', 'present', 'presents', 'presented'].map((v): [string, string[]] => [v, ['host', 'presenter']]),
  ...['govern', 'governs'].map((v): [string, string[]] => [v, ['governor']]),
  ...['sing', 'sings', 'sang'].map((v): [string, string[]] => [v, ['singer']]),
  ...['farm', 'farms', 'farmed'].map((v): [string, string[]] => [v, ['farmer']]),
  ...['write', 'writes', 'wrote'].map((v): [string, string[]] => [v, ['writer', 'author']]),
  ...['paint', 'paints', 'painted'].map((v): [string, string[]] => [v, ['painter', 'artist']]),
  ...['drive', 'drives', 'drove'].map((v): [string, string[]] => [v, ['driver']]),
]);
