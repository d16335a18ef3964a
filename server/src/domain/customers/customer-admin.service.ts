import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../../platform/graphql/index.js';
import { recordAudit, type AuditActor } from '../../platform/staff/index.js';
import { Customer, CustomerStatus } from './customer.entity.js';
import type { CustomerListArgs } from './customer-list.args.js';

export class CustomerAdminService {
  /** `onAccessChanged` drops what callers cached of the customer's access (the key verifier's cache). */
  constructor(private readonly onAccessChanged: (customerId: string) => void) {}

  async list(em: EntityManager, args: CustomerListArgs): Promise<[Customer[], number]> {
    const where: FilterQuery<Customer> = {};
    if (args.status) where.status = args.status;
    if (args.planCode) where.id = { $in: await this.customerIdsOnPlan(em, args.planCode) };
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ company: { $ilike: pattern } }, { email: { $ilike: pattern } }];
    }
    return em.findAndCount(Customer, where, {
      orderBy: { [args.sortField]: args.sortOrder, id: 'asc' },
      limit: args.perPage,
      offset: (args.page - 1) * args.perPage,
    });
  }

  /** The plan of a customer is that of their newest subscription, as in the dashboard's plan mix. */
  private async customerIdsOnPlan(em: EntityManager, planCode: string): Promise<string[]> {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `select c.id from customer c
         join lateral (select s.plan_id from subscription s where s.customer_id = c.id order by s.created_at desc limit 1) s on true
         join plan p on p.id = s.plan_id
        where p.code = ?`,
      [planCode],
    );
    return rows.map((row) => row.id);
  }

  async get(em: EntityManager, id: string): Promise<Customer> {
    const customer = isUuid(id) ? await em.findOne(Customer, id) : null;
    if (!customer) throw notFound('Customer');
    return customer;
  }

  /** Keys of a suspended customer answer BILLING_ONLY at once here, within the cache TTL elsewhere. */
  async setSuspended(em: EntityManager, actor: AuditActor, id: string, suspended: boolean, reason: string | null): Promise<Customer> {
    const customer = await this.get(em, id);
    if (customer.status === CustomerStatus.DELETED)
      throw appError(ErrorCode.CONFLICT, 'A deleted customer cannot be suspended or reinstated.');
    const before = { status: customer.status, suspendedReason: customer.suspendedReason };
    customer.status = suspended ? CustomerStatus.SUSPENDED : CustomerStatus.ACTIVE;
    customer.suspendedReason = suspended ? reason : null;
    recordAudit(em, actor, {
      action: suspended ? 'customer.suspend' : 'customer.reinstate',
      targetType: 'customer',
      targetId: customer.id,
      before,
      after: { status: customer.status, suspendedReason: customer.suspendedReason },
    });
    await em.flush();
    this.onAccessChanged(customer.id);
    return customer;
  }
}
