import { lookup } from 'node:dns/promises';
import { ipLiteralOf, isPublicAddress } from '../../ingest/fetch/address-policy.js';
import type { AlertSubscription } from '../../store/watch-store.js';

/**
 * Why a webhook URL may not be subscribed, or null when it may: without `allowPrivate` its host
 * must not be, or resolve to, a loopback or private address (deliveries there are refused, so they
 * would fail forever); and the same URL for the same crisis must not be subscribed twice.
 * A name that does not resolve now is accepted: each delivery checks the address again.
 *
 * @example
 * await receiverProblem('http://127.0.0.1:9/hook', { allowPrivate: false, crisisId: null }, []);
 * // 'http://127.0.0.1:9/hook is on 127.0.0.1, a loopback or private address; ...'
 */
export async function receiverProblem(
  url: string,
  options: { allowPrivate: boolean; crisisId: string | null },
  existing: readonly AlertSubscription[],
): Promise<string | null> {
  const same = existing.find((s) => s.url === url && s.crisisId === options.crisisId);
  if (same)
    return `${url} is already subscribed as alert ${same.id}; \`sitrep alerts rm ${same.id}\` first to change it`;
  if (options.allowPrivate) return null;
  const host = new URL(url).hostname;
  let addresses: string[];
  const literal = ipLiteralOf(host);
  if (literal) addresses = [literal];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      return null;
    }
  }
  const inside = addresses.find((a) => !isPublicAddress(a));
  return inside
    ? `${url} is on ${inside}, a loopback or private address; pass --allow-private if the receiver really is there`
    : null;
}
