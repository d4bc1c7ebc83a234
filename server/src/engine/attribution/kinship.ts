import type { Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';

// News tells a family apart by kin words, not names: "Rosa Delmonte … has handed the kitchen to her son, Marco",
// then "Her son is less sure", "His mother said", "Enzo Delmonte died in 2017. His son said". The text says once who
// is whose son; every later "her son" of that owner is that person, and so is "his mother" of the son, and "his son"
// of the mother's husband. A tie is kept both ways, so a relation read from either side finds the other.

/** "the younger Stroud", "the elder man": a family's members compared by age. */
export const COMPARED_AGES = /^(?:younger|youngest|older|oldest|elder|eldest)$/;

type Tie = 'parent' | 'child' | 'sibling' | 'spouse' | 'grandparent' | 'grandchild' | 'elder' | 'younger' | 'cousin' | 'in-law';

const TIES: ReadonlyMap<string, readonly [Tie, Gender | null]> = new Map<string, readonly [Tie, Gender | null]>([
  ['mother', ['parent', 'f']], ['mum', ['parent', 'f']], ['mom', ['parent', 'f']], ['father', ['parent', 'm']], ['dad', ['parent', 'm']],
  ['parent', ['parent', null]], ['son', ['child', 'm']], ['daughter', ['child', 'f']], ['child', ['child', null]],
  ['brother', ['sibling', 'm']], ['sister', ['sibling', 'f']], ['sibling', ['sibling', null]], ['twin', ['sibling', null]],
  ['mamma', ['parent', 'f']], ['papa', ['parent', 'm']], ['husband', ['spouse', 'm']], ['wife', ['spouse', 'f']], ['lady', ['spouse', 'f']], ['spouse', ['spouse', null]], ['partner', ['spouse', null]],
  ['widow', ['spouse', 'f']], ['widower', ['spouse', 'm']], ['fiancee', ['spouse', 'f']], ['fiancée', ['spouse', 'f']], ['fiance', ['spouse', 'm']],
  ['fiancé', ['spouse', 'm']], ['girlfriend', ['spouse', 'f']], ['boyfriend', ['spouse', 'm']], ['stepson', ['child', 'm']],
  ['stepdaughter', ['child', 'f']], ['stepmother', ['parent', 'f']], ['stepfather', ['parent', 'm']],
  ['grandmother', ['grandparent', 'f']], ['grandfather', ['grandparent', 'm']], ['grandson', ['grandchild', 'm']],
  ['granddaughter', ['grandchild', 'f']], ['grandchild', ['grandchild', null]], ['aunt', ['elder', 'f']], ['uncle', ['elder', 'm']],
  ['niece', ['younger', 'f']], ['nephew', ['younger', 'm']], ['cousin', ['cousin', null]],
  // Relatives by marriage: one tie both ways, the kin word giving the gender ("her son-in-law", "his mother-in-law").
  ['son-in-law', ['in-law', 'm']], ['daughter-in-law', ['in-law', 'f']], ['brother-in-law', ['in-law', 'm']],
  ['sister-in-law', ['in-law', 'f']], ['father-in-law', ['in-law', 'm']], ['mother-in-law', ['in-law', 'f']],
]);

const CONVERSE: Readonly<Record<Tie, Tie>> = {
  parent: 'child', child: 'parent', sibling: 'sibling', spouse: 'spouse', grandparent: 'grandchild', grandchild: 'grandparent',
  elder: 'younger', younger: 'elder', cousin: 'cousin', 'in-law': 'in-law',
};

/** Words between an owner and the kin noun ("her older brother", "his late wife"). */
const KIN_ADJECTIVES: ReadonlySet<string> = new Set(['older', 'elder', 'eldest', 'younger', 'youngest', 'late', 'little', 'big', 'only', 'twin', 'adult', 'teenage', 'estranged']);

/** The tie and gender a kin noun names ("daughter" → child, f), if it names one. */
export function tieOf(word: string): readonly [Tie, Gender | null] | undefined {
  return TIES.get(normalizeWord(word));
}

/** The ties the roles the text gave someone make them ("mother", "my uncle"): what relative the text made them. */
export function tiesInRoles(roles: ReadonlySet<string>): Tie[] {
  return [...roles].flatMap((r) => tieOf(r.replace(/^my /, ''))?.[0] ?? []);
}

/** The item of the kin noun the owner at item `owner` governs ("her older brother" → brother), or -1. */
export function kinNounAfter(items: readonly Item[], owner: number): number {
  for (let k = owner + 1; k <= owner + 3 && isWord(items[k]) && !items[k].capital && items[k].sentence === items[owner].sentence; k++) {
    if (tieOf(items[k].lower)) return k;
    if (!KIN_ADJECTIVES.has(items[k].lower)) return -1;
  }
  return -1;
}

/** Plural kin nouns a list of names may follow ("their two children, Nikhil and Anjali"), as their singular. */
const PLURAL_KIN: ReadonlyMap<string, string> = new Map([['children', 'child'], ['sons', 'son'], ['daughters', 'daughter'], ['kids', 'child']]);
const COUNT = /^(?:two|three|four|five|six|[2-9])$/;

/**
 * "their two children, Nikhil, 34, and Anjali, 31,": the singular kin noun of the plural after the owner at `owner`
 * and the item its list of names starts at, or null.
 */
export function kinListAfter(items: readonly Item[], owner: number): { noun: string; from: number } | null {
  let k = owner + 1;
  while (isWord(items[k]) && (COUNT.test(items[k].lower) || KIN_ADJECTIVES.has(items[k].lower)) && k < owner + 3) k++;
  const noun = isWord(items[k]) ? PLURAL_KIN.get(items[k].lower) : undefined;
  return noun && items[k + 1]?.text === ',' && items[k + 2]?.capital ? { noun, from: k + 2 } : null;
}

/**
 * The items opening each name of a list from item `from` ("Nikhil, 34, and Anjali, 31"): names, ages, commas and one
 * "and", in one sentence.
 */
export function namesListed(items: readonly Item[], from: number): number[] {
  const starts: number[] = [];
  for (let k = from; k < items.length && items[k].sentence === items[from].sentence; k++) {
    const it = items[k];
    if (isWord(it) && it.capital) {
      if (!items[k - 1]?.capital) starts.push(k);
    } else if (it.text !== ',' && it.lower !== 'and' && !/^\d+$/.test(it.text)) break;
  }
  return starts;
}

/** Who is whose relative, as the text has said it. */
export class Kinship<P> {
  private readonly ties = new Map<P, { tie: Tie; other: P }[]>();

  /** Records that `relative` is `owner`'s `noun` ("her son, Marco"), and its converse. */
  add(owner: P, noun: string, relative: P): void {
    const tie = tieOf(noun);
    if (!tie || owner === relative) return;
    this.tie(owner, tie[0], relative);
    this.tie(relative, CONVERSE[tie[0]], owner);
  }

  private tie(from: P, tie: Tie, other: P): void {
    const list = this.ties.get(from);
    if (!list) this.ties.set(from, [{ tie, other }]);
    else if (!list.some((t) => t.tie === tie && t.other === other)) list.push({ tie, other });
  }

  /**
   * The one the text made `owner`'s `noun`, of the noun's gender (`genderOf` says what the text has shown): the one
   * said last when several are. A child of the owner's spouse is the owner's child, and a parent's spouse a parent.
   */
  relative(owner: P, noun: string, genderOf: (p: P) => Gender | null): P | null {
    const tie = tieOf(noun);
    if (!tie) return null;
    const [want, gender] = tie;
    const fits = (p: P) => p !== owner && (!gender || (genderOf(p) ?? gender) === gender);
    const direct = this.of(owner, want).filter(fits);
    if (direct.length > 0) return direct[direct.length - 1];
    const found = this.derived(owner, want).filter(fits);
    return found.length > 0 ? found[found.length - 1] : null;
  }

  /**
   * Relatives the text tied to `p` only through others: a child of the spouse, a parent's spouse, a sibling's parent
   * ("her son, Cian … Cian's sister, Niamh": Niamh's mother), a parent's child, and two steps for grandparents and
   * grandchildren ("his daughter, Siobhán … her son, Cian": Cian's grandfather).
   */
  private derived(p: P, want: Tie): P[] {
    const parents = (q: P) => [...this.of(q, 'parent'), ...this.of(q, 'sibling').flatMap((s) => this.of(s, 'parent'))];
    const children = (q: P) => [...this.of(q, 'child'), ...this.of(q, 'spouse').flatMap((s) => this.of(s, 'child'))];
    const withSiblings = (qs: P[]) => [...qs, ...qs.flatMap((q) => this.of(q, 'sibling'))];
    switch (want) {
      case 'child': return withSiblings(children(p));
      case 'parent': return [...parents(p), ...this.of(p, 'parent').flatMap((s) => this.of(s, 'spouse'))];
      case 'sibling': return parents(p).flatMap((q) => this.of(q, 'child')).filter((q) => q !== p);
      case 'grandparent': return parents(p).flatMap(parents);
      case 'grandchild': return withSiblings(children(p).flatMap(children));
      default: return [];
    }
  }

  /** Everyone the text gave a relative it calls `noun` ("father": those whose father it has tied to them). */
  ownersOf(noun: string, genderOf: (p: P) => Gender | null): P[] {
    return [...this.ties.keys()].filter((p) => this.relative(p, noun, genderOf) !== null);
  }

  /** The one the text made `p`'s husband, wife or partner, the last said when several were. */
  spouseOf(p: P): P | null {
    const spouses = this.of(p, 'spouse');
    return spouses[spouses.length - 1] ?? null;
  }

  /** Whether the text tied `relative` to `owner` otherwise than as its `noun` (a wife asked for as a daughter). */
  tiedOtherwise(owner: P, relative: P, noun: string): boolean {
    const tie = tieOf(noun);
    return (this.ties.get(owner) ?? []).some((t) => t.other === relative && t.tie !== tie?.[0]);
  }

  /** Whether the text tied `a` and `b` as relatives in any way. */
  tied(a: P, b: P): boolean {
    return (this.ties.get(a) ?? []).some((t) => t.other === b);
  }

  /** Whether the text made `a` the elder of `b`: b's parent or grandparent, or b the younger ("her nephew"). */
  isElder(a: P, b: P): boolean {
    return (this.ties.get(a) ?? []).some((t) => t.other === b && (t.tie === 'child' || t.tie === 'grandchild' || t.tie === 'younger'));
  }

  /**
   * "the younger Stroud", "the older man" (`word` one of COMPARED_AGES): the one of `candidates` the text made the
   * others' child, or their parent; null when the ties say of none.
   */
  comparedByAge(candidates: readonly P[], word: string): P | null {
    const young = /^young/.test(word);
    const ranked = candidates.filter((p) => candidates.every((q) => q === p || (young ? this.isElder(q, p) : this.isElder(p, q))));
    return ranked.length === 1 ? ranked[0] : null;
  }

  /** The ones the text made `p`'s children. */
  childrenOf(p: P): P[] {
    return this.of(p, 'child');
  }

  private of(p: P, tie: Tie): P[] {
    return (this.ties.get(p) ?? []).filter((t) => t.tie === tie).map((t) => t.other);
  }
}
