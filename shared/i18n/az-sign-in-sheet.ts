/** Azerbaijani messages of the printable sign-in sheet: loaded with that page only. */
export const azSignInSheet = {
  'sheet.title': 'İştirak vərəqi',
  'sheet.print': 'Çap et',
  'sheet.back': 'İclasa qayıt',
  'sheet.caption': 'Gələcəyini bildirənlər (“Bəli” və ya “Ola bilər”) və təsdiqlənmiş qonaqlar',
  'sheet.number': '№',
  'sheet.name': 'Ad, soyad',
  'sheet.organisation': 'Təşkilat',
  'sheet.answer': 'Cavab',
  'sheet.needs': 'Əlçatanlıq ehtiyacları',
  'sheet.signature': 'İmza',
  'sheet.guest': 'qonaq',
  'sheet.nobody': 'Hələ heç kim gələcəyini bildirməyib.',
  'sheet.needsCaption': 'Əlçatanlıq ehtiyacları, növlərə görə',
  'sheet.need': 'Ehtiyac',
  'sheet.people': 'Nəfər',
  'sheet.notFound': 'Belə iclas yoxdur.',
  'sheet.backToList': 'İclaslara qayıt',
};

export type SignInSheetMessages = typeof azSignInSheet;
