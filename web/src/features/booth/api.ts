import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Problem, type Schemas } from '@/lib/api/client';

export type Fair = Schemas['FairDto'];
export type Participant = Schemas['ParticipantDto'];
export type Consultation = Schemas['ConsultationDto'];

export const boothKeys = {
  fairs: ['booth', 'fairs'] as const,
  participants: (fairId: string) => ['booth', 'participants', fairId] as const,
  day: (fairId: string, companyId: string, date: string) => ['booth', 'day', fairId, companyId, date] as const,
};

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem> | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export function useFairs(enabled: boolean) {
  return useQuery({
    queryKey: boothKeys.fairs,
    enabled,
    queryFn: async () => {
      const { data, error, response } = await api.GET('/v1/fairs', { params: { query: { limit: 200 } } });
      if (error) throw new ApiProblem(response.status, error);
      return [...data.data].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
    },
  });
}

export function useParticipants(fairId: string | null) {
  return useQuery({
    queryKey: boothKeys.participants(fairId ?? ''),
    enabled: fairId !== null,
    queryFn: async () => {
      const { data, error, response } = await api.GET('/v1/fairs/{fairId}/participants', {
        params: { path: { fairId: fairId! }, query: { limit: 500 } },
      });
      if (error) throw new ApiProblem(response.status, error);
      return [...data.data].sort((a, b) => a.companyName.localeCompare(b.companyName));
    },
  });
}

/** Every consultation of the booth (fair + company) on one fair-local day: a booth's day is a few hundred at most. */
export function useBoothDay(fairId: string, companyId: string, date: string) {
  return useQuery({
    queryKey: boothKeys.day(fairId, companyId, date),
    refetchInterval: 30_000,
    queryFn: async () => {
      const all: Consultation[] = [];
      let cursor: string | undefined;
      do {
        const { data, error, response } = await api.GET('/v1/consultations', {
          params: { query: { fairId, companyId, from: date, to: date, limit: 500, ...(cursor ? { cursor } : {}) } },
        });
        if (error) throw new ApiProblem(response.status, error);
        all.push(...data.data);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
      return all.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    },
  });
}

export type ConsultationPatch = Schemas['UpdateConsultationDto'];

/** PATCH with If-Match: the version staff saw. A 412 means someone else changed it meanwhile. */
export function useUpdateConsultation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { id: string; version: number; patch: ConsultationPatch }) => {
      const { data, error, response } = await api.PATCH('/v1/consultations/{id}', {
        params: { path: { id: input.id }, header: { 'If-Match': `"${input.version}"` } },
        body: input.patch,
      });
      if (error) throw new ApiProblem(response.status, error);
      return data;
    },
    // Not on a 412: the booth keeps showing what staff edited until they choose to reload.
    onSuccess: () => client.invalidateQueries({ queryKey: ['booth', 'day'] }),
  });
}

export function useDeleteConsultation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { error, response } = await api.DELETE('/v1/consultations/{id}', { params: { path: { id } } });
      if (error) throw new ApiProblem(response.status, error);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['booth', 'day'] }),
  });
}
