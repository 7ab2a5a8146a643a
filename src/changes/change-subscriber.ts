import { SetMetadata } from '@nestjs/common';

export const CHANGE_SUBSCRIBER = 'pavilion:changeSubscriber';

/**
 * Marks a provider (implementing ChangeSubscriber) that the worker's relay hands the change feed
 * to. Registering the provider in any module of the worker is all it takes: the relay finds it at
 * start and gives it a position at the current head of the feed.
 */
export const SubscribesToChanges = (): ClassDecorator => SetMetadata(CHANGE_SUBSCRIBER, true);
