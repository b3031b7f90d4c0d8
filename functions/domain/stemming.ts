import { stemmer } from 'stemmer';

/**
 * Word stems for the catalog search, so that a word finds its inflected forms in both languages
 * (ARCHITECTURE.md, "Search"). Both stemmers take words already folded by `foldForSearch`
 * (lowercase, ə→e, ı→i, ç→c, ş→s, ğ→g, ö→o, ü→u), the form the index stores.
 */

/** English: the Porter stemmer (npm `stemmer`): `disabilities` and `disability` → `disabl`. */
export function stemEnglish(word: string): string {
  return stemmer(word);
}

/**
 * Azerbaijani inflectional suffixes, folded, as given by the grammar references below. Only
 * inflection is removed (case, possession, number, the copula); derivation (-lıq/-lik, -lı/-li,
 * -sız/-siz, -çı/-çi) makes another word and stays.
 *
 * Sources: K. Öztopçu, "Elementary Azerbaijani", the lessons on the cases, the possessive
 * suffixes and the plural; the Academy grammar ("Grammatika azerbaidzhanskogo yazyka",
 * M. Shiraliyev and E. Sevortyan, eds., 1971), on nominal morphology and the k/y and q/ğ
 * alternations. The word list in test/unit/stemming.test.ts checks the rules on real forms.
 *
 * - case: genitive -ın/-in/-un/-ün (-nın… after a vowel), accusative -ı/-i/-u/-ü (-nı…),
 *   dative -a/-ə (-ya/-yə, -na/-nə after the 3rd-person possessive), locative -da/-də (-nda/-ndə),
 *   ablative -dan/-dən (-ndan/-ndən), instrumental -la/-lə (-yla/-ylə);
 * - possession: -ım/-im/-um/-üm, -ımız…, -ınız…, 3rd person -ı/-i/-u/-ü (-sı/-si/-su/-sü);
 * - number: -lar/-lər; copula: -dır/-dir/-dur/-dür (-tır… after voiceless consonants).
 *
 * Folding merges the harmonic variants (ı/i, u/ü, a/ə→a/e), so each appears once or twice here.
 */
const suffixes = [
  'ndan',
  'nden',
  'imiz',
  'umuz',
  'iniz',
  'unuz',
  'dan',
  'den',
  'nda',
  'nde',
  'nin',
  'nun',
  'yla',
  'yle',
  'lar',
  'ler',
  'dir',
  'dur',
  'tir',
  'tur',
  'miz',
  'muz',
  'niz',
  'nuz',
  'da',
  'de',
  'in',
  'un',
  'na',
  'ne',
  'ya',
  'ye',
  'ni',
  'nu',
  'la',
  'le',
  'si',
  'su',
  'im',
  'um',
  'a',
  'e',
  'i',
  'u',
].sort((a, b) => b.length - a.length);

const vowels = /[aeiou]/g;
const vowelCount = (word: string) => word.match(vowels)?.length ?? 0;
const isVowel = (letter: string | undefined) => letter !== undefined && 'aeiou'.includes(letter);

/** A stem keeps at least three letters and a vowel, so short roots are never eaten. */
const minimumStem = 3;

/**
 * Every stem a word can have: suffixes are stripped from the end in every way the list allows
 * (a buffer consonant makes some splits ambiguous without a dictionary: `əlilliyə` is
 * `əlilliy-ə` as well as `əlilli-yə`), so the right split is always among them. After a suffix
 * that begins with a vowel, a polysyllabic stem ending in vowel + y or vowel + g also yields the
 * k or q the alternation took (əlillik → əlilliyi, uşaq → uşağı): `elilliyi` → `elillik`.
 */
export function azerbaijaniStems(word: string): string[] {
  const stems = new Set<string>();
  const visit = (stem: string, depth: number) => {
    if (depth === 6) return;
    for (const suffix of suffixes) {
      if (!stem.endsWith(suffix)) continue;
      const rest = stem.slice(0, -suffix.length);
      if (rest.length < minimumStem || vowelCount(rest) === 0) continue;
      const variants = [rest];
      if (isVowel(suffix[0]) && vowelCount(rest) >= 2 && isVowel(rest.at(-2))) {
        if (rest.endsWith('y')) variants.push(`${rest.slice(0, -1)}k`);
        else if (rest.endsWith('g')) variants.push(`${rest.slice(0, -1)}q`);
      }
      for (const variant of variants) {
        if (stems.has(variant)) continue;
        stems.add(variant);
        visit(variant, depth + 1);
      }
    }
  };
  visit(word, 0);
  return [...stems];
}

/** The words a text is indexed under: each folded word and every stem of it, in its language. */
export function indexTerms(words: string[], language: 'az' | 'en' | 'both'): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    terms.add(word);
    if (language !== 'en') for (const stem of azerbaijaniStems(word)) terms.add(stem);
    if (language !== 'az') terms.add(stemEnglish(word));
  }
  return [...terms];
}

/**
 * The prefixes a searched word is looked up under: the word and its stems in either language
 * (a query has no language), leaving out any that another one already starts, since the index is
 * read by prefix. `disability` → `disabl`; `əlillik` → `elillik`.
 */
export function queryPrefixes(word: string): string[] {
  const candidates = [...new Set([word, ...azerbaijaniStems(word), stemEnglish(word)])].filter(
    (candidate) => candidate.length >= 2,
  );
  return candidates.filter(
    (candidate) => !candidates.some((other) => other !== candidate && candidate.startsWith(other)),
  );
}
