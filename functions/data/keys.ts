/**
 * Every key of the single table, spelled once (ARCHITECTURE.md, "The single table"). The data
 * modules build their items and queries from these and from nothing else, so a partition prefix
 * such as `SESSION#` or `THEME#` has one spelling, and a new access pattern shows up here first.
 *
 * `P` is a partition key (PK or a GSI's PK), `S` a sort key; a function returns the key of one
 * item (`{ PK, SK }`) when it is named `…Key`.
 */

/** Numbers sorted as text: revision and version numbers are padded to six digits. */
const padded = (number: number) => String(number).padStart(6, '0');

/** Where lists sort by time, the id after the instant keeps equal instants apart. */
export const timeSortKey = (at: string, id: string) => `${at}#${id}`;

export const sessionKeys = {
  partition: (id: string) => `SESSION#${id}`,
  meta: (id: string) => ({ PK: sessionKeys.partition(id), SK: 'META' }),
  rsvp: (id: string, memberId: string) => ({ PK: sessionKeys.partition(id), SK: `RSVP#${memberId}` }),
  /** A guest's registration, beside the members' answers; the id is derived from session and address. */
  guest: (id: string, guestId: string) => ({
    PK: sessionKeys.partition(id),
    SK: `${sessionKeys.guestsPrefix}${guestId}`,
  }),
  guestsPrefix: 'GUEST#',
  /** GSI1: sessions past draft, and drafts apart; GSI2: all of them; GSI3: one theme's. */
  listed: 'SESSIONS#LISTED',
  drafts: 'SESSIONS#DRAFT',
  all: 'SESSIONS#ALL',
  ofTheme: (theme: string) => `THEME#${theme}#SESSIONS`,
  /** The documents linked to a session, copied into its partition. */
  document: (sessionId: string, createdAt: string, documentId: string) => ({
    PK: sessionKeys.partition(sessionId),
    SK: `DOC#${timeSortKey(createdAt, documentId)}`,
  }),
  documentsPrefix: 'DOC#',
};

export const outcomeKeys = {
  /** The outcome and its revisions live in the session's partition. */
  current: (sessionId: string) => ({ PK: sessionKeys.partition(sessionId), SK: 'OUTCOME' }),
  prefix: 'OUTCOME',
  revision: (sessionId: string, revision: number) => ({
    PK: sessionKeys.partition(sessionId),
    SK: `OUTCOME#REV#${padded(revision)}`,
  }),
  catalogEntry: (sessionId: string) => ({ PK: `CATALOG#${sessionId}`, SK: 'ENTRY' }),
  /** GSI1: the whole catalog; GSI2: a theme's; GSI3: a year's; all newest first. */
  catalog: 'CATALOG',
  catalogOfTheme: (theme: string) => `CATALOG#THEME#${theme}`,
  catalogOfYear: (year: number | string) => `CATALOG#YEAR#${year}`,
  /** The search postings of words starting with the same two letters share a partition. */
  termPartition: (term: string) => `TERM#${term.slice(0, 2)}`,
  posting: (term: string, sessionId: string) => ({ PK: outcomeKeys.termPartition(term), SK: `${term}#${sessionId}` }),
  pendingIndexes: 'INDEX-PENDING',
  pendingIndex: (sessionId: string) => ({ PK: outcomeKeys.pendingIndexes, SK: sessionId }),
};

export const documentKeys = {
  partition: (id: string) => `DOC#${id}`,
  meta: (id: string) => ({ PK: documentKeys.partition(id), SK: 'META' }),
  version: (id: string, number: number) => ({ PK: documentKeys.partition(id), SK: `V#${padded(number)}` }),
  /** GSI1: every listed document; GSI2: a theme's; GSI3: an uploader's. */
  listed: 'DOCS',
  ofTheme: (theme: string) => `THEME#${theme}#DOCS`,
  ofUploader: (memberId: string) => `MEMBER#${memberId}#DOCS`,
  /** GSI1: versions still waiting for their check, oldest first, for the cleanup. */
  pendingUploads: 'UPLOADS#PENDING',
  pendingUploadSort: (uploadedAt: string, documentId: string, number: number) =>
    `${uploadedAt}#${documentId}#${number}`,
};

export const memberKeys = {
  partition: (id: string) => `MEMBER#${id}`,
  profile: (id: string) => ({ PK: memberKeys.partition(id), SK: 'PROFILE' }),
  /** Logins live in their member's partition: one BatchGet reads both. */
  login: (memberId: string, tokenHash: string) => ({ PK: memberKeys.partition(memberId), SK: `LOGIN#${tokenHash}` }),
  /**
   * When a member's logins were cut (on deactivation): a login opened at or before it never counts
   * again, even after reactivation. An item of its own, so no later change of the member undoes it.
   */
  loginsCut: (id: string) => ({ PK: memberKeys.partition(id), SK: 'LOGINS-CUT' }),
  emailClaim: (email: string) => ({ PK: `EMAIL#${email.toLowerCase()}`, SK: 'EMAIL' }),
  /** The count of active secretariat members, kept above zero. */
  stats: { PK: 'MEMBERS#STATS', SK: 'STATS' },
  /** GSI1: the directory in Azerbaijani alphabetical order. */
  directory: 'MEMBERS',
};

export const themeKeys = {
  theme: (slug: string) => ({ PK: `THEME#${slug}`, SK: 'THEME' }),
  /** GSI1: all themes, oldest first. */
  all: 'THEMES',
};

export const subscriptionKeys = {
  subscription: (email: string, theme: string) => ({ PK: `SUBSCRIBER#${email}`, SK: `THEME#${theme}` }),
  confirmation: (tokenHash: string) => ({ PK: `SUBTOKEN#${tokenHash}`, SK: 'CONFIRM' }),
  unsubscribe: (token: string) => ({ PK: `UNSUB#${token}`, SK: 'UNSUBSCRIBE' }),
  /** GSI1: a theme's confirmed followers. */
  followers: (theme: string) => `THEME#${theme}#FOLLOWERS`,
};

export const outboxKeys = {
  /** A message intent; its deliveries share its partition. */
  message: (id: string) => ({ PK: `MESSAGE#${id}`, SK: 'MESSAGE' }),
  delivery: (id: string, address: string) => ({ PK: `MESSAGE#${id}`, SK: `TO#${address}` }),
  /** The sort key prefix of a message's deliveries. */
  deliveryPrefix: 'TO#',
  /** GSI1: a session's messages, oldest first. */
  sessionMessages: (sessionId: string) => `MESSAGES#SESSION#${sessionId}`,
  /** GSI1: a monitoring round's messages, oldest first. */
  roundMessages: (roundId: string) => `MESSAGES#ROUND#${roundId}`,
};

/** Recommendations followed through (ARCHITECTURE.md, "Recommendations followed through"). */
export const recommendationKeys = {
  partition: (id: string) => `RECOMMENDATION#${id}`,
  meta: (id: string) => ({ PK: recommendationKeys.partition(id), SK: 'META' }),
  /** The dated history shares the recommendation's partition, oldest first. */
  change: (id: string, at: string, changeId: string) => ({
    PK: recommendationKeys.partition(id),
    SK: `${recommendationKeys.changePrefix}${timeSortKey(at, changeId)}`,
  }),
  changePrefix: 'CHANGE#',
  /** GSI1: all listed, GSI2: by status, GSI3: by theme; SK `<publishedAt>#<sessionId>#<number>`, newest first. */
  listed: 'RECOMMENDATIONS',
  ofStatus: (status: string) => `RECOMMENDATIONS#STATUS#${status}`,
  ofTheme: (theme: string) => `RECOMMENDATIONS#THEME#${theme}`,
  listSort: (publishedAt: string, sessionId: string, number: number) => `${publishedAt}#${sessionId}#${padded(number)}`,
};

export const roundKeys = {
  partition: (id: string) => `ROUND#${id}`,
  meta: (id: string) => ({ PK: roundKeys.partition(id), SK: 'META' }),
  /** A progress report lives in its round's partition: the round page reads both with one Query. */
  report: (roundId: string, reportId: string) => ({ PK: roundKeys.partition(roundId), SK: `REPORT#${reportId}` }),
  reportPrefix: 'REPORT#',
  /** GSI1: every round, newest first. */
  all: 'ROUNDS',
};

/** An address that bounced hard or complained (case-insensitive). */
export const bouncingKey = (address: string) => ({ PK: `BOUNCING#${address.toLowerCase()}`, SK: 'ADDRESS' });

export const auditKeys = {
  /** One partition, newest first on read. */
  log: 'AUDIT',
  /** GSI1: one record's history. */
  ofRecord: (entityType: string, entityId: string) => `AUDIT#${entityType}#${entityId}`,
};

export const signInLinkKey = (tokenHash: string) => ({ PK: `SIGNIN#${tokenHash}`, SK: 'LINK' });

export const rateLimitKey = (subject: string) => ({ PK: `RATE#${subject}`, SK: 'LOG' });

export const idempotencyKey = (scope: string, key: string) => ({ PK: `IDEMPOTENCY#${scope}`, SK: `KEY#${key}` });

/** Read by the health probe; it never exists, and the read answers all the same. */
export const healthKey = { PK: 'HEALTH', SK: 'HEALTH' };
