/** Azerbaijani messages of the secretariat's members page that no other page shows: loaded with it. */
export const azAdminMembers = {
  'admin.deactivateQuestion':
    '{name} deaktiv edilsin? O, portala daxil ola bilməyəcək və iclaslara dəvət almayacaq. Sonra yenidən aktiv etmək olar.',
  'admin.deactivateConfirm': 'Bəli, deaktiv et',
  'admin.deactivateKeep': 'Xeyr, aktiv saxla',
};
export type AdminMembersMessages = typeof azAdminMembers;
