import type { CoreMessages } from './az.ts';

/** English messages, beside the Azerbaijani ones: `satisfies` keeps the keys identical (the pages' own sections: `en-<section>.ts`). */
export const en = {
  'site.name': 'Business and Human Rights Working Group',
  'site.portal': 'Business and Human Rights portal',
  'site.convener': 'Convened by the Commissioner for Human Rights (Ombudsman)',

  'layout.skipToContent': 'Skip to main content',
  'layout.primaryNav': 'Main navigation',
  'layout.languageSwitch': 'Language',
  'layout.myProfile': 'my profile',

  'nav.outcomes': 'Outcomes',
  'nav.sessions': 'Sessions',
  'nav.documents': 'Documents',
  'nav.members': 'Members',
  'nav.admin': 'Admin',
  'nav.signIn': 'Sign in',

  'footer.office': 'Office of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
  'footer.about': 'The collaboration portal of the Business and Human Rights working group.',
  'footer.apiDocs': 'API reference',

  'common.loading': 'Loading…',
  'common.loadFailed': 'This could not be loaded.',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.choose': 'Choose…',
  'common.optional': '(optional)',
  'common.signInNeeded': 'Sign in to the portal to see this page.',
  'common.signInLink': 'Go to the sign-in page',
  'common.secretariatOnly': 'This page is for the secretariat only; your role does not give access to it.',
  'common.formErrors.one': 'The form has {count} error. Correct the marked field.',
  'common.formErrors.other': 'The form has {count} errors. Correct the marked fields.',

  'errors.network': 'The server could not be reached. Check your connection and try again.',
  'errors.unexpected': 'Something unexpected went wrong. Try again in a moment.',
  'errors.unauthenticated': 'Your session has ended. Sign in again.',
  'errors.forbidden': 'Your role does not allow this.',
  'errors.stale': 'Someone else changed this after you opened it. Reload the page and make your change again.',
  'errors.rateLimited.one': 'Too many attempts. Try again in {count} minute.',
  'errors.rateLimited.other': 'Too many attempts. Try again in {count} minutes.',
  'errors.rateLimitedSoon': 'Too many attempts. Try again in a little while.',
  'errors.field.required': 'Fill in this field.',
  'errors.field.email': 'Enter a valid email address, such as name@example.com.',
  'errors.field.tooLong': 'Use at most {max} characters.',
  'errors.field.controlChars': 'Remove the invisible control characters from the text.',
  'errors.field.invalid': 'This value is not accepted.',
  'errors.field.endAfterStart': 'The end must come after the start.',
  'errors.field.url': 'Enter a link starting with http:// or https://.',
  'errors.field.time': 'Enter the time as HH:MM, such as 10:30.',
  'errors.field.date': 'Choose a date that exists.',

  'home.title': 'Business and Human Rights Working Group',
  'home.lead':
    'The working group was created in February 2013 by the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan together with state bodies and non-governmental organisations.',
  'home.about':
    'It brings together state agencies, NGOs, trade unions, businesses, members of the Milli Majlis (parliament) and the media, so that businesses respect human rights in what they do.',
  'home.events2015':
    'In 2015 the group held a series of events on the themes below. This portal publishes its sessions, their outcomes and their documents.',
  'home.themesHeading': 'Themes',
  'home.themesEmpty': 'No themes have been added yet.',

  'health.label': 'Service status:',
  'health.checking': 'checking…',
  'health.ok': 'all services are working.',
  'health.degraded': 'some services are not answering ({parts}).',
  'health.table': 'database',
  'health.bucket': 'document storage',
  'health.unknown': 'could not be checked.',

  'signIn.title': 'Sign in to the portal',
  'signIn.intro':
    'No password is needed. Enter the email address you are registered with as a member and we will send you a one-time sign-in link.',
  'signIn.publicNote': 'Sessions, outcomes and public documents are open to everyone without signing in.',
  'signIn.email': 'Email address',
  'signIn.submit': 'Send me a sign-in link',
  'signIn.sending': 'Sending…',
  'signIn.linkProblem': 'The link did not work',
  'signIn.error.invalid-link':
    'This sign-in link has already been used or is not valid. Each link works only once. Ask for a new one below.',
  'signIn.error.expired-link':
    'This sign-in link has expired: links are valid for 15 minutes. Ask for a new one below.',
  'signIn.alreadySignedIn': 'You are already signed in as {name}.',

  'checkEmail.title': 'Check your email',
  'checkEmail.sentTo': 'If {email} belongs to a portal member, we have sent a sign-in link to it.',
  'checkEmail.sentGeneric': 'If the address you entered belongs to a portal member, we have sent a sign-in link to it.',
  'checkEmail.validity': 'The link works once, for 15 minutes. If the email has not arrived, look in your spam folder.',
  'checkEmail.again': 'Try again with another address',

  'member.name': 'Full name',
  'member.email': 'Email',
  'member.organisation': 'Organisation',
  'member.organisationType': 'Organisation type',
  'member.position': 'Position',
  'member.language': 'Language for emails',
  'member.role': 'Role',
  'member.status': 'Status',
  'member.createdAt': 'Added',

  'organisationType.state-body': 'State body',
  'organisationType.ngo': 'Non-governmental organisation',
  'organisationType.trade-union': 'Trade union',
  'organisationType.business': 'Business',
  'organisationType.parliament': 'Parliament (Milli Majlis)',
  'organisationType.media': 'Media',
  'organisationType.international-organisation': 'International organisation',
  'organisationType.academia': 'Academia',

  'role.member': 'Member',
  'role.secretariat': 'Secretariat',

  'status.invited': 'Invited',
  'status.active': 'Active',
  'status.deactivated': 'Deactivated',

  'language.az': 'Azerbaijani',
  'language.en': 'English',

  'me.title': 'My profile',
  'me.accountHeading': 'Account',
  'me.detailsHeading': 'My details',
  'me.saved': 'Your profile has been saved.',
  'me.nothingChanged': 'Nothing has changed.',
  'me.reload': 'Load the latest details',
  'me.reloaded': 'The latest details are shown.',
  'me.signOut': 'Sign out',
  'me.signedOut': 'You have signed out.',

  'members.title': 'Member directory',
  'members.intro': 'The active members of the working group. Search by name, organisation or organisation type.',
  'members.searchHeading': 'Search',
  'members.search': 'Name or organisation',
  'members.allTypes': 'All types',
  'members.searchSubmit': 'Search',
  'members.count.one': 'Showing {count} member.',
  'members.count.other': 'Showing {count} members.',
  'members.empty': 'No members match your search.',
  'members.loadMore': 'Show more',

  'admin.title': 'Manage members',
  'admin.inviteHeading': 'Invite a member',
  'admin.inviteIntro': 'The person receives an invitation by email and can then sign in with a link.',
  'admin.inviteSubmit': 'Send invitation',
  'admin.inviting': 'Sending…',
  'admin.invited': '{name} has been invited.',
  'admin.emailTaken': 'A member with this email address already exists.',
  'admin.listHeading': 'All members',
  'admin.allStatuses': 'All statuses',
  'admin.you': '(you)',
  'admin.makeSecretariat': 'Make secretariat',
  'admin.makeMember': 'Make ordinary member',
  'admin.resendInvitation': 'Resend the invitation',
  'admin.invitationResent': 'The invitation to {name} has been sent again.',
  'admin.deactivate': 'Deactivate',
  'admin.reactivate': 'Reactivate',
  'admin.roleChanged': '{name}: role changed ({role}).',
  'admin.statusChanged': '{name}: status changed ({status}).',
  'admin.lastSecretariat':
    'This would leave the portal without an active secretariat member. Make another member secretariat first.',
  'admin.staleReloaded': 'The details of {name} were changed meanwhile; the latest state is shown now. Try again.',

  'outcomes.title': 'Outcomes',
  'outcomes.building':
    'This section is being built. Soon it will hold the published outcomes and recommendations of the sessions, searchable by theme and year.',

  'sessions.title': 'Sessions',

  'documents.title': 'Documents',
  'documents.building':
    'This section is being built. Soon it will hold the working group’s public documents, and internal documents for members.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. Check that the link is written correctly.',
  'notFound.home': 'Go back to the home page',
} satisfies CoreMessages;
