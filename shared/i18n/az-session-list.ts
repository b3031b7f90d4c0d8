/** Azerbaijani messages of the sessions list and its month view: loaded with that page only. */
export const azSessionList = {
  'sessions.intro':
    'İşçi qrupun iclasları: mövzusu, vaxtı, yeri və gündəliyi. Bütün vaxtlar Bakı vaxtı ilə göstərilir.',
  'sessions.new': 'Yeni iclas',
  'sessions.subscribe': 'Təqvimə abunə ol (iCal)',
  'sessions.subscribeHint':
    'Bu linki təqvim proqramınıza (Outlook, Google, Apple) abunə kimi əlavə etsəniz, açıq iclaslar orada özü görünəcək.',
  'sessions.views': 'İclasları göstərmə qaydası',
  'sessions.view.upcoming': 'Qarşıdakı iclaslar',
  'sessions.view.past': 'Keçmiş iclaslar',
  'sessions.view.month': 'Aylıq təqvim',
  'sessions.filter': 'Mövzu üzrə seçim',
  'sessions.allThemes': 'Bütün mövzular',
  'sessions.filterSubmit': 'Göstər',
  'sessions.count.one': '{count} iclas göstərilir.',
  'sessions.count.other': '{count} iclas göstərilir.',
  'sessions.emptyUpcoming': 'Hələlik planlaşdırılmış iclas yoxdur.',
  'sessions.emptyPast': 'Keçmiş iclas tapılmadı.',
  'sessions.loadMore': 'Daha çox göstər',
  'sessions.previousMonth': 'Əvvəlki ay',
  'sessions.nextMonth': 'Növbəti ay',
  'sessions.monthCaption': 'İclasların təqvimi: {month}',
  'sessions.monthHint': 'Vaxtlar Bakı vaxtı ilə göstərilir.',
  'sessions.monthEmpty': 'Bu ay iclas yoxdur.',
};

export type SessionListMessages = typeof azSessionList;
