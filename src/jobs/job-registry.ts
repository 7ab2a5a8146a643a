import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_HANDLER, type JobHandler } from './job-handler.js';
import { JOB_NAMES, type JobName } from './jobs.js';

/** Finds the handler of every job at start; a job with none or two is a boot error, not a lost job. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const name = wrapper.metatype ? (Reflect.getMetadata(JOB_HANDLER, wrapper.metatype) as JobName | undefined) : undefined;
      if (!name || !wrapper.instance) continue;
      if (this.handlers.has(name)) throw new Error(`job ${name} has two handlers`);
      this.handlers.set(name, wrapper.instance as JobHandler<JobName>);
    }
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`no handler for job ${missing.join(', ')}: the worker cannot start`);
    this.logger.log(`handlers ready for ${JOB_NAMES.join(', ')}`);
  }

  dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler.handle(job.data as never, job as never);
  }
}
