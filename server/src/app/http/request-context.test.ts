import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../api/index.js';
import { RequestContext } from './request-context.js';

/** A context whose ORM counts forks; only `services.orm.em.fork` is read by RequestContext. */
function countingContext() {
  const forks: object[] = [];
  const em = { fork: () => forks.push({}) && (forks.at(-1) as EntityManager) };
  const services = { orm: { em } } as unknown as Context['services'];
  const context = new RequestContext({
    requestId: 'req-1',
    ip: '127.0.0.1',
    principal: { kind: 'anonymous' } as Context['principal'],
    services,
    usage: { reportActualSize: () => undefined },
    response: { setSessionCookie: () => undefined, clearSessionCookie: () => undefined, setHeader: () => undefined },
  });
  return { context, forks };
}

/** What Apollo Server does with the context of each operation (cloneObject in ApolloServer.js). */
const apolloClone = <T extends object>(object: T): T => Object.assign(Object.create(Object.getPrototypeOf(object)), object);

describe('RequestContext', () => {
  it("does not fork the EntityManager when Apollo copies the context, only on the operation's first use", () => {
    const { context, forks } = countingContext();
    const operation = apolloClone(context);
    expect(forks).toHaveLength(0);
    const first = operation.em;
    expect(operation.em).toBe(first);
    expect(forks).toHaveLength(1);
    expect(operation.requestId).toBe('req-1');
  });
});
