/** The JSON a receiver gets; built only from stored facts, so every attempt sends the same bytes. */
export function envelopeBody(event: {
  id: string;
  type: string;
  createdAt: Date;
  customerId: string;
  sequence: string;
  payload: unknown;
}): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    accountId: event.customerId,
    sequence: Number(event.sequence),
    data: event.payload,
  });
}
