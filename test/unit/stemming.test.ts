import { describe, expect, it } from 'vitest';
import { azerbaijaniStems, indexTerms, queryPrefixes } from '#functions/domain/stemming.ts';
import { foldForSearch } from '#shared/text/fold.ts';

/** Whether searching `query` finds a text in `language` that holds `word`, as the index is read: by prefix. */
function finds(query: string, word: string, language: 'az' | 'en'): boolean {
  const terms = indexTerms([foldForSearch(word)], language);
  return queryPrefixes(foldForSearch(query)).some((prefix) => terms.some((term) => term.startsWith(prefix)));
}

/** Every form of a lemma, searched, finds every other form. */
function pairs(forms: string[]): Array<[string, string]> {
  return forms.flatMap((query) => forms.map((word): [string, string] => [query, word]));
}

/** Real word forms from the group's themes and outcomes, each set one lemma in its inflections. */
const azerbaijaniForms: string[][] = [
  ['əlillik', 'əlilliyi', 'əlilliyin', 'əlilliyə', 'əlillikdən', 'əlillikdə', 'əlilliklə'],
  ['hüquq', 'hüququ', 'hüquqlar', 'hüquqları', 'hüquqlarının', 'hüquqlarına', 'hüquqlarını'],
  ['işçi', 'işçilər', 'işçilərin', 'işçiləri', 'işçilərə'],
  ['sahibkar', 'sahibkarlar', 'sahibkarların', 'sahibkarlara', 'sahibkarlardan'],
  ['məsuliyyət', 'məsuliyyəti', 'məsuliyyətin', 'məsuliyyətdən'],
  ['biznes', 'biznesin', 'biznesdə', 'biznesə'],
  ['ittifaq', 'ittifaqı', 'ittifaqları', 'ittifaqlarının'],
  ['müdafiə', 'müdafiəsi', 'müdafiəsinə', 'müdafiəsində'],
  ['şəxs', 'şəxslər', 'şəxslərin', 'şəxslərə'],
  ['əmək', 'əməyin', 'əməyi', 'əməkdə'],
  ['uşaq', 'uşağın', 'uşağı', 'uşaqlar'],
  ['torpaq', 'torpağı', 'torpağın'],
  ['tövsiyə', 'tövsiyələr', 'tövsiyələri', 'tövsiyəsi'],
  ['korrupsiya', 'korrupsiyaya', 'korrupsiyanın'],
  ['həmkar', 'həmkarlar', 'həmkarların'],
  ['müfəttişlik', 'müfəttişliyi', 'müfəttişliyin'],
];

const englishForms: string[][] = [
  ['disability', 'disabilities', 'disabled'],
  ['worker', 'workers'],
  ['right', 'rights'],
  ['union', 'unions'],
  ['recommendation', 'recommendations'],
  ['responsibility', 'responsibilities'],
  ['entrepreneur', 'entrepreneurs'],
  ['protection', 'protecting', 'protected'],
  ['inspection', 'inspections'],
  ['agreement', 'agreements'],
  ['accessibility', 'accessible'],
];

describe('Azerbaijani stems', () => {
  it.each(azerbaijaniForms.map((forms) => [forms[0], forms] as const))(
    'finds every form of %s by any other',
    (_lemma, forms) => {
      const missed = pairs(forms).filter(([query, word]) => !finds(query, word, 'az'));
      expect(missed).toEqual([]);
    },
  );

  it('undoes the k→y and q→ğ alternations', () => {
    expect(azerbaijaniStems(foldForSearch('əlilliyi'))).toContain('elillik');
    expect(azerbaijaniStems(foldForSearch('uşağın'))).toContain('usaq');
    expect(azerbaijaniStems(foldForSearch('torpağı'))).toContain('torpaq');
  });

  it('keeps different words apart and never eats a short root', () => {
    expect(finds('hüquq', 'həmkarlar', 'az')).toBe(false);
    expect(finds('işçilər', 'sahibkarlar', 'az')).toBe(false);
    expect(finds('əlillik', 'əmək', 'az')).toBe(false);
    expect(azerbaijaniStems('ana')).toEqual([]);
    expect(azerbaijaniStems('ev')).toEqual([]);
  });
});

describe('English stems', () => {
  it.each(englishForms.map((forms) => [forms[0], forms] as const))(
    'finds every form of %s by any other',
    (_lemma, forms) => {
      const missed = pairs(forms).filter(([query, word]) => !finds(query, word, 'en'));
      expect(missed).toEqual([]);
    },
  );

  it('keeps different words apart', () => {
    expect(finds('worker', 'union', 'en')).toBe(false);
    expect(finds('rights', 'recommendations', 'en')).toBe(false);
  });
});
