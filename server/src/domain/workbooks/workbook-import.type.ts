import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CellRole } from './workbook-translator.js';

export enum WorkbookCellRole {
  INPUT = 'INPUT',
  OUTPUT = 'OUTPUT',
  FORMULA = 'FORMULA',
}

registerEnumType(WorkbookCellRole, {
  name: 'WorkbookCellRole',
  description:
    'INPUT: an @RISK distribution; OUTPUT: a reported result; FORMULA: an intermediate cell written into the outputs that use it.',
});

@InputType({
  description: 'An .xlsx risk model (@RISK functions) to translate into a SimulationInput, or to run (runWorkbook, startWorkbook).',
})
export class ImportWorkbookInput {
  @Field(() => String, { description: 'The .xlsx file, base64-encoded; at most 512 KiB once decoded.' })
  fileBase64!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The sheet plain addresses refer to and inputs are named after; default the first sheet.',
  })
  sheet?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Output cells (B7, Sheet2!C4 or defined names); default the cells with RiskOutput().',
  })
  outputs?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Iterations of the model (run by runWorkbook and startWorkbook); default 10000.' })
  iterations?: number | null;

  @Field(() => Float, { nullable: true, description: 'Seed of the model; a random one is drawn and recorded when not given.' })
  seed?: number | null;
}

@ObjectType({ description: 'How one cell of the workbook was translated.' })
export class WorkbookCellMapping {
  @Field(() => String, { description: 'Sheet!A1; an input inside a larger formula adds the function and its number.' })
  cell!: string;

  @Field(() => WorkbookCellRole)
  role!: CellRole;

  @Field(() => String, { nullable: true, description: 'The name of the input or output in the model.' })
  name!: string | null;

  @Field(() => String, { description: 'The Excel formula as read.' })
  excel!: string;

  @Field(() => String, { description: "The distribution, or the formula in Carlo's language." })
  carlo!: string;

  @Field(() => [String], { description: 'Conversions and caveats, e.g. a lognormal mean and sd converted to mu and sigma.' })
  notes!: string[];
}

@ObjectType({ description: 'A workbook translated into a model: pass `model` as the input of runSimulation or startSimulation.' })
export class WorkbookImportResult {
  @Field(() => String)
  sheet!: string;

  @Field(() => GraphQLJSONObject, { description: 'A SimulationInput, validated as runSimulation validates it.' })
  model!: Record<string, unknown>;

  @Field(() => [WorkbookCellMapping])
  cells!: WorkbookCellMapping[];

  @Field(() => [String], { description: 'What was left out, and why.' })
  warnings!: string[];
}
