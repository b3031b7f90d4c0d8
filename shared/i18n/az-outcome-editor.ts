/** Azerbaijani messages of the secretariat’s outcomes editor: loaded with it only. */
export const azOutcomeEditor = {
  'outcomeEditor.heading': 'Nəticələr: {title}',
  'outcomeEditor.headingShort': 'İclasın nəticələri',
  'outcomeEditor.notFound': 'Belə iclas tapılmadı.',
  'outcomeEditor.notHeld':
    'Nəticələr iclas keçirildikdən sonra yazılır. Əvvəlcə iclasın səhifəsində onu “keçirilib” kimi qeyd edin.',
  'outcomeEditor.new': 'Bu iclasın nəticələri hələ yazılmayıb: ilk yadda saxlama qaralama yaradacaq.',
  'outcomeEditor.draft': 'Qaralama: nəticələr hələ dərc olunmayıb və yalnız katibliyə görünür.',
  'outcomeEditor.publishedNote':
    'Nəticələr {date} tarixində dərc olunub. İndi yadda saxlanılan hər dəyişiklik qeydlə birlikdə düzəliş kimi dərhal hər kəsə görünür.',
  'outcomeEditor.summaryAz': 'Xülasə (azərbaycanca)',
  'outcomeEditor.summaryEn': 'Xülasə (ingiliscə)',
  'outcomeEditor.recommendations': 'Tövsiyələr',
  'outcomeEditor.recommendation': 'Tövsiyə {n}',
  'outcomeEditor.textAz': 'Mətn (azərbaycanca)',
  'outcomeEditor.textEn': 'Mətn (ingiliscə)',
  'outcomeEditor.addressees': 'Kimə ünvanlanıb',
  'outcomeEditor.add': 'Tövsiyə əlavə et',
  'outcomeEditor.remove': 'Bu tövsiyəni sil',
  'outcomeEditor.removed': 'Tövsiyə silindi; indi {count} tövsiyə var.',
  'outcomeEditor.added': 'Tövsiyə {n} əlavə olundu.',
  'outcomeEditor.none': 'Hələ tövsiyə yoxdur.',
  'outcomeEditor.documents': 'Əlaqəli açıq sənədlər',
  'outcomeEditor.documentsHint':
    'Yalnız açıq və yoxlanılmış sənədləri əlavə etmək olar. Bu iclasın və onun mövzusunun sənədləri göstərilir.',
  'outcomeEditor.documentsNone': 'Bu iclas və ya mövzu üzrə açıq sənəd yoxdur.',
  'outcomeEditor.uploadDocument': 'Bu iclas üçün sənəd yükləyin',
  'outcomeEditor.noteAz': 'Düzəlişin qeydi (azərbaycanca)',
  'outcomeEditor.noteEn': 'Düzəlişin qeydi (ingiliscə)',
  'outcomeEditor.noteHint': 'Nəyin düzəldildiyini qısaca yazın; bu qeyd nəticələrin tarixçəsində hər kəsə görünəcək.',
  'outcomeEditor.save': 'Qaralamanı yadda saxla',
  'outcomeEditor.saveCorrection': 'Düzəlişi dərc et',
  'outcomeEditor.saved': 'Qaralama yadda saxlanıldı.',
  'outcomeEditor.corrected': 'Düzəliş dərc olundu.',
  'outcomeEditor.stale':
    'Nəticələr bu arada başqası tərəfindən dəyişdirilib; ən son versiya göstərilir. Dəyişikliyinizi yenidən edin.',
  'outcomeEditor.notHeldError': 'İclas hələ keçirilməyib; nəticələri keçirildikdən sonra yazın.',
  'outcomeEditor.alreadyPublished': 'Nəticələr artıq dərc olunub; dəyişiklik üçün qeydli düzəliş edin.',
  'outcomeEditor.publishHeading': 'Dərc etmək',
  'outcomeEditor.publishIntro':
    'Dərc olunan nəticələr hər kəsə açıq olur və mövzunu izləyənlərə məktub gedir. Sonra dəyişiklik yalnız qeydli düzəliş kimi mümkündür.',
  'outcomeEditor.publish': 'Nəticələri dərc et',
  'outcomeEditor.publishQuestion': 'Yadda saxlanılmış qaralama dərc olunsun? Bu, hər kəsə görünəcək.',
  'outcomeEditor.publishConfirm': 'Bəli, dərc et',
  'outcomeEditor.publishKeep': 'Xeyr, hələ yox',
  'outcomeEditor.published': 'Nəticələr dərc olundu.',
  'outcomeEditor.saveFirst': 'Dərc etməzdən əvvəl dəyişiklikləri yadda saxlayın.',
  'outcomeEditor.history': 'Versiyaların tarixçəsi',
  'outcomeEditor.viewPublic': 'Dərc olunmuş səhifəyə baxın',
  'outcomeEditor.backToSession': 'İclasın səhifəsinə qayıdın',
};

export type OutcomeEditorMessages = typeof azOutcomeEditor;
