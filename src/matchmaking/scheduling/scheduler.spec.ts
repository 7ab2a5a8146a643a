import fc from 'fast-check';
import { propertySeeds } from '../../../test/support/property-seeds.js';
import { type FixedMeeting, type Placement, schedule, type ScheduleInput, slotsOf } from './scheduler.js';

const MINUTE = 60_000;
const DAY0 = Date.UTC(2026, 4, 15, 1, 0);

/** Random small fairs: 1–2 sessions, 1–3 tables, a few companies, buyers, interpreters and requests. */
const instance = fc
  .record({
    sessions: fc.array(fc.record({ slots: fc.integer({ min: 1, max: 4 }), slotMinutes: fc.constantFrom(20, 30), tables: fc.integer({ min: 1, max: 3 }) }), {
      minLength: 1,
      maxLength: 2,
    }),
    interpreters: fc.array(fc.subarray(['en', 'ar', 'zh'], { minLength: 1 }), { maxLength: 3 }),
    requests: fc.array(
      fc.record({ company: fc.integer({ min: 0, max: 2 }), buyer: fc.integer({ min: 0, max: 4 }), language: fc.constantFrom(null, 'en', 'ar', 'ru'), score: fc.integer({ min: 0, max: 50 }) }),
      { maxLength: 12 },
    ),
    fixedFirst: fc.boolean(),
  })
  .map(({ sessions, interpreters, requests, fixedFirst }): ScheduleInput => {
    const built = sessions.map((s, i) => ({
      id: `s${i}`,
      startsAt: DAY0 + i * 24 * 60 * MINUTE,
      endsAt: DAY0 + i * 24 * 60 * MINUTE + s.slots * s.slotMinutes * MINUTE,
      slotMinutes: s.slotMinutes,
      tables: s.tables,
    }));
    const fixed: FixedMeeting[] = fixedFirst
      ? [{ id: 'fixed', companyId: 'c0', buyerId: 'b0', interpreterId: interpreters.length > 0 ? 'i0' : null, sessionId: 's0', tableNumber: 1, startsAt: built[0].startsAt, endsAt: built[0].startsAt + built[0].slotMinutes * MINUTE }]
      : [];
    return {
      sessions: built,
      interpreters: interpreters.map((languages, i) => ({ id: `i${i}`, languages })),
      requests: requests.map((r, i) => ({ id: `r${String(i).padStart(2, '0')}`, companyId: `c${r.company}`, buyerId: `b${r.buyer}`, language: r.language, score: r.score })),
      fixed,
    };
  });

const overlaps = (x: { startsAt: number; endsAt: number }, y: { startsAt: number; endsAt: number }) => x.startsAt < y.endsAt && y.startsAt < x.endsAt;

describe('schedule', () => {
  it.each(propertySeeds())('never double-books a company, buyer, interpreter or table, keeps slots in session hours, and leaves fixed meetings alone (seed %d)', (seed) => {
    fc.assert(
      fc.property(instance, (input) => {
        const result = schedule(input);
        const byId = new Map(input.requests.map((r) => [r.id, r]));
        const all = [
          ...result.placed.map((p) => ({ ...p, companyId: byId.get(p.requestId)!.companyId, buyerId: byId.get(p.requestId)!.buyerId })),
          ...input.fixed.map((f) => ({ ...f, requestId: f.id })),
        ];
        for (const [i, x] of all.entries()) {
          for (const y of all.slice(i + 1)) {
            if (!overlaps(x, y)) continue;
            expect(x.companyId === y.companyId || x.buyerId === y.buyerId).toBe(false);
            expect(x.interpreterId !== null && x.interpreterId === y.interpreterId).toBe(false);
            expect(x.sessionId === y.sessionId && x.tableNumber === y.tableNumber).toBe(false);
          }
        }
        for (const placement of result.placed) {
          const session = input.sessions.find((s) => s.id === placement.sessionId)!;
          expect(placement.startsAt >= session.startsAt && placement.endsAt <= session.endsAt).toBe(true);
          expect(placement.tableNumber >= 1 && placement.tableNumber <= session.tables).toBe(true);
          const language = byId.get(placement.requestId)!.language;
          if (language === null) expect(placement.interpreterId).toBeNull();
          else expect(input.interpreters.find((i) => i.id === placement.interpreterId)?.languages).toContain(language);
        }
        expect(result.placed.some((p) => p.requestId === 'fixed')).toBe(false);
        expect(result.placed.length + result.unplaced.length).toBe(input.requests.length);
      }),
      { seed },
    );
  });

  it('names why a meeting could not be placed', () => {
    const session = { id: 's', startsAt: DAY0, endsAt: DAY0 + 20 * MINUTE, slotMinutes: 20, tables: 1 };
    const result = schedule({
      sessions: [session],
      interpreters: [],
      requests: [
        { id: 'a', companyId: 'c', buyerId: 'b1', language: null, score: 9 },
        { id: 'b', companyId: 'c', buyerId: 'b2', language: null, score: 1 },
        { id: 'c', companyId: 'd', buyerId: 'b3', language: 'ar', score: 1 },
      ],
      fixed: [],
    });
    expect(result.placed.map((p) => p.requestId)).toEqual(['a']);
    expect(result.unplaced).toEqual([
      { requestId: 'b', reason: 'company_fully_booked' },
      { requestId: 'c', reason: 'no_interpreter_for_language' },
    ]);
    expect(schedule({ sessions: [], interpreters: [], requests: [{ id: 'x', companyId: 'c', buyerId: 'b', language: null, score: 0 }], fixed: [] }).unplaced).toEqual([
      { requestId: 'x', reason: 'no_session' },
    ]);
  });

  it.each(propertySeeds())('places as many as a maximum bipartite matching when one company meets buyers with their own busy slots (seed %d)', (seed) => {
    // One company, distinct buyers, tables to spare, no languages: placing is matching requests to
    // the slots each buyer has free. The exact optimum comes from a plain Kuhn matching written here.
    const case_ = fc.record({
      slots: fc.integer({ min: 1, max: 6 }),
      busy: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }), { minLength: 1, maxLength: 7 }),
      scores: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
    });
    fc.assert(
      fc.property(case_, ({ slots: slotCount, busy, scores }) => {
        const session = { id: 's', startsAt: DAY0, endsAt: DAY0 + slotCount * 20 * MINUTE, slotMinutes: 20, tables: 10 };
        const fixed: FixedMeeting[] = busy.flatMap((taken, b) =>
          [...new Set(taken.filter((s) => s < slotCount))].map((s) => ({
            id: `f${b}-${s}`,
            companyId: `other${b}`,
            buyerId: `b${b}`,
            interpreterId: null,
            sessionId: 's',
            tableNumber: 10,
            startsAt: DAY0 + s * 20 * MINUTE,
            endsAt: DAY0 + (s + 1) * 20 * MINUTE,
          })),
        );
        const free = busy.map((taken) => [...Array(slotCount).keys()].filter((s) => !taken.includes(s)));
        const result = schedule({
          sessions: [session],
          interpreters: [],
          requests: busy.map((_, b) => ({ id: `r${b}`, companyId: 'c', buyerId: `b${b}`, language: null, score: scores[b] })),
          fixed,
        });
        expect(result.placed).toHaveLength(maximumMatching(free, slotCount));
      }),
      { seed },
    );
  });

  it('enumerates slots of each session within its hours', () => {
    const slots = slotsOf([{ id: 's', startsAt: DAY0, endsAt: DAY0 + 70 * MINUTE, slotMinutes: 20, tables: 1 }]);
    expect(slots.map((s: Pick<Placement, 'startsAt'>) => (s.startsAt - DAY0) / MINUTE)).toEqual([0, 20, 40]);
  });
});

/** Kuhn's augmenting-path maximum matching of left nodes to right nodes 0..rightCount-1. */
function maximumMatching(adjacency: number[][], rightCount: number): number {
  const matchOfRight = new Array<number>(rightCount).fill(-1);
  const tryLeft = (left: number, seen: boolean[]): boolean => {
    for (const right of adjacency[left]) {
      if (seen[right]) continue;
      seen[right] = true;
      if (matchOfRight[right] === -1 || tryLeft(matchOfRight[right], seen)) {
        matchOfRight[right] = left;
        return true;
      }
    }
    return false;
  };
  return adjacency.filter((_, left) => tryLeft(left, new Array<boolean>(rightCount).fill(false))).length;
}
