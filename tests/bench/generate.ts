import { Random, Zipf } from './random';

// Deterministic news-like corpora with what makes matching hard: Zipf-distributed words, topic words shared by many
// articles, boilerplate sentences in every article, syndicated copies, and quotes that recur with one word changed.

const FUNCTION_WORDS = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they ' +
  'which one you were her all she there would their we him been has when who will more no if out so said what up ' +
  'its about into than them can only other new some could time these two may then do first any my now such like our ' +
  'over man me even most made after also did many before must through back years where much your way well down should'
).split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(' ');

export interface SourceQuote {
  readonly words: readonly string[];
  readonly speaker: string;
}

export interface Article {
  readonly id: string;
  readonly text: string;
  readonly quotes: readonly SourceQuote[];
}

export type Label = 'exact' | 'cosmetic' | 'edited' | 'fragment' | 'absent';

export interface LabelledQuote {
  readonly label: Label;
  readonly text: string;
  readonly speaker: string;
  /** The source words the quote was made from (null for absent quotes). */
  readonly original: readonly string[] | null;
}

class Words {
  readonly content: string[] = [];
  private readonly contentZipf: Zipf;
  private readonly functionZipf = new Zipf(FUNCTION_WORDS.length);

  constructor(random: Random, size: number) {
    const seen = new Set<string>();
    while (this.content.length < size) {
      const n = random.between(2, 4);
      let w = '';
      for (let i = 0; i < n; i++) w += random.pick(SYLLABLES);
      if (!seen.has(w)) seen.add(w), this.content.push(w);
    }
    this.contentZipf = new Zipf(size);
  }

  /** A sentence of news-like word frequencies, leaning on the topic's words. */
  sentence(random: Random, topic: readonly string[], length: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      if (random.chance(0.45)) out.push(FUNCTION_WORDS[this.functionZipf.draw(random)]);
      else if (random.chance(0.3)) out.push(random.pick(topic));
      else out.push(this.content[this.contentZipf.draw(random)]);
    }
    return out;
  }
}

const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);
const prose = (words: readonly string[]) => `${capitalise(words[0])} ${words.slice(1).join(' ')}`;

export interface World {
  readonly articles: Article[];
  readonly words: Words;
  readonly people: string[];
  readonly topics: string[][];
}

/** n articles of about 530 words each. */
export function generateCorpus(n: number, seed = 7): World {
  const random = new Random(seed);
  const words = new Words(random, 30000);
  const topics = Array.from({ length: 200 }, () => Array.from({ length: 40 }, () => random.pick(words.content)));
  const people = Array.from({ length: 500 }, () => `${capitalise(random.pick(words.content))} ${capitalise(random.pick(words.content))}`);
  const boilerplate = Array.from({ length: 40 }, () => prose(words.sentence(random, random.pick(topics), random.between(10, 18))));
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const id = `a${String(i).padStart(5, '0')}.txt`;
    const header = prose(words.sentence(random, random.pick(topics), 8));
    if (i > 10 && random.chance(0.05)) {
      // A syndicated copy: another outlet's header and sign-off around the same body.
      const original = articles[random.int(articles.length)];
      const body = original.text.slice(original.text.indexOf('\n') + 1);
      articles.push({ id, text: `${header}\n${body}\n${random.pick(boilerplate)}.\n`, quotes: original.quotes });
      continue;
    }
    const topic = random.pick(topics);
    const lines: string[] = [`${random.pick(boilerplate)}.`];
    const quotes: SourceQuote[] = [];
    for (let s = 0; s < 24; s++) {
      if (s % 8 === 3) {
        let quote = words.sentence(random, topic, random.between(12, 25));
        if (articles.length > 0 && random.chance(0.1)) {
          // A quote another article carries with one word changed.
          const other = random.pick(articles).quotes;
          if (other.length > 0) quote = [...random.pick(other).words];
          quote[random.int(quote.length)] = random.pick(topic);
        }
        const speaker = random.pick(people);
        quotes.push({ words: quote, speaker });
        lines.push(`“${prose(quote)},” said ${speaker}.`);
      } else {
        lines.push(`${prose(words.sentence(random, topic, random.between(14, 26)))}.`);
      }
    }
    lines.push(`${random.pick(boilerplate)}.`);
    articles.push({ id, text: `${header}\n${lines.join(' ')}\n`, quotes });
  }
  return { articles, words, people, topics };
}

/** Quotes with known answers, drawn from the world's articles (and absent ones from fresh text). */
export function labelledQuotes(world: World, count: number, seed = 11): LabelledQuote[] {
  const random = new Random(seed);
  const mix: [Label, number][] = [['exact', 0.3], ['cosmetic', 0.15], ['edited', 0.25], ['fragment', 0.1], ['absent', 0.2]];
  const out: LabelledQuote[] = [];
  for (const [label, share] of mix) {
    for (let k = 0; k < Math.round(share * count); k++) out.push(labelled(world, random, label));
  }
  return out;
}

function labelled(world: World, random: Random, label: Label): LabelledQuote {
  if (label === 'absent') {
    const words = world.words.sentence(random, random.pick(world.topics), random.between(10, 20));
    return { label, text: prose(words), speaker: random.pick(world.people), original: null };
  }
  const source = random.pick(random.pick(world.articles).quotes);
  // An edited quote keeps at least four words per edit: the misquotes a writer makes, not a rewrite.
  const edits = random.between(1, 3);
  const shortest = label === 'edited' ? 4 * edits + 2 : 8;
  const length = label === 'fragment' ? random.between(4, 6) : random.between(Math.min(shortest, source.words.length), source.words.length);
  const start = random.int(source.words.length - length + 1);
  const original = source.words.slice(start, start + length);
  const speaker = source.speaker;
  if (label === 'exact' || label === 'fragment') return { label, text: original.join(' '), speaker, original };
  if (label === 'cosmetic') {
    // Capitalised first letter, an ellipsis for two to four middle words, end punctuation.
    const cut = original.length >= 10 ? random.between(3, original.length - 6) : -1;
    const gap = cut >= 0 ? random.between(2, 4) : 0;
    const words = cut >= 0 ? [...original.slice(0, cut), '…', ...original.slice(cut + gap)] : original;
    return { label, text: `${prose(words)}${random.pick(['.', '!', ','])}`, speaker, original };
  }
  const edited = [...original];
  for (let e = edits; e > 0; e--) {
    const at = 1 + random.int(edited.length - 2);
    const kind = random.int(3);
    if (kind === 0) edited[at] = random.pick(world.words.content);
    else if (kind === 1) edited.splice(at, 0, random.pick(world.words.content));
    else edited.splice(at, 1);
  }
  return { label, text: edited.join(' '), speaker, original };
}

/** A Markdown draft of about 5,000 words: narration paragraphs, each with one attributed quote. */
export function draftOf(world: World, quotes: readonly LabelledQuote[], seed = 13): string {
  const random = new Random(seed);
  const paragraphs = quotes.map((q) => {
    const narration = [0, 1].map(() => `${prose(world.words.sentence(random, random.pick(world.topics), random.between(14, 20)))}.`);
    return `${narration.join(' ')} “${q.text}” ${q.speaker} said.`;
  });
  return `# Draft\n\n${paragraphs.join('\n\n')}\n`;
}
