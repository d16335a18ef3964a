import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../api/index.js';

/**
 * One GraphQL request's context. The EntityManager is forked on first use: `me` and other answers
 * from the principal never touch it, and a fork per request showed in bench:api's profile. The
 * getter lives on the prototype on purpose: Apollo copies the context's own properties into a new
 * object per operation (`Object.assign`), which would call an own getter and fork every time.
 */
export class RequestContext implements Context {
  readonly requestId: Context['requestId'];
  readonly ip: Context['ip'];
  readonly principal: Context['principal'];
  readonly services: Context['services'];
  readonly usage: Context['usage'];
  readonly response: Context['response'];
  private forked: EntityManager | null = null;

  constructor(fields: Omit<Context, 'em'>) {
    this.requestId = fields.requestId;
    this.ip = fields.ip;
    this.principal = fields.principal;
    this.services = fields.services;
    this.usage = fields.usage;
    this.response = fields.response;
  }

  get em(): EntityManager {
    this.forked ??= this.services.orm.em.fork();
    return this.forked;
  }
}
