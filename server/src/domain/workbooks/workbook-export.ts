/** The exports of a finished run: an .xlsx file and a SIPmath 3.0 library. */
import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { RunSamples, SimulationResult } from '../simulation/index.js';
import { resultsWorkbook } from './results-workbook.js';
import { sipmathLibrary } from './sipmath.js';

@ObjectType({ description: 'A file, base64-encoded, with the name and type to save it under.' })
export class ExportedFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  base64!: string;

  @Field(() => Int, { description: 'Iterations whose samples the file holds (the first ones of the run).' })
  sampleCount!: number;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The .xlsx of a succeeded run, as bytes for the download route. */
export function resultsWorkbookBytes(samples: RunSamples): Promise<Buffer> {
  return resultsWorkbook(samples, resultOf(samples));
}

export async function resultsWorkbookFile(samples: RunSamples, sampleRows: number): Promise<ExportedFile> {
  const bytes = await resultsWorkbookBytes(samples);
  return {
    filename: `carlo-${samples.run.id}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    base64: bytes.toString('base64'),
    sampleCount: Math.min(samples.count, sampleRows),
  };
}

export function sipmathOf(samples: RunSamples, now: Date): Record<string, unknown> {
  return sipmathLibrary(samples, resultOf(samples), now);
}

function resultOf(samples: RunSamples): SimulationResult {
  const { result } = samples.run;
  if (result === null) throw appError(ErrorCode.CONFLICT, 'This simulation has no result yet; poll simulation(id) until it has succeeded.');
  return result;
}
