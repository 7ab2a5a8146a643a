import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, type Schemas } from '@/lib/api/client';
import { getSession, subscribeSession } from './session';

export type Me = Schemas['UserDto'];
export type Role = 'staff' | 'manager' | 'admin';

export function useSession() {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** The signed-in user (role, name), once a token is held. */
export function useMe() {
  const session = useSession();
  return useQuery({
    queryKey: ['me', session.accessToken !== null],
    enabled: session.status === 'signed-in',
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/auth/me');
      if (error) throw new Error(error.title);
      return data;
    },
  });
}

const RANK: Record<Role, number> = { staff: 0, manager: 1, admin: 2 };
export const hasRole = (me: Pick<Me, 'role'> | undefined, least: Role): boolean =>
  me !== undefined && RANK[me.role] >= RANK[least];
