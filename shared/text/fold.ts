/**
 * Folds text the way people type Azerbaijani without its letters: `İşçi`, `isci` and `ishci`
 * all become `isci`. Applied to both the stored text and the query, so either spelling finds
 * the other. Lowercasing follows Azerbaijani rules (I → ı, İ → i) before the letters are folded.
 */
export function foldForSearch(value: string): string {
  return (
    value
      .toLocaleLowerCase('az')
      // ç ş ğ ö ü (and any other accented letter) lose their marks; ə and ı have none to lose.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ə/g, 'e')
      .replace(/ı/g, 'i')
      .replace(/sh/g, 's')
      .replace(/ch/g, 'c')
      .replace(/gh/g, 'g')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** The distinct folded words of a text, for word-level search indexes. */
export function searchWords(value: string): string[] {
  return [
    ...new Set(
      foldForSearch(value)
        .split(' ')
        .filter((word) => word.length > 0),
    ),
  ];
}
