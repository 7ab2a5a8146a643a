import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Problem, type Schemas } from '@/lib/api/client';

export type User = Schemas['UserDto'];
export type ApiKey = Schemas['ApiKeyDto'];
export type ApiKeyWithSecret = Schemas['ApiKeyWithSecretDto'];
export type Scope = ApiKey['scopes'][number];
export const SCOPES: Scope[] = ['fairs:read', 'outcomes:read', 'consultations:read', 'contracts:read', 'companies:read', 'buyers:read', 'buyers:pii'];
export const ROLES: User['role'][] = ['staff', 'manager', 'admin'];

/** What a refusal says, for a line on the page: the fields the server named, else its title. */
export const problemText = (problem: Problem): string =>
  problem.errors?.length ? problem.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ') : (problem.detail ?? problem.title);

class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText(problem));
  }
}

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/users', { params: { query: { limit: 500 } } });
      if (error) throw new ProblemError(error);
      return data.data;
    },
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateUserDto']) => {
      const { data, error } = await api.POST('/v1/users', { body });
      if (error) throw new ProblemError(error);
      return data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Role, name or disabled, sent with If-Match: a 412 means someone else changed the user first. */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (args: { user: User; change: Schemas['UpdateUserDto'] }) => {
      const { data, error } = await api.PATCH('/v1/users/{id}', {
        params: { path: { id: args.user.id } },
        headers: { 'If-Match': `"${args.user.version}"` },
        body: args.change,
      });
      if (error) throw new ProblemError(error);
      return data;
    },
    // The list shows the change at once, then the server's copy (with its new version for the next If-Match).
    onMutate: ({ user, change }) => client.setQueryData<User[]>(['users'], (list) => list?.map((u) => (u.id === user.id ? { ...u, ...change } : u))),
    onSuccess: (saved) => client.setQueryData<User[]>(['users'], (list) => list?.map((u) => (u.id === saved.id ? saved : u))),
    onError: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: ['api-keys'],
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/api-keys', { params: { query: { limit: 500 } } });
      if (error) throw new ProblemError(error);
      return data.data;
    },
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (args: { body: Schemas['CreateApiKeyDto']; idempotencyKey: string }) => {
      const { data, error } = await api.POST('/v1/api-keys', { body: args.body, params: { header: { 'Idempotency-Key': args.idempotencyKey } } });
      if (error) throw new ProblemError(error);
      return data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useKeyAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (args: { id: string; action: 'revoke' | 'rotate' }): Promise<ApiKey | ApiKeyWithSecret> => {
      const options = { params: { path: { id: args.id } } };
      const { data, error } = args.action === 'revoke' ? await api.POST('/v1/api-keys/{id}/revoke', options) : await api.POST('/v1/api-keys/{id}/rotate', options);
      if (error) throw new ProblemError(error);
      return data;
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
