import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';
import type { Principal } from './principal.js';

/** What the HTTP layer lets a resolver do to the response (cookies for console and portal sessions). */
export type ResponseControl = {
  /** The console's session cookie unless another cookie name (the portal's) is given. */
  setSessionCookie(token: string, expiresAt: Date, cookie?: string): void;
  clearSessionCookie(cookie?: string): void;
  setHeader(name: string, value: string): void;
};

/**
 * Lets a resolver report what a priced field really consumed, in its sizer's units (a simulation
 * that stopped early on convergence reports the sampled values it ran). The metering plugin
 * settles the field from it; fields that report nothing settle at their static price.
 */
export type UsageReporter = { reportActualSize(path: readonly (string | number)[], size: number): void };

export type Context = {
  requestId: string;
  ip: string;
  principal: Principal;
  /** A fork of the ORM's EntityManager for this request only. */
  em: EntityManager;
  services: Services;
  response: ResponseControl;
  usage: UsageReporter;
};
