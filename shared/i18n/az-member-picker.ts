/** Azerbaijani messages of the member search (choosing speakers and participants): loaded with it. */
export const azMemberPicker = {
  'picker.search': 'Üzvləri axtar',
  'picker.found.one': '{count} üzv tapıldı.',
  'picker.found.other': '{count} üzv tapıldı.',
  'picker.choose': 'Seç: {name}',
};

export type MemberPickerMessages = typeof azMemberPicker;
