import { jest } from '@jest/globals';
import type { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { HandlesJob } from './job-handler.js';
import { JobRegistry } from './job-registry.js';

@HandlesJob('outcomes:refresh')
class RefreshHandler {
  handle = jest.fn(async (_payload: unknown, _job: unknown) => Promise.resolve('refreshed'));
}

@HandlesJob('outcomes:sweep')
class SweepHandler {
  handle = jest.fn(async () => Promise.resolve('swept'));
}

@HandlesJob('idempotency:purge')
class PurgeHandler {
  handle = jest.fn(async () => Promise.resolve('purged'));
}

@HandlesJob('meetings:schedule')
class ScheduleHandler {
  handle = jest.fn(async () => Promise.resolve('scheduled'));
}

@HandlesJob('imports:run')
class ImportHandler {
  handle = jest.fn(async () => Promise.resolve('imported'));
}

@HandlesJob('imports:sweep')
class ImportSweepHandler {
  handle = jest.fn(async () => Promise.resolve('imports swept'));
}

@HandlesJob('webhooks:deliver')
class WebhookDeliveryHandler {
  handle = jest.fn(async () => Promise.resolve('delivered'));
}

@HandlesJob('webhooks:sweep')
class WebhookSweepHandler {
  handle = jest.fn(async () => Promise.resolve('webhooks swept'));
}

@HandlesJob('webhooks:purge')
class WebhookPurgeHandler {
  handle = jest.fn(async () => Promise.resolve('webhooks purged'));
}

@HandlesJob('changes:relay')
class RelayHandler {
  handle = jest.fn(async () => Promise.resolve('relayed'));
}

@HandlesJob('changes:purge')
class ChangesPurgeHandler {
  handle = jest.fn(async () => Promise.resolve('changes purged'));
}

@HandlesJob('mail:send')
class MailSendHandler {
  handle = jest.fn(async () => Promise.resolve('sent'));
}

@HandlesJob('mail:sweep')
class MailSweepHandler {
  handle = jest.fn(async () => Promise.resolve('mail swept'));
}

@HandlesJob('followups:sweep')
class FollowUpsSweepHandler {
  handle = jest.fn(async () => Promise.resolve('rounds opened'));
}

const discovering = (...instances: object[]) =>
  ({ getProviders: () => instances.map((instance) => ({ metatype: instance.constructor, instance })) }) as unknown as DiscoveryService;

describe('JobRegistry', () => {
  it('refuses to start when a job has no handler, naming it', () => {
    const registry = new JobRegistry(discovering(new RefreshHandler()));
    expect(() => registry.onModuleInit()).toThrow(/no handler for job outcomes:sweep/);
  });

  it('refuses two handlers for one job', () => {
    const registry = new JobRegistry(discovering(new RefreshHandler(), new RefreshHandler(), new SweepHandler(), new PurgeHandler(), new ScheduleHandler(), new ImportHandler(), new ImportSweepHandler(), new WebhookDeliveryHandler(), new WebhookSweepHandler(), new WebhookPurgeHandler(), new RelayHandler(), new ChangesPurgeHandler(), new MailSendHandler(), new MailSweepHandler(), new FollowUpsSweepHandler()));
    expect(() => registry.onModuleInit()).toThrow(/outcomes:refresh has two handlers/);
  });

  it('routes each job to its handler with its payload', async () => {
    const refresh = new RefreshHandler();
    const registry = new JobRegistry(discovering(refresh, new SweepHandler(), new PurgeHandler(), new ScheduleHandler(), new ImportHandler(), new ImportSweepHandler(), new WebhookDeliveryHandler(), new WebhookSweepHandler(), new WebhookPurgeHandler(), new RelayHandler(), new ChangesPurgeHandler(), new MailSendHandler(), new MailSweepHandler(), new FollowUpsSweepHandler()));
    registry.onModuleInit();
    const payload = { agencyId: 'a', fairId: 'f' };
    await expect(registry.dispatch({ name: 'outcomes:refresh', data: payload } as Job)).resolves.toBe('refreshed');
    expect(refresh.handle).toHaveBeenCalledWith(payload, expect.anything());
  });
});
