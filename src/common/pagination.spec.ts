import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import { ValidationProblem } from './problem.js';

describe('cursor pagination', () => {
  const id = '0b5a3f1e-4c1a-4b8e-9d55-3f2a1c0e9b77';

  it('round-trips a position through an opaque cursor', () => {
    const position = { createdAt: '2026-11-22T10:00:00.123Z', id };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['nonsense', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'rejects a cursor it did not issue (%s) as a validation problem on `cursor`',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(ValidationProblem);
    },
  );

  it('uses the extra row only to tell that a next page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `0b5a3f1e-4c1a-4b8e-9d55-3f2a1c0e9b7${n}`, createdAt: new Date(Date.UTC(2026, 0, n)) }));
    const page = toPage(rows, 2, (row) => row.id);
    expect(page.data).toEqual([rows[0].id, rows[1].id]);
    expect(decodeCursor(page.nextCursor ?? "")).toEqual({ createdAt: rows[1].createdAt.toISOString(), id: rows[1].id });
    expect(toPage(rows, 3, (row) => row.id).nextCursor).toBeNull();
  });
});
