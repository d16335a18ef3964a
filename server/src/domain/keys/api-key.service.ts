import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../../platform/graphql/index.js';
import { Customer } from '../customers/index.js';
import { ALL_SCOPES, ApiKey, ApiKeyMode, type ApiKeyScope, ApiKeyStatus } from './api-key.entity.js';
import { displayPrefix, generateKey, lastFour } from './key-format.js';
import { hashKey } from './key-hasher.js';
import type { SpendCap } from './spend-cap.js';

/**
 * `grantorScopes` are the calling key's scopes when a key issues a key: the new key holds at most
 * those (and all of them by default). Admins and the system issue keys without that bound.
 */
export type NewKey = {
  name: string;
  mode: ApiKeyMode;
  scopes?: readonly ApiKeyScope[];
  expiresAt?: Date | null;
  createdBy: string;
  grantorScopes?: readonly ApiKeyScope[];
};
export type IssuedKey = { apiKey: ApiKey; secret: string };

export type KeyRevokedListener = (em: EntityManager, key: ApiKey) => Promise<void>;

/** How long the replaced key keeps working; the configured grace when the caller does not choose. */
export type RotationGrace = { graceHours?: number | null };

const MAX_ACTIVE_KEYS = 50;
/** Thirty days: longer overlaps defeat the point of rotating a leaked key. */
export const MAX_ROTATION_GRACE_HOURS = 24 * 30;

export class ApiKeyService {
  constructor(
    private readonly pepper: string,
    /** Drops what callers cached of a key (the verifier's cache) when it is revoked or rotated. */
    private readonly onKeyChanged: (keyId: string) => void,
    private readonly rotationGraceMs: number,
    /** Told inside the revoking transaction, once per key; the app points it at notifications (above this layer). */
    private readonly onRevoked: KeyRevokedListener = async () => undefined,
  ) {}

  /** The plaintext secret exists only in the returned value: it is shown once and never stored. */
  async create(em: EntityManager, customerId: string, input: NewKey): Promise<IssuedKey> {
    const customer = await em.findOneOrFail(Customer, customerId);
    const active = await em.count(ApiKey, { customer: customerId, status: ApiKeyStatus.ACTIVE });
    if (active >= MAX_ACTIVE_KEYS) {
      throw appError(ErrorCode.CONFLICT, `An account may hold ${MAX_ACTIVE_KEYS} active keys. Revoke unused keys first.`);
    }
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw appError(ErrorCode.BAD_USER_INPUT, 'expiresAt must be in the future.', { field: 'expiresAt' });
    }
    const scopes = grantedScopes(input.scopes, input.grantorScopes);
    const secret = generateKey(input.mode === ApiKeyMode.LIVE ? 'live' : 'test');
    const apiKey = em.create(ApiKey, {
      customer,
      name: input.name,
      mode: input.mode,
      displayPrefix: displayPrefix(secret),
      last4: lastFour(secret),
      secretHash: hashKey(secret, this.pepper),
      scopes,
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy,
    });
    await em.flush();
    return { apiKey, secret };
  }

  /** A new key with the same settings; the old one keeps working until its grace period ends. */
  async rotate(
    em: EntityManager,
    customerId: string,
    keyId: string,
    createdBy: string,
    grantorScopes?: readonly ApiKeyScope[],
    { graceHours }: RotationGrace = {},
  ): Promise<IssuedKey> {
    const graceMs = this.graceMs(graceHours);
    const old = await this.findOwned(em, customerId, keyId);
    const beyond = grantorScopes ? old.scopes.filter((scope) => !grantorScopes.includes(scope)) : [];
    if (beyond.length > 0) {
      throw appError(
        ErrorCode.FORBIDDEN,
        `This key holds scopes the calling key lacks (${beyond.join(', ')}). Rotate it with a key that holds them, or ask an admin.`,
      );
    }
    if (old.status !== ApiKeyStatus.ACTIVE || (old.graceUntil && old.graceUntil <= new Date())) {
      throw appError(ErrorCode.CONFLICT, 'Only an active key can be rotated. Create a new key instead.');
    }
    if (old.graceUntil) throw appError(ErrorCode.CONFLICT, 'This key was already rotated. Rotate the key that replaced it.');
    const issued = await this.create(em, customerId, {
      name: old.name,
      mode: old.mode,
      scopes: old.scopes,
      expiresAt: old.expiresAt,
      createdBy,
      grantorScopes,
    });
    issued.apiKey.rotatedFromId = old.id;
    old.graceUntil = new Date(Date.now() + graceMs);
    await em.flush();
    this.onKeyChanged(old.id);
    return issued;
  }

  private graceMs(graceHours: number | null | undefined): number {
    if (graceHours === null || graceHours === undefined) return this.rotationGraceMs;
    if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_ROTATION_GRACE_HOURS) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `graceHours must be a whole number of hours from 0 (the old key stops at once) to ${MAX_ROTATION_GRACE_HOURS}.`,
        { field: 'graceHours' },
      );
    }
    return graceHours * 3_600_000;
  }

  async revoke(em: EntityManager, customerId: string, keyId: string): Promise<ApiKey> {
    const key = await this.findOwned(em, customerId, keyId);
    if (key.status !== ApiKeyStatus.REVOKED) {
      await em.transactional(async (tx) => {
        key.status = ApiKeyStatus.REVOKED;
        key.revokedAt = new Date();
        tx.persist(key);
        await tx.flush();
        await this.onRevoked(tx, key);
      });
    }
    this.onKeyChanged(key.id);
    return key;
  }

  /** Sets or clears (null) a key's spend cap; the verifier's cache drops the key so the next call sees it. */
  async setSpendCap(em: EntityManager, customerId: string, keyId: string, cap: SpendCap | null): Promise<ApiKey> {
    const key = await this.findOwned(em, customerId, keyId);
    if (key.status === ApiKeyStatus.REVOKED) {
      throw appError(ErrorCode.CONFLICT, 'This key is revoked, so it spends nothing. Set a cap on an active key.', { field: 'keyId' });
    }
    key.spendCapCredits = cap?.credits ?? null;
    key.spendCapWindow = cap?.window ?? null;
    key.spendCapMode = cap?.mode ?? null;
    await em.flush();
    this.onKeyChanged(key.id);
    return key;
  }

  async list(em: EntityManager, customerId: string, page: number, perPage: number): Promise<[ApiKey[], number]> {
    return em.findAndCount(
      ApiKey,
      { customer: customerId },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: perPage, offset: (page - 1) * perPage },
    );
  }

  /** Another customer's key answers exactly like a key that does not exist. */
  async findOwned(em: EntityManager, customerId: string, keyId: string): Promise<ApiKey> {
    const key = isUuid(keyId) ? await em.findOne(ApiKey, { id: keyId, customer: customerId }) : null;
    if (!key) throw notFound('API key');
    return key;
  }
}

/** The scopes a new key gets: those asked for, else all the grantor may give; never more than the grantor holds. */
function grantedScopes(requested: readonly ApiKeyScope[] | undefined, grantorScopes: readonly ApiKeyScope[] | undefined): ApiKeyScope[] {
  const grantable = grantorScopes ?? ALL_SCOPES;
  if (!requested || requested.length === 0) return [...grantable];
  const beyond = requested.filter((scope) => !grantable.includes(scope));
  if (beyond.length > 0) {
    throw appError(
      ErrorCode.FORBIDDEN,
      `A key can grant only scopes it holds itself; this one lacks ${beyond.join(', ')}. Ask for fewer scopes, or ask an admin.`,
      { field: 'scopes' },
    );
  }
  return [...new Set(requested)];
}
