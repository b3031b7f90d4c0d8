import type { WelcomeMessages } from './az-welcome.ts';

/** English messages of the welcome after an invited member's first sign-in: loaded with it. */
export const enWelcome = {
  'welcome.title': 'Welcome, {name}!',
  'welcome.lead': 'You have accepted the invitation: you are now a member of the working group’s portal. Next steps:',
  'welcome.profile': 'Check your profile: your name, organisation and the language of your emails',
  'welcome.sessions': 'See the upcoming sessions and say whether you will attend',
  'welcome.documents': 'Share material with the group',
} satisfies WelcomeMessages;
