import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** Codes from one step before or after now are accepted, for phones whose clock drifts a little. */
const TOLERANCE_SECONDS = 30;
const ISSUER = 'Carlo console';

export function newTotpSecret(): string {
  return generateSecret();
}

export type TotpEnrolment = { secret: string; otpauthUri: string; qrSvg: string };

/** What an authenticator app needs: the secret to type in, or the otpauth URI drawn as a QR code. */
export async function totpEnrolment(email: string, secret: string): Promise<TotpEnrolment> {
  const otpauthUri = generateURI({ issuer: ISSUER, label: email, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * The time step of a valid code, or null. A code of a step at or before `lastStep` is refused, so a
 * code seen once (over a shoulder, in a log) cannot sign in again.
 */
export async function acceptedTotpStep(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({
      secret,
      token,
      epochTolerance: TOLERANCE_SECONDS,
      ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // otplib throws for a last step it considers out of range (a clock moved back): refuse the code.
    return null;
  }
}
