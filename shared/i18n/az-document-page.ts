/** Azerbaijani messages of one document's page (details, versions, editing, withdrawal): loaded with that page only. */
export const azDocumentPage = {
  'document.heading': 'Sənəd',
  'document.notFound':
    'Belə sənəd tapılmadı: o, mövcud deyil, geri götürülüb və ya sizə görünmür. Daxili sənədləri görmək üçün portala daxil olun.',
  'document.backToList': 'Sənədlərin siyahısına qayıdın',
  'document.status': 'Vəziyyət',
  'document.file': 'Fayl',
  'document.uploader': 'Yükləyən',
  'document.createdAt': 'Əlavə olunub',
  'document.updatedAt': 'Son dəyişiklik',
  'document.downloadCurrent': 'Faylı endir',
  'document.noFileYet': 'Bu sənədin yoxlanılmış faylı hələ yoxdur.',
  'document.withdrawnNote': 'Bu sənəd geri götürülüb: siyahılarda görünmür və endirilə bilməz.',
  'versions.heading': 'Versiyalar',
  'versions.caption': 'Sənədin versiyaları, ən yenisi birinci',
  'versions.number': 'Versiya',
  'versions.fileName': 'Faylın adı',
  'versions.size': 'Ölçüsü',
  'versions.uploadedAt': 'Yüklənib',
  'versions.uploader': 'Yükləyən',
  'versions.status': 'Vəziyyət',
  'versions.download': 'Endirmə',
  'versions.downloadVersion': 'Endir (versiya {n})',
  'versions.current': 'cari',
  'edit.heading': 'Sənədin məlumatlarını dəyişin',
  'edit.saved': 'Sənədin məlumatları yadda saxlanıldı.',
  'edit.nothingChanged': 'Heç nə dəyişməyib.',
  'edit.staleReloaded':
    'Sənəd bu arada başqası tərəfindən dəyişdirilib; ən son məlumat göstərilir. Dəyişikliyinizi yenidən edin.',
  'newVersion.heading': 'Yeni versiya yükləyin',
  'newVersion.intro': 'Yeni fayl sənədin növbəti versiyası olacaq; əvvəlki versiyalar endirilə bilən qalır.',
  'newVersion.submit': 'Yeni versiyanı yüklə',
  'withdraw.heading': 'Sənədi geri götürün',
  'withdraw.intro': 'Geri götürülən sənəd siyahılardan çıxır və onu heç kim endirə bilməz.',
  'withdraw.button': 'Sənədi geri götür',
  'withdraw.question':
    '“{title}” sənədini geri götürmək istədiyinizə əminsiniz? Portalda bunu geri qaytarmaq mümkün deyil.',
  'withdraw.confirm': 'Bəli, geri götür',
  'withdraw.keep': 'Xeyr, saxla',
  'withdraw.done': '“{title}” sənədi geri götürüldü.',
};

export type DocumentPageMessages = typeof azDocumentPage;
