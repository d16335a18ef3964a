import { type Opt, type Ref, t } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../platform/db/index.js';
import { Customer } from '../customers/index.js';
import { ApiKey } from '../keys/index.js';
import type { ModelSpec, SimulationResult } from './engine/index.js';

export enum SimulationStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

export enum SimulationMode {
  SYNC = 'sync',
  ASYNC = 'async',
}

/** Statuses that hold one of the plan's concurrent job slots. */
export const ACTIVE_STATUSES: readonly SimulationStatus[] = [SimulationStatus.QUEUED, SimulationStatus.RUNNING];

/**
 * One simulation a customer asked for. The seed is fixed when the row is written, so every
 * attempt of a retried job computes the same bits (engine README).
 */
@Entity({ tableName: 'simulation_run' })
@Index({ properties: ['customer', 'createdAt'] })
@Index({ properties: ['customer', 'status'] })
export class SimulationRun extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => ApiKey, { ref: true })
  apiKey!: Ref<ApiKey>;

  @Enum({ items: () => SimulationMode, type: t.string, length: 8 })
  mode!: SimulationMode;

  @Enum({ items: () => SimulationStatus, type: t.string, length: 16 })
  status: SimulationStatus & Opt = SimulationStatus.QUEUED;

  /** The model as the caller sent it (without defaults), so it can be replayed. */
  @Property({ type: t.json })
  input!: ModelSpec;

  /** Unsigned 32-bit, so it needs more than an int column. */
  @Property({ type: t.double })
  seed!: number;

  @Property({ type: t.string, length: 64 })
  reproducibilityKey!: string;

  @Property({ type: t.string, length: 40 })
  engineVersion!: string;

  @Property({ type: t.integer })
  iterations!: number;

  @Property({ type: t.integer, nullable: true })
  iterationsRun: number | null = null;

  /** Fraction of the iterations done, from 0 to 1; written at most every 500 ms. */
  @Property({ type: t.double })
  progress: number & Opt = 0;

  /** Left out of list queries (it can be large); loaded when a client asks for it. */
  @Property({ type: t.json, nullable: true })
  result: SimulationResult | null = null;

  /** Credits the run's work is worth (metering's SIMULATION_PRICE), at least 1. */
  @Property({ type: t.integer })
  credits!: number;

  /** How many times a worker started the run (more than one after a retry). */
  @Property({ type: t.integer })
  attempts: number & Opt = 0;

  @Property({ type: t.text, nullable: true })
  error: string | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: t.integer, nullable: true })
  durationMs: number | null = null;

  /** The startSimulation request whose usage event and reservation hold this job's credits. */
  @Property({ type: t.string, length: 64, nullable: true })
  requestId: string | null = null;

  /** Credits held for the job at start (its estimate), settled once when it reaches a final status. */
  @Property({ type: t.integer, nullable: true })
  heldCredits: number | null = null;
}
