import { type Opt, t } from '@mikro-orm/core';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';

/**
 * One chunk group of a distributed job (engine README, "One job over many machines"): which chunks
 * it covers, how far its current attempt got, and once finished its chunk reports and output
 * columns, which the part that finishes last merges into the run's result. Rows are deleted when
 * the run ends. Written only by this module (part-store.ts).
 */
@Entity({ tableName: 'simulation_run_part' })
@Unique({ properties: ['runId', 'partIndex'] })
export class SimulationRunPart extends BaseEntity {
  @Property({ type: t.uuid })
  runId!: string;

  @Property({ type: t.integer })
  partIndex!: number;

  /** The part covers chunks [firstChunk, endChunk). */
  @Property({ type: t.integer })
  firstChunk!: number;

  @Property({ type: t.integer })
  endChunk!: number;

  /** Iterations of finished chunks in the current attempt; the run's progress is their sum. */
  @Property({ type: t.integer, default: 0 })
  iterationsDone: number & Opt = 0;

  @Property({ type: t.integer, default: 0 })
  attempts: number & Opt = 0;

  /** v8-serialised chunk reports, in chunk order. */
  @Property({ type: t.blob, nullable: true })
  reports: Buffer | null = null;

  /** Output columns one after another, 8 bytes per value (little-endian doubles). */
  @Property({ type: t.blob, nullable: true })
  outputs: Buffer | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
