import { jest } from '@jest/globals';
import type { DiscoveryService } from '@nestjs/core';
import type { Transactions } from '../database/transactions.js';
import type { JobsProducer } from '../jobs/jobs.producer.js';
import type { ChangeEvent, ChangeSubscriber } from './change-event.js';
import { ChangeRelay } from './change-relay.js';
import type { Batch, ChangeRelayRepository, FeedPosition } from './change-relay.repository.js';
import { SubscribesToChanges } from './change-subscriber.js';
import { RelayChangesJob } from './jobs/relay-changes.job.js';

const event = (seq: string) => ({ seq, id: `e${seq}` }) as ChangeEvent;

@SubscribesToChanges()
class Recording implements ChangeSubscriber {
  readonly name = 'recording';
  readonly handed: string[] = [];
  handle(events: readonly ChangeEvent[]): Promise<void> {
    this.handed.push(...events.map((e) => e.id));
    return Promise.resolve();
  }
}

/** A relay over a scripted feed: `lock` answers each lockPosition, `batches` each eventsAfter. */
function relayOver(script: { lock: (FeedPosition | null)[]; batches: Batch[] }) {
  const subscriber = new Recording();
  const moves: FeedPosition[] = [];
  const positions = {
    lockPosition: () => Promise.resolve(script.lock.shift() ?? null),
    eventsAfter: () => Promise.resolve(script.batches.shift() ?? { events: [], settled: null, more: false, unsettled: false }),
    movePosition: (_name: string, position: FeedPosition) => Promise.resolve(void moves.push(position)),
  } as unknown as ChangeRelayRepository;
  const discovery = { getProviders: () => [{ metatype: Recording, instance: subscriber }] } as unknown as DiscoveryService;
  const transactions = { run: <T>(work: (manager: never) => Promise<T>) => work(undefined as never) } as unknown as Transactions;
  const relay = new ChangeRelay(discovery, positions, transactions);
  relay.onModuleInit();
  return { relay, subscriber, moves };
}

const at = (seq: string): FeedPosition => ({ txId: '10', seq });

describe('ChangeRelay', () => {
  it('asks to look again when events past the position are not settled yet (no commit is sure to wake it for them)', async () => {
    const { relay, subscriber, moves } = relayOver({
      lock: [at('1')],
      batches: [{ events: [event('2')], settled: at('2'), more: false, unsettled: true }],
    });
    const report = await relay.run();
    expect(report).toEqual({ handed: { recording: 1 }, failed: [], revisit: true });
    expect(subscriber.handed).toEqual(['e2']);
    expect(moves).toEqual([at('2')]);
  });

  it('asks to look again when another worker holds the position (it may have read before the latest commit)', async () => {
    const { relay, subscriber } = relayOver({ lock: [null], batches: [] });
    expect(await relay.run()).toEqual({ handed: { recording: 0 }, failed: [], revisit: true });
    expect(subscriber.handed).toEqual([]);
  });

  it('rests once every event is settled and handed', async () => {
    const { relay, subscriber, moves } = relayOver({
      lock: [at('1'), at('3')],
      batches: [
        { events: [event('2'), event('3')], settled: at('3'), more: true, unsettled: false },
        { events: [], settled: null, more: false, unsettled: false },
      ],
    });
    expect(await relay.run()).toEqual({ handed: { recording: 2 }, failed: [], revisit: false });
    expect(subscriber.handed).toEqual(['e2', 'e3']);
    expect(moves).toEqual([at('3')]);
  });
});

describe('RelayChangesJob', () => {
  it('wakes the relay again shortly when a run asks to look again, and only then', async () => {
    const enqueueSoon = jest.fn();
    const jobs = { enqueueSoon } as unknown as JobsProducer;
    const revisiting = { run: () => Promise.resolve({ handed: {}, failed: [], revisit: true }) } as unknown as ChangeRelay;
    const resting = { run: () => Promise.resolve({ handed: {}, failed: [], revisit: false }) } as unknown as ChangeRelay;
    await new RelayChangesJob(resting, jobs).handle();
    expect(enqueueSoon).not.toHaveBeenCalled();
    await new RelayChangesJob(revisiting, jobs).handle();
    expect(enqueueSoon).toHaveBeenCalledWith(expect.any(String), expect.any(Number), 'changes:relay', { agencyId: null });
  });
});
