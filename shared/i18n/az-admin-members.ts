/** Azerbaijani messages of the secretariat's members page that no other page shows: loaded with it. */
export const azAdminMembers = {
  'admin.deactivateQuestion':
    '{name} deaktiv edilsin? O, portala daxil ola bilməyəcək və iclaslara dəvət almayacaq. Sonra yenidən aktiv etmək olar.',
  'admin.deactivateConfirm': 'Bəli, deaktiv et',
  'admin.deactivateKeep': 'Xeyr, aktiv saxla',
  'admin.makeSecretariatQuestion':
    '{name} katibliyə əlavə edilsin? O, iclasları idarə edə, nəticələri dərc edə və bütün üzvləri idarə edə biləcək.',
  'admin.makeMemberQuestion': '{name} adi üzv edilsin? O, katibliyin alətlərindən istifadə edə bilməyəcək.',
  'admin.roleConfirm': 'Bəli, rolu dəyiş',
  'admin.roleKeep': 'Xeyr, rolu saxla',
};
export type AdminMembersMessages = typeof azAdminMembers;
