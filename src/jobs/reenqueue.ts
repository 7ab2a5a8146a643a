import type { Logger } from '@nestjs/common';
import type { JobName, JobPayloads } from './jobs.js';
import type { JobsProducer } from './jobs.producer.js';

/**
 * The sweep jobs' one step: enqueue `name` again for each orphan (work whose job was lost: Redis
 * flushed or down at commit time, a worker killed), and log how many when there were any. The job's
 * deduplication must make re-enqueueing work that still has its job harmless. Returns the count.
 */
export async function reenqueueEach<N extends JobName>(
  jobs: JobsProducer,
  name: N,
  orphans: JobPayloads[N][],
  log: { logger: Logger; message: (count: number) => string },
): Promise<number> {
  for (const payload of orphans) await jobs.reenqueue(name, payload);
  if (orphans.length > 0) log.logger.log(log.message(orphans.length));
  return orphans.length;
}
