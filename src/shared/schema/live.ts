// A subscription's events: the live updates about one object while the
// subscriber may see it (checked when subscribing and at each event) and while
// its credential is valid (a revoked session or key ends the stream).
import type { Context } from '../../context.js';
import type { PublishedEvent } from '../live-updates.js';
import { GraphQLError } from 'graphql';
import { messages } from '../../i18n/index.js';

/**
 * The events about `id` on `topic`, after checking that `visible` finds it.
 * An object that is not visible (or does not exist) is refused with NOT_FOUND.
 * Before each event `signedIn` is asked again: once it says no (the session or
 * API key was revoked or expired), the stream ends.
 */
export async function* eventsAbout(
  ctx: Context,
  topic: 'order' | 'service',
  id: string,
  visible: () => Promise<boolean>,
  signedIn: () => Promise<boolean>,
): AsyncGenerator<PublishedEvent> {
  if (!(await visible())) {
    const what = topic === 'order' ? 'Order' : 'Service';
    throw new GraphQLError(messages(ctx.locale).errors.notFound({ what }), { extensions: { code: 'NOT_FOUND', field: ['id'] } });
  }
  for await (const event of ctx.live.subscribe(topic, id)) {
    if (!(await signedIn())) return;
    yield event;
  }
}
