import type { AdminMembersMessages } from './az-admin-members.ts';

/** English messages of the secretariat's members page that no other page shows: loaded with it. */
export const enAdminMembers = {
  'admin.deactivateQuestion':
    'Deactivate {name}? They will no longer be able to sign in, nor be invited to sessions. You can reactivate them later.',
  'admin.deactivateConfirm': 'Yes, deactivate',
  'admin.deactivateKeep': 'No, keep them active',
  'admin.makeSecretariatQuestion':
    'Make {name} secretariat? They will be able to run sessions, publish outcomes and manage every member.',
  'admin.makeMemberQuestion': 'Make {name} an ordinary member? They will lose the secretariat’s tools.',
  'admin.roleConfirm': 'Yes, change the role',
  'admin.roleKeep': 'No, keep the role',
} satisfies AdminMembersMessages;
