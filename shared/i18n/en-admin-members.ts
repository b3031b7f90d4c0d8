import type { AdminMembersMessages } from './az-admin-members.ts';

/** English messages of the secretariat's members page that no other page shows: loaded with it. */
export const enAdminMembers = {
  'admin.deactivateQuestion':
    'Deactivate {name}? They will no longer be able to sign in, nor be invited to sessions. You can reactivate them later.',
  'admin.deactivateConfirm': 'Yes, deactivate',
  'admin.deactivateKeep': 'No, keep them active',
} satisfies AdminMembersMessages;
