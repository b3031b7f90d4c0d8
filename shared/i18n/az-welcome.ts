/** Azerbaijani messages of the welcome after an invited member's first sign-in: loaded with it. */
export const azWelcome = {
  'welcome.title': 'Xoş gəlmisiniz, {name}!',
  'welcome.lead': 'Dəvəti qəbul etdiniz: artıq işçi qrupun portalının üzvüsünüz. Növbəti addımlar:',
  'welcome.profile': 'Profilinizi yoxlayın: adınız, təşkilatınız və yazışma diliniz',
  'welcome.sessions': 'Qarşıdakı iclaslara baxın və iştirak edib-etməyəcəyinizi bildirin',
  'welcome.documents': 'Qrupla material paylaşın',
};
export type WelcomeMessages = typeof azWelcome;
