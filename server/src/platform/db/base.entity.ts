import { randomUUID } from 'node:crypto';
import { type Opt, t } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Shared columns: a UUID made by the application (ids exist before the insert) and timestamps. */
export abstract class BaseEntity {
  @PrimaryKey({ type: t.uuid })
  id: string & Opt = randomUUID();

  @Property({ type: t.datetime, columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: t.datetime, columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
