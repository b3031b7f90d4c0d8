/**
 * Azerbaijani messages of the secretariat's session records: the mail sent about a session, who a
 * change will be told to (the edit form), and the links to the sign-in sheet (whose own messages are
 * `az-sign-in-sheet.ts`).
 */
export const azSessionRecords = {
  'mail.heading': 'Göndərilən məktublar',
  'mail.none': 'Bu iclas haqqında hələ məktub göndərilməyib.',
  'mail.loading': 'Məktublar yüklənir…',
  'mail.caption': 'İclas haqqında hər məktub: alanlar, göndərilənlər, alınmayanlar və geri qayıdanlar',
  'mail.kind': 'Məktub',
  'mail.state': 'Vəziyyət',
  'mail.recipients': 'Alanlar',
  'mail.sent': 'Göndərildi',
  'mail.failed': 'Alınmadı',
  'mail.bounced': 'Geri qayıtdı',
  'mail.notSent': 'Göndərilmədi',
  'mail.pending': 'Növbədə',
  'mail.who': '{kind}: kimlərə göndərildi ({count})',
  'mail.name': 'Ad',
  'mail.status': 'Vəziyyət',
  'mail.kind.invitation': 'Dəvət',
  'mail.kind.changed': 'Dəyişiklik bildirişi',
  'mail.kind.cancelled': 'Ləğv bildirişi',
  'mail.kind.reminder': 'Xatırlatma',
  'mail.kind.follower-news': 'İzləyicilərə xəbər',
  'mail.kind.round-request': 'Monitorinq sorğusu',
  'mail.kind.round-reminder': 'Monitorinq xatırlatması',
  'mail.kind.round-results': 'Monitorinqin nəticələri',
  'mail.state.queued': 'Növbədə',
  'mail.state.sending': 'Göndərilir',
  'mail.state.done': 'Bitib',
  'mail.delivery.pending': 'növbədə',
  'mail.delivery.sending': 'göndərilir',
  'mail.delivery.sent': 'göndərildi',
  'mail.delivery.failed': 'alınmadı',
  'mail.delivery.bounced': 'geri qayıtdı',
  'mail.delivery.suppressed': 'göndərilmədi (ünvan geri qaytarır)',
  'mail.delivery.unknown': 'bilinmir (göndəriş yarımçıq qaldı)',
  'notice.loading': 'Kimə bildiriləcəyi hesablanır…',
  'notice.count.one':
    'Vaxtın və ya yerin dəyişməsi {count} nəfərə bildiriləcək: dəvət alanlara və cavab verənlərə (imtina edənlərdən başqa).',
  'notice.count.other':
    'Vaxtın və ya yerin dəyişməsi {count} nəfərə bildiriləcək: dəvət alanlara və cavab verənlərə (imtina edənlərdən başqa).',
  'notice.who': 'Kimlərə bildiriləcək',
  'notice.failed': 'Kimə bildiriləcəyini indi tapmaq olmadı; dəyişiklik yenə də hamıya bildiriləcək.',
  'sheet.link': 'İştirak vərəqini çap et',
  'sheet.csv': 'Cavabları CSV kimi yüklə',
};

export type SessionRecordsMessages = typeof azSessionRecords;
