import createClient from 'openapi-fetch';
import type { components, paths } from '@/lib/api/schema';

export type FollowUpForm = components['schemas']['FormDto'];
export type FollowUpAnswer = components['schemas']['SubmitResponseDto'];
export type FollowUpProblem = components['schemas']['Problem'];

/**
 * The company's own client: no session, no bearer token. Its credential is the link's token, which
 * the page reads from the URL fragment (never sent to the server by the browser) and sends in the
 * X-Follow-Up-Token header.
 */
const client = createClient<paths>({ baseUrl: window.location.origin, credentials: 'omit' });

export const loadForm = (questionnaireId: string, token: string) =>
  client.GET('/v1/follow-up/questionnaires/{questionnaireId}', {
    params: { path: { questionnaireId }, header: { 'x-follow-up-token': token } },
  });

export const sendAnswer = (questionnaireId: string, token: string, body: FollowUpAnswer) =>
  client.POST('/v1/follow-up/questionnaires/{questionnaireId}/response', {
    params: { path: { questionnaireId }, header: { 'x-follow-up-token': token } },
    body,
  });

/** The token in `#…`, once read, is dropped from the address bar (it stays out of the history too). */
export function takeToken(): string {
  const token = window.location.hash.replace(/^#/, '');
  if (token) sessionStorage.setItem('pavilion.followUpToken', token);
  if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  return token || (sessionStorage.getItem('pavilion.followUpToken') ?? '');
}
