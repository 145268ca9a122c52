// Outgoing webhooks, the pure part: event type names, the retry schedule,
// which addresses an endpoint may not point at (SSRF), the delivered body.
import { isIP } from 'node:net';
import { EVENT_TYPES, type EventType } from '../../../shared/domain/events.js';

/** Event types an endpoint can ask for (their wire names): every domain event. */
export const WEBHOOK_EVENT_TYPES = EVENT_TYPES;
export type WebhookEventType = EventType;

/** Waits after each failed attempt (5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h): nine attempts over about a day. */
export const RETRY_SCHEDULE_SECONDS = [5, 30, 120, 600, 3600, 10_800, 21_600, 43_200] as const;

/** When to try again after `attempts` failed attempts; null: give up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const wait = RETRY_SCHEDULE_SECONDS[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait * 1000);
}

/** Why a URL cannot be an endpoint (null: it can), before resolving its host. */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'only https URLs';
  if (url.username || url.password) return 'no credentials in the URL';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal'))) return 'a local host';
  if (isIP(host) && !allowPrivate && isPrivateAddress(host)) return 'a private or local address';
  return null;
}

const V4_BLOCKS: [number, number][] = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 CGNAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local (cloud metadata)
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // 192.0.0/24
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved, broadcast
];

function v4ToInt(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** True for loopback, private, link-local, CGNAT, multicast, reserved and unspecified addresses (IPv4, IPv6, IPv4-mapped). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) {
    const n = v4ToInt(address);
    return V4_BLOCKS.some(([base, bits]) => n >>> (32 - bits) === base >>> (32 - bits));
  }
  if (family !== 6) return true;
  const a = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped?.[1]) return isPrivateAddress(mapped[1]);
  // IPv4-mapped in hex form (as URL parsing writes it): ::ffff:c0a8:1
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex?.[1] && hex[2]) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return isPrivateAddress(`${String(hi >> 8)}.${String(hi & 255)}.${String(lo >> 8)}.${String(lo & 255)}`);
  }
  if (a === '::' || a === '::1') return true;
  return /^(fc|fd|fe[89ab]|ff)/.test(a.replace(/^0+/, ''));
}

/** The JSON body of a delivery: the event, thin (receivers read the objects through the API). */
export function deliveryBody(event: { id: string; type: string; createdAt: Date; orderId: string | null; serviceId: string | null }) {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: { orderId: event.orderId, serviceId: event.serviceId },
  };
}
