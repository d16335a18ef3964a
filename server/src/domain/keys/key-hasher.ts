import { createHmac } from 'node:crypto';

/** HMAC-SHA256 with a server-side pepper: a leaked table of hashes cannot be checked offline. */
export function hashKey(key: string, pepper: string): string {
  return createHmac('sha256', pepper).update(key).digest('hex');
}
