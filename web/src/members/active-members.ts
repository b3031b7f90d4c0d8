import { api } from '../app/api.ts';

/**
 * How many members are active, as the scheduling of a session counts them (it invites every
 * active member): the directory's pages for status `active`, followed to the end. The directory
 * is one Query per page on the server, and a working group is a few hundred members at most.
 */
export async function countActiveMembers(): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await api.listMembers({ status: 'active', limit: 100, cursor });
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return count;
}
