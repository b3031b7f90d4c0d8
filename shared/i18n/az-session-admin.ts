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
  'actions.counting': 'Aktiv üzvlər sayılır…',
  'actions.scheduleQuestion.one':
    '{count} üzv dəvət olunacaq: hər aktiv üzv təqvim faylı ilə dəvət məktubu alacaq. İclas planlaşdırılsın?',
  'actions.scheduleQuestion.other':
    '{count} üzv dəvət olunacaq: hər aktiv üzv təqvim faylı ilə dəvət məktubu alacaq. İclas planlaşdırılsın?',
  'actions.scheduleQuestionUncounted':
    'Bütün aktiv üzvlər dəvət olunacaq (onların sayını indi öyrənmək alınmadı). İclas planlaşdırılsın?',
  'actions.scheduleConfirm': 'Bəli, planlaşdır və dəvət göndər',
  'actions.heldQuestion':
    'İclas keçirilmiş kimi qeyd edilsin? Bunu yalnız iclas baş tutduqdan sonra edin: bundan sonra nəticələr hazırlanıb dərc oluna bilər.',
  'actions.heldConfirm': 'Bəli, iclas keçirilib',
  'actions.reopen': 'İclası yenidən aç',
  'actions.reopenHint':
    'Səhvən keçirilmiş kimi qeyd olunub? Nəticələr dərc olunana qədər iclası yenidən “Planlaşdırılıb” vəziyyətinə qaytarmaq olar.',
  'actions.reopenQuestion':
    'İclas yenidən açılsın? O, “Planlaşdırılıb” vəziyyətinə qayıdacaq; heç kimə məktub göndərilməyəcək. Dəyişiklik audit jurnalına yazılır.',
  'actions.reopenConfirm': 'Bəli, yenidən aç',
  'actions.keep': 'Xeyr, geri qayıt',
  'actions.scheduleInThePast':
    'İclasın başlama vaxtı artıq keçib, ona görə planlaşdırıla bilməz. Əvvəlcə iclası redaktə edib başlama vaxtını gələcəyə keçirin.',
  'actions.heldBeforeStart':
    'İclas hələ başlamayıb: onu yalnız başlama vaxtı keçdikdən sonra keçirilmiş kimi qeyd etmək olar.',
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
