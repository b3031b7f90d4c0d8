/** Azerbaijani messages of the secretariat’s part of the session page: actions, answers and attendance. */
export const azSessionAdmin = {
  'actions.heading': 'İclasın idarə edilməsi',
  'actions.edit': 'İclası redaktə et',
  'actions.schedule': 'Planlaşdır və dəvət göndər',
  'actions.scheduleHint': 'Planlaşdırılan kimi bütün aktiv üzvlərə təqvim faylı ilə dəvət məktubu göndəriləcək.',
  'actions.markHeld': 'Keçirilmiş kimi qeyd et',
  'actions.cancel': 'İclası ləğv et',
  'actions.cancelQuestion':
    'İclas ləğv edilsin? “Bəli” və ya “Ola bilər” cavabı vermiş üzvlərə e-poçtla bildiriş göndəriləcək. Bu addımı geri qaytarmaq olmur.',
  'actions.cancelConfirm': 'Bəli, iclası ləğv et',
  'actions.cancelKeep': 'Xeyr, ləğv etmə',
  'actions.done': 'İclasın vəziyyəti dəyişdi: {status}.',
  'actions.notAllowed': 'İclasın indiki vəziyyətində bu addım mümkün deyil. Səhifəni yeniləyin.',
  'answers.heading': 'Cavablar',
  'answers.needsCaption': 'Əlçatanlıq ehtiyacları (“Bəli” və “Ola bilər” cavabı verənlər üzrə)',
  'answers.need': 'Ehtiyac',
  'answers.people': 'Nəfər',
  'answers.listCaption': 'Üzvlərin cavabları',
  'answers.answer': 'Cavab',
  'answers.needs': 'Ehtiyaclar',
  'answers.attended': 'İştirak edib',
  'answers.none': 'Hələ heç kim cavab verməyib.',
  'attendance.heading': 'İştirakın qeydiyyatı',
  'attendance.legend': 'İclasda iştirak edənləri qeyd edin',
  'attendance.nobody': 'Siyahı boşdur; iştirakçıları aşağıdakı axtarışla əlavə edin.',
  'attendance.add': 'Cavab verməmiş iştirakçını əlavə et',
  'attendance.addSearch': 'Cavab verməmiş iştirakçını tapın (ad və ya təşkilat)',
  'attendance.added': '{name} siyahıya əlavə olundu.',
  'attendance.save': 'İştirakı yadda saxla',
  'attendance.saved': 'İştirak qeydə alındı.',
};

export type SessionAdminMessages = typeof azSessionAdmin;
