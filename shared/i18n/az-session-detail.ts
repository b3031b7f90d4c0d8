/** Azerbaijani messages of the session page: a member’s answer and accessibility needs: loaded with those pages only. */
export const azSessionDetail = {
  'rsvp.signIn': 'İşçi qrupun üzvüsünüzsə, iştirakınızı bildirmək üçün portala daxil olun',
  'rsvp.heading': 'İştirakınız',
  'rsvp.current': 'Cavabınız:',
  'rsvp.none': 'hələ cavab verməmisiniz',
  'rsvp.question': 'İclasda iştirak edəcəksiniz?',
  'rsvp.answer.yes': 'Bəli',
  'rsvp.answer.maybe': 'Ola bilər',
  'rsvp.answer.no': 'Xeyr',
  'rsvp.chooseAnswer': 'Cavablardan birini seçin.',
  'rsvp.needs': 'Əlçatanlıq ehtiyacları',
  'rsvp.needsHint': 'Katiblik tərcüməni, girişi və materialları bu məlumata əsasən hazırlayacaq.',
  'rsvp.submit': 'Cavabı göndər',
  'rsvp.saved': 'Cavabınız qeydə alındı: {answer}.',
  'rsvp.full': 'İclasda boş yer qalmayıb. “Ola bilər” və ya “Xeyr” cavabını seçə bilərsiniz.',
  'rsvp.closed': 'Bu iclas üçün cavablar artıq qəbul edilmir.',
  'needs.signLanguage': 'İşarə dili tərcüməsi',
  'needs.stepFreeAccess': 'Pilləkənsiz giriş',
  'needs.captioning': 'Canlı subtitrlər',
  'needs.accessibleFormats': 'Materialların əlçatan formatda verilməsi',
  'needs.other': 'Digər ehtiyaclar',
};

export type SessionDetailMessages = typeof azSessionDetail;
