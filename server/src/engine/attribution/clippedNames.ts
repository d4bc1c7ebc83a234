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

/**
 * A test of whether lower-case `pet` is clipped from a person's given name or surname (lower case). A pet is tried
 * against every person of a text, so its patterns are read once, here, not once a person.
 */
export function clippedFrom(pet: string): (given: string, surname: string) => boolean {
  // "Dear Raymond," of Ray Kettleman: a formal name also calls the one who goes by its pet form.
  if (GIVEN_NAME_GENDER.has(pet)) return (given) => isPetFormOf(pet, given) || clippedGivenName(pet, given) || isPetFormOf(given, pet);
  if (pet.length === 2 && !FUNCTION_WORDS.has(pet)) return (given) => isPetFormOf(pet, given) || clippedToTwo(pet, given);
  if (!mayBeClip(pet)) return (given) => isPetFormOf(pet, given);
  const doubled = DOUBLED.exec(pet)?.[1];
  const zStem = doubled ? undefined : Z_PET.exec(pet)?.[1];
  const surnameStem = SURNAME_PET.exec(pet)?.[1];
  // "Sully": the doubled consonant before the ending is the pet form's, not the name's.
  const surnameStems = surnameStem ? [surnameStem, surnameStem.replace(/(\p{L})\1$/u, '$1')].filter((stem) => stem.length >= 3) : [];
  const fromGiven = (given: string) => {
    if (doubled) return given.length > doubled.length + 1 && given.startsWith(doubled);
    // The z follows a syllable that ends before a consonant of the name: Je|remy, Sha|ron.
    return !!zStem && given.length > zStem.length + 1 && given.startsWith(zStem) && !/[aeiouy]/.test(given[zStem.length]);
  };
  const fromSurname = (surname: string) => {
    if (surnameStems.length === 0 || surname[0] !== pet[0] && !PATRONYMIC.test(surname)) return false;
    const name = surname.replace(PATRONYMIC, '');
    return surnameStems.some((stem) => name.startsWith(stem));
  };
  return (given, surname) => isPetFormOf(pet, given) || fromGiven(given) || fromSurname(surname);
}

/**
 * "Hal" of Halvard, "Dan" of Daniel: a name cut to its opening letters is a name in its own right too, yet of one the
 * text never names in full, it is the one given name it opens, of the same sex (not "Eli" of Elizabeth).
 */
function clippedGivenName(pet: string, given: string): boolean {
  if (pet.length < 3 || given.length < pet.length + 2 || !given.startsWith(pet)) return false;
  const sex = GIVEN_NAME_GENDER.get(given);
  return !sex || sex === GIVEN_NAME_GENDER.get(pet);
}

/**
 * "Ro" of Rowena, "Ev" of Evangeline: a name cut to its first two letters, no name of its own, is the one given name
 * of some length it opens (the caller asks that just one person's fits).
 */
function clippedToTwo(pet: string, given: string): boolean {
  return given.length >= 5 && given.startsWith(pet);
}

function mayBeClip(pet: string): boolean {
  return pet.length >= 3 && !FUNCTION_WORDS.has(pet);
}
