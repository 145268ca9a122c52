// Live updates for GraphQL subscriptions: a Yoga pub/sub with one topic per
// order and per service, across instances through Redis when REDIS_URL is set
// (@graphql-yoga/redis-event-target), in the process otherwise. Fed by the
// event dispatcher (src/shared/events.ts).
import { createPubSub, type PubSubEvent } from 'graphql-yoga';
import type { Config } from './config.js';

/** What a live-update subscriber receives: which event, about what. */
export interface PublishedEvent {
  id: string;
  type: string;
  serviceId: string | null;
  orderId: string | null;
}
import { connectRedis } from './redis.js';

type Topics = Record<string, [id: string, payload: PublishedEvent]>;

export interface LiveUpdates {
  publish(event: PublishedEvent): void;
  /** Events about one order or service, until the iterator is returned. */
  subscribe(topic: 'order' | 'service', id: string): AsyncIterable<PublishedEvent>;
  close(): Promise<void>;
}

export async function openLiveUpdates(config: Config): Promise<LiveUpdates> {
  let close = () => Promise.resolve();
  let pubsub;
  if (config.REDIS_URL) {
    const { createRedisEventTarget } = await import('@graphql-yoga/redis-event-target');
    const [publishClient, subscribeClient] = await Promise.all([
      connectRedis(config.REDIS_URL, 'live-publish'),
      connectRedis(config.REDIS_URL, 'live-subscribe'),
    ]);
    pubsub = createPubSub<Topics>({
      eventTarget: createRedisEventTarget<PubSubEvent<Topics, string>>({ publishClient, subscribeClient }),
    });
    close = async () => {
      await Promise.all([publishClient.quit().catch(() => undefined), subscribeClient.quit().catch(() => undefined)]);
    };
  } else pubsub = createPubSub<Topics>();
  const live = pubsub;
  return {
    publish(event) {
      if (event.orderId) live.publish('order', event.orderId, event);
      if (event.serviceId) live.publish('service', event.serviceId, event);
    },
    subscribe: (topic, id) => live.subscribe(topic, id),
    close: () => close(),
  };
}
