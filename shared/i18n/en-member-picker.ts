import type { MemberPickerMessages } from './az-member-picker.ts';

/** English messages of the member search (choosing speakers and participants). */
export const enMemberPicker = {
  'picker.search': 'Search members',
  'picker.found.one': '{count} member found.',
  'picker.found.other': '{count} members found.',
  'picker.choose': 'Choose {name}',
} satisfies MemberPickerMessages;
