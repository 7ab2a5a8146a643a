import { useQuery } from '@tanstack/react-query';
import { api, type Problem, type Schemas } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';

export type Import = Schemas['ImportDto'];
export type ImportForm = operations['createImport']['requestBody']['content']['multipart/form-data'];

/** While a job runs, its state is asked for this often; a finished one is not asked again. */
const POLL_MS = 500;

export const isRunning = (job: Pick<Import, 'state'>): boolean => job.state === 'queued' || job.state === 'running';

/** The multipart body the API takes: the file part plus its fields (booleans only when set). */
export function importFormData(file: Blob, fileName: string, fields: { fairId: string; kind: ImportForm['kind']; dryRun: boolean; createMissing: boolean }): FormData {
  const form = new FormData();
  form.set('fairId', fields.fairId);
  form.set('kind', fields.kind);
  if (fields.dryRun) form.set('dryRun', 'true');
  if (fields.createMissing) form.set('createMissing', 'true');
  form.set('file', file, fileName);
  return form;
}

/**
 * Starts an import. The Idempotency-Key belongs to this one submission: a double click or a retry after
 * a lost answer returns the same job instead of importing the file twice.
 */
export async function startImport(form: FormData, idempotencyKey: string): Promise<{ job: Import } | { problem: Problem }> {
  const { data, error } = await api.POST('/v1/imports', {
    body: form as unknown as ImportForm,
    bodySerializer: (body) => body as unknown as FormData,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  if (error) return { problem: error };
  return { job: data };
}

export function useImportJob(id: string) {
  return useQuery({
    queryKey: ['imports', id],
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : POLL_MS),
    queryFn: async () => {
      const { data, error } = await api.GET('/v1/imports/{id}', { params: { path: { id } } });
      if (error) throw new Error(error.title);
      return data;
    },
  });
}

export async function fetchErrorsFile(id: string): Promise<{ blob: Blob; disposition: string | null } | { status: number }> {
  const { data, response } = await api.GET('/v1/imports/{id}/errors.csv', { params: { path: { id } }, parseAs: 'blob' });
  if (!response.ok || !data) return { status: response.status };
  return { blob: data, disposition: response.headers.get('content-disposition') };
}
