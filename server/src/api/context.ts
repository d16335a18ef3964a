import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from './services.js';
import type { UsageReporter } from '../metering/index.js';
import type { Principal } from '../domain/access/index.js';

/** What the HTTP layer lets a resolver do to the response (cookies for console and portal sessions). */
export type ResponseControl = {
  /** The console's session cookie unless another cookie name (the portal's) is given. */
  setSessionCookie(token: string, expiresAt: Date, cookie?: string): void;
  clearSessionCookie(cookie?: string): void;
  setHeader(name: string, value: string): void;
};

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
