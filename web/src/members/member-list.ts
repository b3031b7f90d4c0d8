import { useEffect, useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { api, type MemberQuery } from '../app/api.ts';
import { sortByName } from './collation.ts';

export type MemberFilter = Omit<MemberQuery, 'cursor' | 'limit'>;

export interface MemberList {
  members: Member[];
  nextCursor: string | null;
  state: 'loading' | 'ready' | 'loading-more';
  error: unknown;
  loadMore(): Promise<number>;
  retry(): void;
  replace(member: Member): void;
  add(member: Member): void;
}

const pageSize = 25;

/** A page of members for a filter, growing with "load more", always in Azerbaijani alphabetical order. */
export function useMemberList(filter: MemberFilter): MemberList {
  const [members, setMembers] = useState<Member[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [state, setState] = useState<MemberList['state']>('loading');
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let current = true;
    setState('loading');
    setError(null);
    api.listMembers({ ...filter, limit: pageSize }).then(
      (page) => {
        if (!current) return;
        setMembers(sortByName(page.items));
        setNextCursor(page.nextCursor);
        setState('ready');
      },
      (failure: unknown) => {
        if (!current) return;
        setMembers([]);
        setNextCursor(null);
        setError(failure);
        setState('ready');
      },
    );
    return () => {
      current = false;
    };
  }, [filterKey, round]);

  async function loadMore(): Promise<number> {
    if (!nextCursor || state !== 'ready') return 0;
    setState('loading-more');
    setError(null);
    try {
      const page = await api.listMembers({ ...filter, cursor: nextCursor, limit: pageSize });
      setMembers((loaded) =>
        sortByName([...loaded, ...page.items.filter((item) => !loaded.some((m) => m.id === item.id))]),
      );
      setNextCursor(page.nextCursor);
      return page.items.length;
    } catch (failure) {
      setError(failure);
      return 0;
    } finally {
      setState('ready');
    }
  }

  return {
    members,
    nextCursor,
    state,
    error,
    loadMore,
    retry: () => setRound((count) => count + 1),
    replace: (member) => setMembers((loaded) => loaded.map((m) => (m.id === member.id ? member : m))),
    add: (member) => setMembers((loaded) => sortByName([member, ...loaded.filter((m) => m.id !== member.id)])),
  };
}
