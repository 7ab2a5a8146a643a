import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, type Schemas } from '@/lib/api/client';
import { getSession, subscribeSession } from './session';

export type Me = Schemas['UserDto'];
export type Role = 'staff' | 'manager' | 'admin';

export function useSession() {
  return useSyncExternalStore(subscribeSession, getSession);
}

/**
 * Who signed in last on this device (id, name, email, role: no secret), so the booth opens offline
 * for them. Cleared at sign-out.
 */
const LAST_USER_KEY = 'pavilion.lastUser';

export function lastUser(): Me | undefined {
  try {
    const raw = localStorage.getItem(LAST_USER_KEY);
    return raw ? (JSON.parse(raw) as Me) : undefined;
  } catch {
    return undefined;
  }
}

export function forgetLastUser(): void {
  localStorage.removeItem(LAST_USER_KEY);
}

/** The signed-in user (role, name) once a token is held; offline, the last one who signed in here. */
export function useMe(): { data: Me | undefined } {
  const session = useSession();
  const query = useQuery({
    queryKey: ['me', session.accessToken !== null],
    enabled: session.status === 'signed-in',
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/auth/me');
      if (error) throw new Error(error.title);
      const { id, agencyId, email, name, role } = data;
      localStorage.setItem(LAST_USER_KEY, JSON.stringify({ id, agencyId, email, name, role }));
      return data;
    },
  });
  if (session.status === 'offline') return { data: lastUser() };
  return { data: query.data };
}

const RANK: Record<Role, number> = { staff: 0, manager: 1, admin: 2 };
export const hasRole = (me: Pick<Me, 'role'> | undefined, least: Role): boolean =>
  me !== undefined && RANK[me.role] >= RANK[least];
