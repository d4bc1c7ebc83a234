import { GIVEN_NAME_GENDER, isPetFormOf } from './givenNames';
import { FUNCTION_WORDS } from './lexicon';

// English makes a nickname by clipping a name to its first syllable and adding a pet ending, from the given name
// ("Jez" of Jeremy, "Jonjon" of Jonathan) or, among schoolfellows, soldiers and colleagues, from the surname ("Sully"
// of Sullivan, "Ally" of McAllister, "Hendo" of Henderson): the lone nickname is that person's.

/** Pet endings on a clipped surname: "Sully", "Smithy", "Robbo", "Jonesie". */
const SURNAME_PET = /^(\p{L}{3,}?)(?:ie|y|ey|o)$/u;

/** "Jez" of Jeremy, "Gaz" of Gary, "Shaz" of Sharon: a first syllable's consonant and vowel, and z. */
const Z_PET = /^(\p{L}{2,3})z$/u;

/** "Jonjon", "Jojo", "Didi": a first syllable said twice. */
const DOUBLED = /^(\p{L}{2,4})\1$/u;

/** Mc, Mac, O', Fitz: a patronymic prefix the clip leaves off ("Ally" of McAllister). */
const PATRONYMIC = /^(?:mc|mac|o['’]|fitz)(?=\p{L}{4})/u;

/** Whether lower-case `pet`, no common given name or word of grammar itself, is clipped from given name `given`. */
export function isClippedGivenName(pet: string, given: string): boolean {
  if (isPetFormOf(pet, given)) return true;
  if (!mayBeClip(pet)) return false;
  const doubled = DOUBLED.exec(pet)?.[1];
  if (doubled) return given.length > doubled.length + 1 && given.startsWith(doubled);
  // The z follows a syllable that ends before a consonant of the name: Je|remy, Sha|ron.
  const stem = Z_PET.exec(pet)?.[1];
  return !!stem && given.length > stem.length + 1 && given.startsWith(stem) && !/[aeiouy]/.test(given[stem.length]);
}

/** Whether lower-case `pet` is a surname clipped and given a pet ending ("sully" of sullivan, "smithy" of smith). */
export function isClippedSurname(pet: string, surname: string): boolean {
  if (!mayBeClip(pet)) return false;
  const name = surname.replace(PATRONYMIC, '');
  const stem = SURNAME_PET.exec(pet)?.[1];
  if (!stem) return false;
  // "Sully": the doubled consonant before the ending is the pet form's, not the name's.
  return [stem, stem.replace(/(\p{L})\1$/u, '$1')].some((s) => s.length >= 3 && name.startsWith(s));
}

function mayBeClip(pet: string): boolean {
  return pet.length >= 3 && !GIVEN_NAME_GENDER.has(pet) && !FUNCTION_WORDS.has(pet);
}
