/**
 * Short-lived signed links to a run's exports. Whoever may read the run (its owner's key, or
 * staff in the console) asks for a link; the link itself carries no credential but an HMAC of
 * the run, its owner, the format and the expiry, so it can be opened by a browser or curl for a
 * few minutes and cannot be turned into a link to another run, owner or format.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  SIPMATH = 'SIPMATH',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'XLSX: the results workbook (simulationWorkbook); SIPMATH: the Open SIPmath 3.0 library (simulationSipmath).',
});

export const DOWNLOAD_LINK_SECONDS = 300;

/** File name endings of the download route, per format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { XLSX: 'xlsx', SIPMATH: 'sipmath.json' };

@ObjectType({ description: "A link to download a run's export, valid for a few minutes and for that run and format only." })
export class DownloadLink {
  @Field(() => String, { description: "Path and query to GET from the API's origin (the host that answered this request)." })
  path!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

export type DownloadTarget = { simulationId: string; customerId: string; format: ExportFormat };

export function signedDownloadLink(sessionSecret: string, target: DownloadTarget, now: Date): DownloadLink {
  const expires = Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_SECONDS;
  const signature = signatureOf(sessionSecret, target, expires);
  const query = new URLSearchParams({ expires: String(expires), signature });
  return {
    path: `/downloads/simulations/${target.simulationId}.${EXPORT_EXTENSIONS[target.format]}?${query}`,
    expiresAt: new Date(expires * 1000),
  };
}

export type LinkCheck = 'valid' | 'expired' | 'forged';

export function checkDownloadLink(sessionSecret: string, target: DownloadTarget, expires: number, signature: string, now: Date): LinkCheck {
  const expected = Buffer.from(signatureOf(sessionSecret, target, expires));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  return expires * 1000 < now.getTime() ? 'expired' : 'valid';
}

function signatureOf(sessionSecret: string, target: DownloadTarget, expires: number): string {
  // A key of its own, so a download signature can never stand in for a session's.
  const key = createHmac('sha256', sessionSecret).update('carlo simulation downloads').digest();
  return createHmac('sha256', key).update(`${target.simulationId}\n${target.customerId}\n${target.format}\n${expires}`).digest('base64url');
}
