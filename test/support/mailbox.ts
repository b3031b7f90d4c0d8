import { inject } from 'vitest';
import * as flow from './sign-in-flow.ts';

export type { StoredEmail } from './sign-in-flow.ts';
export { follow, holdsSignInLink, linkIn } from './sign-in-flow.ts';

export const emailsTo = (address: string) => flow.emailsTo(inject('mailboxUrl'), address);
export const emailsToEach = (addresses: string[]) => flow.emailsToEach(inject('mailboxUrl'), addresses);
export const latestEmailTo = (address: string, after = 0, matching?: (email: flow.StoredEmail) => boolean) =>
  flow.latestEmailTo(inject('mailboxUrl'), address, after, matching);
