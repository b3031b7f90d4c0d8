/**
 * A sort key whose byte order is the Azerbaijani alphabetical order, so that DynamoDB (which
 * sorts keys by bytes) returns a directory in the order a reader expects: … c, ç, d, e, ə, …
 */
const alphabet = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
const rank = new Map([...alphabet].map((letter, index) => [letter, index]));

export function azSortKey(value: string): string {
  const lower = value.toLocaleLowerCase('az').normalize('NFC');
  let key = '';
  for (const char of lower) {
    const position = rank.get(char);
    if (position !== undefined) key += String.fromCharCode(0x41 + position);
    else if (/\p{N}/u.test(char)) key += `0${char}`;
    else if (/\p{L}/u.test(char)) key += `~${char}`;
    else if (/\s/.test(char)) key += ' ';
  }
  return key.trim();
}
