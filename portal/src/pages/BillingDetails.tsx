import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { PortalBillingDetailsQuery } from '../generated/graphql';
import { fieldOfError } from '../apollo';
import { FieldError } from '../ui/FieldError';
import { ErrorMessage, Loading } from '../ui/State';
import { BillingDetailsDocument, RemoveTaxIdDocument, SetBillingEmailDocument, SetTaxIdDocument } from './billing-details.graphql';

const TYPES = [
  { type: 'eu_vat', label: 'EU VAT number', example: 'DE123456789' },
  { type: 'gb_vat', label: 'UK VAT number', example: 'GB123456789' },
  { type: 'us_ein', label: 'US EIN', example: '12-3456789' },
  { type: 'ch_vat', label: 'Swiss VAT number', example: 'CHE-123.456.789 MWST' },
  { type: 'au_abn', label: 'Australian ABN', example: '12345678912' },
  { type: 'ca_bn', label: 'Canadian BN', example: '123456789' },
];

/** Invoice email and tax id, as Stripe holds them; owners and billing members change them here. */
export function BillingDetails() {
  const { data, error, loading, refetch } = useQuery(BillingDetailsDocument);
  // Each change answers with all details as Stripe holds them after it: the latest answer is what to show.
  const [latest, setLatest] = useState<PortalBillingDetailsQuery['portalBillingDetails'] | null>(null);
  const [setEmail, emailState] = useMutation(SetBillingEmailDocument, { onCompleted: (result) => setLatest(result.portalSetBillingEmail) });
  const [setTaxId, taxState] = useMutation(SetTaxIdDocument, { onCompleted: (result) => setLatest(result.portalSetTaxId) });
  const [removeTaxId, removeState] = useMutation(RemoveTaxIdDocument, { onCompleted: (result) => setLatest(result.portalRemoveTaxId) });
  if (error) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading what="billing details" />;
  const details = latest ?? data?.portalBillingDetails;
  if (!details) return null;
  const taxId = details.taxIds[0];
  return (
    <section className="card stack" aria-labelledby="billing-details">
      <h2 id="billing-details">Invoice details</h2>
      <form
        className="stack"
        aria-label="Invoice email"
        onSubmit={(event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get('email') ?? '');
          void setEmail({ variables: { email } }).catch(() => undefined);
        }}
      >
        <label>
          Invoice email
          <input name="email" type="email" required defaultValue={details.email ?? ''} aria-describedby="email-error" />
        </label>
        <FieldError error={emailState.error} field="email" id="email-error" />
        {emailState.error && fieldOfError(emailState.error) !== 'email' ? <ErrorMessage error={emailState.error} /> : null}
        <button type="submit" disabled={emailState.loading}>
          Save invoice email
        </button>
      </form>
      <p>
        Tax id on invoices:{' '}
        <strong data-testid="tax-id">
          {taxId ? `${taxId.value} (${taxId.type}, ${taxId.verificationStatus ?? 'unchecked'})` : 'none'}
        </strong>
      </p>
      <form
        className="stack"
        aria-label="Tax id"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void setTaxId({ variables: { input: { type: String(form.get('type')), value: String(form.get('value') ?? '') } } }).catch(
            () => undefined,
          );
        }}
      >
        <label>
          Tax id type
          <select name="type" defaultValue={taxId?.type ?? 'eu_vat'}>
            {TYPES.map((entry) => (
              <option key={entry.type} value={entry.type}>
                {entry.label} (like {entry.example})
              </option>
            ))}
          </select>
        </label>
        <FieldError error={taxState.error} field="type" id="type-error" />
        <label>
          Tax id
          <input name="value" required maxLength={40} placeholder="DE123456789" aria-describedby="value-error" />
        </label>
        <FieldError error={taxState.error} field="value" id="value-error" />
        {taxState.error && !['type', 'value'].includes(fieldOfError(taxState.error) ?? '') ? <ErrorMessage error={taxState.error} /> : null}
        <button type="submit" disabled={taxState.loading}>
          {taxId ? 'Replace tax id' : 'Add tax id'}
        </button>
        {taxId ? (
          <button
            type="button"
            className="secondary"
            disabled={removeState.loading}
            onClick={() => void removeTaxId().catch(() => undefined)}
          >
            Remove tax id
          </button>
        ) : null}
      </form>
    </section>
  );
}
