import { jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import type { JobsProducer } from './jobs.producer.js';
import { reenqueueEach } from './reenqueue.js';

describe('reenqueueEach (the sweep jobs)', () => {
  const setup = () => {
    const enqueued: unknown[][] = [];
    const jobs = { enqueue: jest.fn((name: string, payload: unknown) => Promise.resolve(void enqueued.push([name, payload]))) } as unknown as JobsProducer;
    const logged: string[] = [];
    const logger = { log: (message: string) => void logged.push(message) } as unknown as Logger;
    return { jobs, enqueued, logger, logged };
  };

  it('enqueues the job once per orphan, in order, logs the count and returns it', async () => {
    const { jobs, enqueued, logger, logged } = setup();
    const orphans = [{ agencyId: 'a', fairId: 'f1' }, { agencyId: 'b', fairId: 'f2' }];
    const count = await reenqueueEach(jobs, 'outcomes:refresh', orphans, { logger, message: (n) => `re-enqueued ${n}` });
    expect(count).toBe(2);
    expect(enqueued).toEqual([['outcomes:refresh', orphans[0]], ['outcomes:refresh', orphans[1]]]);
    expect(logged).toEqual(['re-enqueued 2']);
  });

  it('enqueues and logs nothing without orphans', async () => {
    const { jobs, enqueued, logger, logged } = setup();
    expect(await reenqueueEach(jobs, 'webhooks:deliver', [], { logger, message: (n) => `woke ${n}` })).toBe(0);
    expect(enqueued).toEqual([]);
    expect(logged).toEqual([]);
  });
});
