/**
 * The auto-scheduler, as a pure function: accepted meeting requests in, slots, tables and interpreters
 * out. No I/O, so it is tested on random instances (scheduler.spec.ts) and benchmarked alone.
 *
 * 1. Greedy: requests by match score (highest first), ties broken most-constrained-first (needs an
 *    interpreter, then busier company and buyer), then by id; each takes its earliest slot where the
 *    company and the buyer are free, a table is free and, if it needs a language, an interpreter who
 *    speaks it is free (the least versatile such interpreter, keeping versatile ones for later).
 * 2. Repair: each request left over tries augmenting paths — a slot blocked by one movable meeting of
 *    its company or buyer is taken if that meeting can itself be placed elsewhere, recursively (Kuhn's
 *    algorithm when one party is the only shared resource). Runs until no improvement or the budget.
 *
 * Fixed meetings (already scheduled or confirmed) only occupy time: they are never moved.
 */

/** Times are epoch milliseconds; every start and length is a multiple of five minutes. */
export interface SchedulerSession {
  id: string;
  startsAt: number;
  endsAt: number;
  slotMinutes: number;
  tables: number;
}

export interface SchedulerRequest {
  id: string;
  companyId: string;
  buyerId: string;
  /** A language the meeting needs an interpreter for, or null. */
  language: string | null;
  score: number;
}

export interface SchedulerInterpreter {
  id: string;
  languages: string[];
}

export interface FixedMeeting {
  id: string;
  companyId: string;
  buyerId: string;
  interpreterId: string | null;
  sessionId: string;
  tableNumber: number;
  startsAt: number;
  endsAt: number;
}

export interface Placement {
  requestId: string;
  sessionId: string;
  tableNumber: number;
  startsAt: number;
  endsAt: number;
  interpreterId: string | null;
}

export const UNPLACED_REASONS = [
  'no_session',
  'no_interpreter_for_language',
  'company_fully_booked',
  'buyer_fully_booked',
  'no_common_free_slot',
  'no_free_table',
  'no_free_interpreter',
] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

export interface ScheduleInput {
  sessions: SchedulerSession[];
  requests: SchedulerRequest[];
  interpreters: SchedulerInterpreter[];
  fixed: FixedMeeting[];
}

export interface ScheduleOptions {
  /** Stop repairing after this long (the greedy pass always completes). */
  budgetMs?: number;
  now?: () => number;
}

export interface ScheduleResult {
  placed: Placement[];
  unplaced: { requestId: string; reason: UnplacedReason }[];
}

const BUCKET_MS = 5 * 60 * 1000;

interface Slot {
  sessionId: string;
  startsAt: number;
  endsAt: number;
  tables: number;
  buckets: number[];
}

const bucketsOf = (startsAt: number, endsAt: number): number[] => {
  const buckets: number[] = [];
  for (let b = Math.floor(startsAt / BUCKET_MS); b * BUCKET_MS < endsAt; b++) buckets.push(b);
  return buckets;
};

export function slotsOf(sessions: SchedulerSession[]): Slot[] {
  const slots: Slot[] = [];
  for (const session of sessions) {
    const length = session.slotMinutes * 60_000;
    for (let start = session.startsAt; start + length <= session.endsAt; start += length) {
      slots.push({ sessionId: session.id, startsAt: start, endsAt: start + length, tables: session.tables, buckets: bucketsOf(start, start + length) });
    }
  }
  return slots.sort((x, y) => x.startsAt - y.startsAt || x.sessionId.localeCompare(y.sessionId));
}

const FIXED = '#fixed';

/** Who holds each five-minute bucket of each resource (company, buyer, interpreter, table). */
class Calendar {
  private readonly owners = new Map<string, Map<number, string>>();

  free(resource: string, buckets: number[]): boolean {
    const owned = this.owners.get(resource);
    return owned === undefined || buckets.every((b) => !owned.has(b));
  }

  holders(resource: string, buckets: number[]): Set<string> {
    const owned = this.owners.get(resource);
    const holders = new Set<string>();
    if (owned) for (const b of buckets) if (owned.has(b)) holders.add(owned.get(b) as string);
    return holders;
  }

  take(resource: string, buckets: number[], owner: string): void {
    let owned = this.owners.get(resource);
    if (!owned) this.owners.set(resource, (owned = new Map<number, string>()));
    for (const b of buckets) owned.set(b, owner);
  }

  release(resource: string, buckets: number[]): void {
    const owned = this.owners.get(resource);
    if (owned) for (const b of buckets) owned.delete(b);
  }
}

const company = (id: string) => `c:${id}`;
const buyer = (id: string) => `b:${id}`;
const interpreter = (id: string) => `i:${id}`;
const table = (sessionId: string, n: number) => `t:${sessionId}:${n}`;

export function schedule(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? 8000);
  const slots = slotsOf(input.sessions);
  const calendar = new Calendar();
  for (const meeting of input.fixed) {
    const buckets = bucketsOf(meeting.startsAt, meeting.endsAt);
    calendar.take(company(meeting.companyId), buckets, FIXED);
    calendar.take(buyer(meeting.buyerId), buckets, FIXED);
    calendar.take(table(meeting.sessionId, meeting.tableNumber), buckets, FIXED);
    if (meeting.interpreterId !== null) calendar.take(interpreter(meeting.interpreterId), buckets, FIXED);
  }

  // Least versatile interpreters first, so those with rare extra languages stay free for longer.
  const speakers = new Map<string, SchedulerInterpreter[]>();
  for (const person of [...input.interpreters].sort((x, y) => x.languages.length - y.languages.length || x.id.localeCompare(y.id))) {
    for (const language of person.languages) speakers.set(language, [...(speakers.get(language) ?? []), person]);
  }

  const placements = new Map<string, Placement>();
  const requests = new Map(input.requests.map((request) => [request.id, request]));

  const fitAt = (request: SchedulerRequest, slot: Slot): Placement | null => {
    if (!calendar.free(company(request.companyId), slot.buckets) || !calendar.free(buyer(request.buyerId), slot.buckets)) return null;
    let tableNumber = 0;
    for (let n = 1; n <= slot.tables && tableNumber === 0; n++) if (calendar.free(table(slot.sessionId, n), slot.buckets)) tableNumber = n;
    if (tableNumber === 0) return null;
    let interpreterId: string | null = null;
    if (request.language !== null) {
      interpreterId = (speakers.get(request.language) ?? []).find((person) => calendar.free(interpreter(person.id), slot.buckets))?.id ?? null;
      if (interpreterId === null) return null;
    }
    return { requestId: request.id, sessionId: slot.sessionId, tableNumber, startsAt: slot.startsAt, endsAt: slot.endsAt, interpreterId };
  };

  const resourcesOf = (request: SchedulerRequest, placement: Placement): string[] => [
    company(request.companyId),
    buyer(request.buyerId),
    table(placement.sessionId, placement.tableNumber),
    ...(placement.interpreterId === null ? [] : [interpreter(placement.interpreterId)]),
  ];

  const put = (placement: Placement) => {
    const request = requests.get(placement.requestId) as SchedulerRequest;
    const buckets = bucketsOf(placement.startsAt, placement.endsAt);
    for (const resource of resourcesOf(request, placement)) calendar.take(resource, buckets, request.id);
    placements.set(request.id, placement);
  };

  const remove = (requestId: string): Placement => {
    const placement = placements.get(requestId) as Placement;
    const buckets = bucketsOf(placement.startsAt, placement.endsAt);
    for (const resource of resourcesOf(requests.get(requestId) as SchedulerRequest, placement)) calendar.release(resource, buckets);
    placements.delete(requestId);
    return placement;
  };

  const placeDirectly = (request: SchedulerRequest): boolean => {
    for (const slot of slots) {
      const placement = fitAt(request, slot);
      if (placement) {
        put(placement);
        return true;
      }
    }
    return false;
  };

  /** An augmenting path: free a slot by moving the one meeting of the same company or buyer in it. */
  const augment = (request: SchedulerRequest, moved: Set<string>): boolean => {
    if (placeDirectly(request)) return true;
    for (const slot of slots) {
      if (now() > deadline) return false;
      const blockers = new Set([
        ...calendar.holders(company(request.companyId), slot.buckets),
        ...calendar.holders(buyer(request.buyerId), slot.buckets),
      ]);
      if (blockers.size !== 1) continue;
      const [blocker] = blockers;
      if (blocker === FIXED || moved.has(blocker)) continue;
      moved.add(blocker);
      const previous = remove(blocker);
      const placement = fitAt(request, slot);
      if (placement) {
        put(placement);
        if (augment(requests.get(blocker) as SchedulerRequest, moved)) return true;
        remove(request.id);
      }
      put(previous);
    }
    return false;
  };

  const load = new Map<string, number>();
  for (const request of input.requests) {
    for (const key of [company(request.companyId), buyer(request.buyerId)]) load.set(key, (load.get(key) ?? 0) + 1);
  }
  const pressure = (request: SchedulerRequest) => (load.get(company(request.companyId)) ?? 0) + (load.get(buyer(request.buyerId)) ?? 0);
  const ordered = [...input.requests].sort(
    (x, y) =>
      y.score - x.score ||
      Number(y.language !== null) - Number(x.language !== null) ||
      pressure(y) - pressure(x) ||
      x.id.localeCompare(y.id),
  );

  const left: SchedulerRequest[] = [];
  for (const request of ordered) if (!placeDirectly(request)) left.push(request);

  // Once every table-slot is taken, no repair can place more: stop rather than search in vain.
  let tableSlots = 0;
  for (const slot of slots) for (let n = 1; n <= slot.tables; n++) if (calendar.free(table(slot.sessionId, n), slot.buckets)) tableSlots++;
  let improved = true;
  while (improved && left.length > 0 && tableSlots > 0 && now() <= deadline) {
    improved = false;
    for (let index = 0; index < left.length && now() <= deadline; index++) {
      if (augment(left[index], new Set([left[index].id]))) {
        left.splice(index--, 1);
        tableSlots--;
        improved = true;
      }
    }
  }

  return {
    placed: [...placements.values()].sort((x, y) => x.startsAt - y.startsAt || x.requestId.localeCompare(y.requestId)),
    unplaced: left.map((request) => ({ requestId: request.id, reason: whyUnplaced(request) })).sort((x, y) => x.requestId.localeCompare(y.requestId)),
  };

  function whyUnplaced(request: SchedulerRequest): UnplacedReason {
    if (slots.length === 0) return 'no_session';
    if (request.language !== null && !speakers.has(request.language)) return 'no_interpreter_for_language';
    const companyFree = slots.filter((slot) => calendar.free(company(request.companyId), slot.buckets));
    if (companyFree.length === 0) return 'company_fully_booked';
    const bothFree = companyFree.filter((slot) => calendar.free(buyer(request.buyerId), slot.buckets));
    if (bothFree.length === 0) {
      return slots.some((slot) => calendar.free(buyer(request.buyerId), slot.buckets)) ? 'no_common_free_slot' : 'buyer_fully_booked';
    }
    const withTable = bothFree.filter((slot) => fitAt({ ...request, language: null }, slot) !== null);
    return withTable.length === 0 ? 'no_free_table' : 'no_free_interpreter';
  }
}
