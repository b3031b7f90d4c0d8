/** Azerbaijani messages the sessions pages share (the list, the session page, the sign-in sheet, the home page's sessions): loaded with those pages only. */
export const azSessions = {
  'sessions.bakuTime': 'Bakı vaxtı',
  'sessionStatus.draft': 'Qaralama',
  'sessionStatus.scheduled': 'Planlaşdırılıb',
  'sessionStatus.held': 'Keçirilib',
  'sessionStatus.published': 'Nəticələri dərc olunub',
  'sessionStatus.cancelled': 'Ləğv edilib',
  'session.heading': 'İclas',
  'session.notFound':
    'Belə iclas tapılmadı: o, mövcud deyil və ya sizə görünmür. Yalnız üzvlər üçün olan iclasları görmək üçün portala daxil olun.',
  'session.backToList': 'İclasların siyahısına qayıdın',
  'session.theme': 'Mövzu',
  'session.membersOnly': 'Yalnız üzvlər üçün',
  'session.when': 'Vaxt',
  'session.where': 'Yer',
  'session.map': 'Xəritədə göstər',
  'session.online': 'Onlayn qoşulma',
  'session.placeTbc': 'Yer hələ bildirilməyib',
  'session.seats': 'Yerlər',
  'session.seatsTaken': '{capacity} yerdən {taken} yer tutulub',
  'session.seatsOpen': '{taken} nəfər iştirakını təsdiqləyib (yer məhdudiyyəti yoxdur)',
  'session.addToCalendar': 'Təqvimə əlavə et (.ics)',
  'session.summary': 'Qısa məlumat',
  'session.agenda': 'Gündəlik',
  'session.agendaEmpty': 'Gündəlik hələ hazırlanır.',
  'session.speakers': 'Məruzəçilər',
};

export type SessionsMessages = typeof azSessions;
