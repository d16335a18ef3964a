import { randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * API key format, after GitHub's tokens: `mc_live_` or `mc_test_`, 32 random base62 characters
 * (about 190 bits), then a 6-character base62 CRC32 of everything before it. The checksum lets us
 * refuse a mistyped or made-up key without touching the database or the cache.
 */
export type KeyMode = 'live' | 'test';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const RANDOM_LENGTH = 32;
export const CHECKSUM_LENGTH = 6;
const PREFIX_LENGTH = 'mc_live_'.length;
export const KEY_LENGTH = PREFIX_LENGTH + RANDOM_LENGTH + CHECKSUM_LENGTH;
const KEY_PATTERN = /^mc_(live|test)_[0-9A-Za-z]{38}$/;

export type ParsedKey = { mode: KeyMode; key: string };

export function generateKey(mode: KeyMode, randomIndex: (max: number) => number = randomInt): string {
  let body = `mc_${mode}_`;
  for (let i = 0; i < RANDOM_LENGTH; i += 1) body += ALPHABET[randomIndex(ALPHABET.length)];
  return body + checksum(body);
}

/** Returns the key when its shape and checksum are right, and null otherwise; never throws. */
export function parseKey(candidate: string): ParsedKey | null {
  if (candidate.length !== KEY_LENGTH || !KEY_PATTERN.test(candidate)) return null;
  const body = candidate.slice(0, KEY_LENGTH - CHECKSUM_LENGTH);
  if (checksum(body) !== candidate.slice(KEY_LENGTH - CHECKSUM_LENGTH)) return null;
  return { mode: candidate.startsWith('mc_live_') ? 'live' : 'test', key: candidate };
}

export function displayPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH + 4);
}

export function lastFour(key: string): string {
  return key.slice(-4);
}

function checksum(body: string): string {
  let value = crc32(body);
  let encoded = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i += 1) {
    encoded = ALPHABET[value % ALPHABET.length] + encoded;
    value = Math.floor(value / ALPHABET.length);
  }
  return encoded;
}
