import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';
import { SimulationStatus } from './simulation-run.entity.js';
import { SimulationResultType } from './simulation-result.type.js';
import './simulation-enums.js';

@ObjectType('SimulationRun', { description: 'A stored simulation: a synchronous run or a job, with its progress and result.' })
export class SimulationRunType {
  @Field(() => ID)
  id!: string;

  @Field(() => SimulationStatus)
  status!: SimulationStatus;

  @Field(() => Boolean, { description: 'Started with startSimulation (a job) rather than runSimulation.' })
  async!: boolean;

  @Field(() => Float, { description: 'Fraction of the iterations done, 0 to 1; updated about every 500 ms while running.' })
  progress!: number;

  @Field(() => Int)
  iterations!: number;

  @Field(() => Int, { nullable: true })
  iterationsRun!: number | null;

  @Field(() => Float)
  seed!: number;

  @Field(() => String)
  reproducibilityKey!: string;

  @Field(() => String)
  engineVersion!: string;

  @Field(() => Int, { description: "Credits the run's size is worth: ceil(iterations x inputs / 100,000), at least 1." })
  credits!: number;

  @Field(() => Int, { description: 'Times a worker started the run; more than 1 after a retry.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the run failed.' })
  error!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The model as it was sent.' })
  input!: Record<string, unknown>;

  @Field(() => SimulationResultType, { nullable: true, description: 'Set once the run succeeded.' })
  result?: SimulationResultType | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  durationMs!: number | null;
}

@ObjectType('SimulationRunPage')
export class SimulationRunPage extends Paginated(SimulationRunType, 'SimulationRun') {}
