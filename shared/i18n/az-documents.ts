/** Azerbaijani messages of the documents pages (list, upload, document page), beyond those of a list of documents (`az-document-list.ts`): loaded with those pages only. */
export const azDocuments = {
  'documents.intro':
    'İşçi qrupun sənədləri: hesabatlar, təqdimatlar, tövsiyələr və iclas materialları. Açıq sənədlər hər kəsə, daxili sənədlər isə yalnız üzvlərə görünür.',
  'documents.metaDescription':
    'Biznes və insan hüquqları üzrə işçi qrupun açıq sənədləri: hesabatlar, təqdimatlar və iclas materialları.',
  'documents.upload': 'Sənəd yükləyin',
  'documents.filter': 'Sənədlərin seçimi',
  'documents.allThemes': 'Bütün mövzular',
  'documents.allSessions': 'Bütün iclaslar',
  'documents.mine': 'Yalnız mənim yüklədiklərim',
  'documents.filterSubmit': 'Göstər',
  'documents.count.one': '{count} sənəd göstərilir.',
  'documents.count.other': '{count} sənəd göstərilir.',
  'documents.empty': 'Seçiminizə uyğun sənəd tapılmadı.',
  'documents.loadMore': 'Daha çox göstər',
  'documents.signInForMore': 'Üzvlər üçün olan daxili sənədləri görmək üçün portala daxil olun.',

  'docVisibility.members': 'Yalnız üzvlərə',
  'docVisibility.public': 'Hər kəsə (açıq sənəd)',

  'docField.file': 'Fayl',
  'docField.title': 'Başlıq',
  'docField.description': 'Qısa təsvir',
  'docField.language': 'Sənədin dili',
  'docField.session': 'İclas',
  'docField.theme': 'Mövzu',
  'docField.visibility': 'Kimə görünür',
  'docField.noSession': 'Heç bir iclasa aid deyil',
  'docField.noTheme': 'Heç bir mövzuya aid deyil',

  'upload.heading': 'Sənəd yükləyin',
  'upload.intro':
    'Fayl birbaşa sənəd anbarına göndərilir, sonra onun ölçüsü və növü yoxlanılır. Yoxlamadan keçən sənəd siyahıda görünür.',
  'upload.fileHint':
    'PDF, Word, Excel, PowerPoint, OpenDocument, mətn (TXT), CSV, PNG və ya JPEG; bir fayl ən çoxu 100 MB.',
  'upload.dropZone': 'Faylı bu sahəyə sürüşdürüb buraxa və ya aşağıdakı düymə ilə seçə bilərsiniz.',
  'upload.chosen': 'Seçilmiş fayl: {name} ({size}).',
  'upload.visibilityNote':
    'Yüklədiyiniz sənədi yalnız işçi qrupun üzvləri görəcək. Sənədi hər kəs üçün açıq etmək lazımdırsa, katibliyə müraciət edin.',
  'upload.submit': 'Yüklə',
  'upload.cancel': 'Yükləməni dayandır',
  'upload.progressLabel': 'Yükləmə',
  'upload.progress': '{percent}% — {loaded} / {total}',
  'upload.preparing': 'Yükləmə hazırlanır…',
  'upload.uploading': '“{name}” faylı yüklənir…',
  'upload.checking': 'Fayl göndərildi; indi yoxlanılır…',
  'upload.available': 'Fayl yoxlanıldı: sənəd əlçatandır.',
  'upload.rejected': 'Fayl qəbul edilmədi: {reason}',
  'upload.cancelled': 'Yükləmə dayandırıldı.',
  'upload.sendFailed': 'Faylı göndərmək alınmadı. İnternet bağlantınızı yoxlayıb yenidən cəhd edin.',
  'upload.expired': 'Yükləmə icazəsinin vaxtı bitib. Yenidən cəhd edin.',
  'upload.slowCheck': 'Yoxlama gözləniləndən uzun çəkir. Bir az sonra sənədin səhifəsinə baxın.',
  'upload.open': 'Sənədin səhifəsinə keçin',
  'upload.another': 'Başqa sənəd yükləyin',
  'upload.error.required': 'Yükləmək üçün fayl seçin.',
  'upload.error.empty': '“{name}” faylı boşdur (0 bayt). Məzmunu olan fayl seçin.',
  'upload.error.tooBig': '“{name}” faylı çox böyükdür ({size}). Ən çoxu 100 MB olan fayl seçin.',
  'upload.error.type':
    '“{name}” növündə fayllar qəbul edilmir. PDF, Word, Excel, PowerPoint, OpenDocument, TXT, CSV, PNG və ya JPEG faylı seçin.',
  'upload.error.name':
    'Faylın adı yararsızdır (ən çoxu 200 simvol, “/” və ya “\\” olmadan). Faylın adını dəyişib yenidən seçin.',
  'upload.error.many': 'Bir dəfəyə yalnız bir fayl yükləmək olar.',
  'upload.error.publicNeedsSecretariat': 'Sənədi yalnız katiblik hər kəs üçün açıq edə bilər.',

  'reason.size': 'faylın ölçüsü ({actual} bayt) bildirilən ölçü ilə ({declared} bayt) üst-üstə düşmür.',
  'reason.type': 'faylın məzmunu onun növünə ({type}) uyğun gəlmir.',
  'reason.abandoned': 'fayl bir gün ərzində gəlib çatmadı.',
};

export type DocumentsMessages = typeof azDocuments;
