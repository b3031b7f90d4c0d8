import type { AdminMembersMessages } from './az-admin-members.ts';
import type { DocumentListMessages } from './az-document-list.ts';
import type { DocumentPageMessages } from './az-document-page.ts';
import type { DocumentsMessages } from './az-documents.ts';
import type { HomeMessages } from './az-home.ts';
import type { MemberPickerMessages } from './az-member-picker.ts';
import type { OutcomeEditorMessages } from './az-outcome-editor.ts';
import type { OutcomeWordsMessages } from './az-outcome-words.ts';
import type { OutcomesMessages } from './az-outcomes.ts';
import type { RecommendationsMessages } from './az-recommendations.ts';
import type { SessionAdminMessages } from './az-session-admin.ts';
import type { SessionDetailMessages } from './az-session-detail.ts';
import type { SessionEditorMessages } from './az-session-editor.ts';
import type { SessionListMessages } from './az-session-list.ts';
import type { SessionRecordsMessages } from './az-session-records.ts';
import type { SessionsMessages } from './az-sessions.ts';
import type { SignInSheetMessages } from './az-sign-in-sheet.ts';
import type { WelcomeMessages } from './az-welcome.ts';

/**
 * Azerbaijani messages: the working language of the group, and the source of the message keys
 * (`en.ts` must have exactly these keys). Placeholders are written `{name}`.
 */
export const az = {
  'site.name': 'Biznes və insan hüquqları üzrə işçi qrup',
  'site.portal': 'Biznes və insan hüquqları portalı',
  'site.convener': 'İnsan Hüquqları üzrə Müvəkkilin (Ombudsmanın) təşəbbüsü',

  'layout.skipToContent': 'Əsas məzmuna keç',
  'layout.primaryNav': 'Əsas menyu',
  'layout.languageSwitch': 'Dil',
  'layout.languageFailed':
    'Dili dəyişmək alınmadı. Bağlantını yoxlayın və dili yenidən seçin: səhifə yenidən yüklənəcək.',
  'layout.myProfile': 'profilim',

  'nav.outcomes': 'Nəticələr',
  'nav.sessions': 'İclaslar',
  'nav.documents': 'Sənədlər',
  'nav.recommendations': 'Tövsiyələr',
  'nav.members': 'Üzvlər',
  'nav.admin': 'İdarəetmə',
  'nav.signIn': 'Daxil ol',

  'footer.office': 'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman) Aparatı',
  'footer.about': 'Biznes və insan hüquqları üzrə işçi qrupun əməkdaşlıq portalı.',
  'footer.apiDocs': 'API arayışı (ingilis dilində)',

  'common.loading': 'Yüklənir…',
  'common.loadFailed': 'Məlumatı yükləmək alınmadı.',
  'common.retry': 'Yenidən cəhd et',
  'common.save': 'Yadda saxla',
  'common.saving': 'Saxlanılır…',
  'common.charactersLeft.one': '{count} simvol qalıb',
  'common.charactersLeft.other': '{count} simvol qalıb',
  'common.choose': 'Seçin…',
  'common.optional': '(istəyə bağlı)',
  'common.signInNeeded': 'Bu səhifəni görmək üçün portala daxil olun.',
  'common.signInLink': 'Daxil olma səhifəsinə keçin',
  'common.secretariatOnly': 'Bu səhifə yalnız katiblik üçündür; sizin rolunuz ona giriş vermir.',
  'common.formErrors.one': 'Formada {count} səhv var. Qeyd olunan sahəni düzəldin.',
  'common.formErrors.other': 'Formada {count} səhv var. Qeyd olunan sahələri düzəldin.',
  'size.bytes': '{n} bayt',
  'size.kb': '{n} KB',
  'size.mb': '{n} MB',

  'errors.network': 'Serverə qoşulmaq alınmadı. İnternet bağlantınızı yoxlayıb yenidən cəhd edin.',
  'errors.unexpected': 'Gözlənilməz xəta baş verdi. Bir az sonra yenidən cəhd edin.',
  'errors.unauthenticated': 'Sessiyanızın vaxtı bitib. Yenidən daxil olun.',
  'errors.forbidden': 'Rolunuz bu əməliyyata icazə vermir.',
  'errors.stale':
    'Bu məlumat siz açandan sonra başqası tərəfindən dəyişdirilib. Səhifəni yeniləyin və dəyişikliyinizi yenidən edin.',
  'errors.rateLimited.one': 'Həddindən çox cəhd edildi. {count} dəqiqə sonra yenidən yoxlayın.',
  'errors.rateLimited.other': 'Həddindən çox cəhd edildi. {count} dəqiqə sonra yenidən yoxlayın.',
  'errors.rateLimitedSoon': 'Həddindən çox cəhd edildi. Bir az sonra yenidən yoxlayın.',
  'errors.field.required': 'Bu sahəni doldurun.',
  'errors.field.email': 'Düzgün e-poçt ünvanı yazın, məsələn: ad@example.az.',
  'errors.field.tooLong': 'Ən çoxu {max} simvol yazmaq olar.',
  'errors.field.controlChars': 'Mətndən görünməyən idarəedici simvolları silin.',
  'errors.field.invalid': 'Bu dəyər qəbul edilmir.',
  'errors.field.endAfterStart': 'Bitmə vaxtı başlama vaxtından sonra olmalıdır.',
  'errors.field.url': 'http:// və ya https:// ilə başlayan link yazın.',
  'errors.field.time': 'Saatı SS:DD şəklində yazın, məsələn 10:30.',
  'errors.field.date': 'Mövcud bir tarix seçin.',

  'home.title': 'Biznes və insan hüquqları üzrə işçi qrup',
  'home.lead':
    'İşçi qrup 2013-cü ilin fevralında Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman) tərəfindən dövlət orqanları və qeyri-hökumət təşkilatlarının iştirakı ilə yaradılıb.',
  'home.about':
    'Qrup dövlət qurumlarını, QHT-ləri, həmkarlar ittifaqlarını, biznes strukturlarını, Milli Məclisin deputatlarını və media nümayəndələrini bir araya gətirir. Məqsəd sahibkarlıq fəaliyyətində insan hüquqlarına hörmətin təmin olunmasıdır.',
  'home.events2015':
    '2015-ci ildə işçi qrup aşağıdakı mövzular üzrə silsilə tədbirlər keçirib. Bu portalda iclaslar, onların nəticələri və sənədləri açıq şəkildə dərc olunur.',
  'home.themesHeading': 'Mövzular',
  'home.themesEmpty': 'Hələ heç bir mövzu əlavə olunmayıb.',

  'health.label': 'Xidmətin vəziyyəti:',
  'health.checking': 'yoxlanılır…',
  'health.ok': 'bütün xidmətlər işləyir.',
  'health.degraded': 'bəzi xidmətlər cavab vermir ({parts}).',
  'health.table': 'verilənlər bazası',
  'health.bucket': 'sənəd anbarı',
  'health.unknown': 'yoxlamaq mümkün olmadı.',

  'signIn.title': 'Portala daxil olun',
  'signIn.intro':
    'Parol lazım deyil. Üzv kimi qeydiyyatdan keçdiyiniz e-poçt ünvanını yazın, sizə birdəfəlik daxilolma linki göndərəcəyik.',
  'signIn.publicNote': 'İclaslar, nəticələr və açıq sənədlər daxil olmadan da hər kəs üçün əlçatandır.',
  'signIn.email': 'E-poçt ünvanı',
  'signIn.submit': 'Daxilolma linkini göndər',
  'signIn.sending': 'Göndərilir…',
  'signIn.linkProblem': 'Link işləmədi',
  'signIn.error.invalid-link':
    'Bu daxilolma linki artıq istifadə olunub və ya etibarsızdır. Hər link yalnız bir dəfə işləyir. Aşağıda yeni link istəyin.',
  'signIn.error.expired-link':
    'Bu daxilolma linkinin vaxtı bitib: link 15 dəqiqə ərzində etibarlıdır. Aşağıda yeni link istəyin.',
  'signIn.alreadySignedIn': 'Siz artıq {name} kimi daxil olmusunuz.',
  'signIn.continue': 'Olduğunuz səhifəyə qayıdın',

  'checkEmail.title': 'E-poçtunuzu yoxlayın',
  'checkEmail.sentTo': '{email} ünvanı portal üzvünə aiddirsə, ona daxilolma linki göndərdik.',
  'checkEmail.sentGeneric': 'Yazdığınız ünvan portal üzvünə aiddirsə, ona daxilolma linki göndərdik.',
  'checkEmail.validity':
    'Link 15 dəqiqə ərzində və yalnız bir dəfə işləyir. Məktub gəlməyibsə, “Spam” qovluğunu yoxlayın.',
  'checkEmail.again': 'Başqa ünvanla yenidən cəhd edin',

  'member.name': 'Ad və soyad',
  'member.email': 'E-poçt',
  'member.organisation': 'Təşkilat',
  'member.organisationType': 'Təşkilatın növü',
  'member.position': 'Vəzifə',
  'member.language': 'Məktublar üçün dil',
  'member.role': 'Rol',
  'member.status': 'Vəziyyət',
  'member.createdAt': 'Əlavə olunub',

  'organisationType.state-body': 'Dövlət orqanı',
  'organisationType.ngo': 'Qeyri-hökumət təşkilatı',
  'organisationType.trade-union': 'Həmkarlar ittifaqı',
  'organisationType.business': 'Biznes qurumu',
  'organisationType.parliament': 'Milli Məclis',
  'organisationType.media': 'Media',
  'organisationType.international-organisation': 'Beynəlxalq təşkilat',
  'organisationType.academia': 'Elm və təhsil müəssisəsi',

  'role.member': 'Üzv',
  'role.secretariat': 'Katiblik',

  'status.invited': 'Dəvət olunub',
  'status.active': 'Aktiv',
  'status.deactivated': 'Deaktiv edilib',

  'language.az': 'Azərbaycan dili',
  'language.en': 'İngilis dili',

  'me.title': 'Profilim',
  'me.accountHeading': 'Hesab',
  'me.detailsHeading': 'Məlumatlarım',
  'me.saved': 'Profiliniz yadda saxlanıldı.',
  'me.nothingChanged': 'Heç nə dəyişməyib.',
  'me.reload': 'Ən son məlumatı yüklə',
  'me.reloaded': 'Ən son məlumat göstərilir.',
  'me.signOut': 'Portaldan çıx',
  'me.signedOut': 'Portaldan çıxdınız.',

  'members.title': 'Üzvlərin siyahısı',
  'members.intro': 'İşçi qrupun aktiv üzvləri. Ad, təşkilat və ya təşkilatın növü üzrə axtarın.',
  'members.searchHeading': 'Axtarış',
  'members.search': 'Ad və ya təşkilat',
  'members.allTypes': 'Bütün növlər',
  'members.searchSubmit': 'Axtar',
  'members.count.one': '{count} üzv göstərilir.',
  'members.count.other': '{count} üzv göstərilir.',
  'members.empty': 'Axtarışa uyğun üzv tapılmadı.',
  'members.loadMore': 'Daha çox göstər',

  'admin.title': 'Üzvlərin idarə edilməsi',
  'admin.inviteHeading': 'Yeni üzv dəvət edin',
  'admin.inviteIntro': 'Dəvət olunan şəxs e-poçtla məktub alacaq və daxilolma linki ilə portala girə biləcək.',
  'admin.inviteSubmit': 'Dəvət göndər',
  'admin.inviting': 'Göndərilir…',
  'admin.invited': '{name} dəvət olundu.',
  'admin.emailTaken': 'Bu e-poçt ünvanı ilə artıq üzv var.',
  'admin.listHeading': 'Bütün üzvlər',
  'admin.allStatuses': 'Bütün vəziyyətlər',
  'admin.you': '(siz)',
  'admin.makeSecretariat': 'Katibliyə əlavə et',
  'admin.makeMember': 'Adi üzv et',
  'admin.resendInvitation': 'Dəvəti yenidən göndər',
  'admin.invitationResent': '{name} üçün dəvət yenidən göndərildi.',
  'admin.deactivate': 'Deaktiv et',
  'admin.reactivate': 'Yenidən aktiv et',
  'admin.roleChanged': '{name}: rol dəyişdirildi ({role}).',
  'admin.statusChanged': '{name}: vəziyyət dəyişdirildi ({status}).',
  'admin.lastSecretariat':
    'Bu dəyişiklik portalı aktiv katiblik üzvü olmadan qoyardı. Əvvəlcə başqa bir üzvü katibliyə əlavə edin.',
  'admin.staleReloaded':
    '{name} haqqında məlumat bu arada dəyişdirilib; ən son vəziyyət göstərilir. Yenidən cəhd edin.',

  'outcomes.title': 'Nəticələr',

  'sessions.title': 'İclaslar',

  'documents.title': 'Sənədlər',

  'notFound.title': 'Səhifə tapılmadı',
  'notFound.body': 'Bu ünvanda səhifə yoxdur. Linkin düzgün yazıldığını yoxlayın.',
  'notFound.home': 'Ana səhifəyə qayıdın',
};

export type CoreMessages = typeof az;

/**
 * Every message: the core ones above, loaded with the shell, and those of pages that bring
 * their own (`az-<section>.ts`, loaded with those pages and components; see web/src/i18n.ts).
 */
export type Messages = CoreMessages &
  HomeMessages &
  WelcomeMessages &
  SessionsMessages &
  SessionListMessages &
  SessionDetailMessages &
  SessionAdminMessages &
  SessionRecordsMessages &
  SignInSheetMessages &
  SessionEditorMessages &
  MemberPickerMessages &
  DocumentListMessages &
  DocumentsMessages &
  DocumentPageMessages &
  OutcomesMessages &
  OutcomeWordsMessages &
  OutcomeEditorMessages &
  AdminMembersMessages &
  RecommendationsMessages;
export type MessageKey = keyof Messages;
