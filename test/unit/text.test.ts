import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '#functions/data/table.ts';
import { azSortKey } from '#shared/text/collation.ts';
import { foldForSearch } from '#shared/text/fold.ts';

describe('Azerbaijani text', () => {
  it.each([
    ['İşçi', 'isci'],
    ['ishci', 'isci'],
    ['ISCI', 'isci'],
    ['Əlilliyi olan şəxslər', 'elilliyi olan sexsler'],
    ['Çağırış, Ğ, Ö, Ü!', 'cagiris g o u'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('sorts by the Azerbaijani alphabet, as Intl.Collator("az") does', () => {
    const names = [
      'Zaur',
      'Çingiz',
      'Cavid',
      'Əli',
      'Elvin',
      'Ülvi',
      'Ilqar',
      'İlham',
      'Şahin',
      'Səbinə',
      'Xədicə',
      'Hüseyn',
      'Qədir',
      'Kamran',
    ];
    const byKey = [...names].sort((a, b) => (azSortKey(a) < azSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...names].sort(new Intl.Collator('az').compare));
  });
});

describe('list cursors', () => {
  it('round-trips a key and refuses anything that is not one', () => {
    const key = { PK: 'MEMBER#1', SK: 'PROFILE', GSI1PK: 'MEMBERS', GSI1SK: 'abc#1' };
    const query = {
      TableName: 't',
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': 'MEMBERS' },
    };
    expect(decodeCursor(encodeCursor(key, query) ?? undefined, query)).toEqual(key);
    const otherQuery = { ...query, ExpressionAttributeValues: { ':pk': 'DOCS' } };
    expect(() => decodeCursor(encodeCursor(key, query) ?? undefined, otherQuery)).toThrow();
    for (const forged of [
      '%%%',
      Buffer.from('[1]').toString('base64url'),
      Buffer.from('{"PK":{"S":"x"}}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(forged, query)).toThrow();
    }
  });
});
