import { jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobsProducer } from './jobs.producer.js';
import { reenqueueEach } from './reenqueue.js';

describe('reenqueueEach (the sweep jobs)', () => {
  const setup = () => {
    const enqueued: unknown[][] = [];
    const jobs = { reenqueue: jest.fn((name: string, payload: unknown) => Promise.resolve(void enqueued.push([name, payload]))) } as unknown as JobsProducer;
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

  describe('JobsProducer.reenqueue', () => {
    /** A producer over stub queues whose deduplication key `refresh:f1` names `holder`, a job that exists or not. */
    const producer = (holder: string | null, exists: boolean) => {
      const calls: string[] = [];
      const answer = <T>(call: string, result: T): Promise<T> => {
        calls.push(call);
        return Promise.resolve(result);
      };
      const queue = {
        on: () => undefined,
        getDeduplicationJobId: (key: string) => answer(`holder ${key}`, holder),
        getJob: (id: string) => answer(`job ${id}`, exists ? { id } : undefined),
        removeDeduplicationKey: (key: string) => answer(`release ${key}`, 1),
        add: (name: string) => answer(`add ${name}`, { id: 'new' }),
      } as unknown as Queue;
      return { jobs: new JobsProducer(queue, queue, queue, queue, queue, queue, queue), calls };
    };
    const payload = { agencyId: 'a', fairId: 'f1' };

    it('releases a deduplication key whose job no longer exists before it enqueues', async () => {
      const { jobs, calls } = producer('7', false);
      await jobs.reenqueue('outcomes:refresh', payload);
      expect(calls).toEqual(['holder refresh:f1', 'job 7', 'release refresh:f1', 'add outcomes:refresh']);
    });

    it('keeps the key of a job that still exists, and of none', async () => {
      for (const [holder, exists] of [['7', true], [null, false]] as const) {
        const { jobs, calls } = producer(holder, exists);
        await jobs.reenqueue('outcomes:refresh', payload);
        expect(calls).not.toContain('release refresh:f1');
        expect(calls.at(-1)).toBe('add outcomes:refresh');
      }
    });
  });
});
