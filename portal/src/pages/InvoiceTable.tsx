import { day, money } from '../format';
import { Empty } from '../ui/State';

type InvoiceRow = {
  id: string;
  number?: string | null;
  status: string;
  currency: string;
  totalCents: number;
  issuedAt: string;
  hostedInvoiceUrl?: string | null;
  invoicePdfUrl?: string | null;
  lines: { id: string; description?: string | null; amountCents: number }[];
};

/** The company's invoices with their lines and Stripe's hosted page and PDF for each finalized one. */
export function InvoiceTable({ invoices }: { invoices: InvoiceRow[] }) {
  if (invoices.length === 0) {
    return <Empty>No invoices yet. Stripe issues the first one when a paid plan starts; it appears here with a PDF to download.</Empty>;
  }
  return (
    <div className="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Issued</th>
            <th scope="col">Status</th>
            <th scope="col">Total</th>
            <th scope="col">Lines</th>
            <th scope="col">Invoice</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>{invoice.number ?? '—'}</td>
              <td>{day(invoice.issuedAt)}</td>
              <td>{invoice.status}</td>
              <td>{money(invoice.totalCents, invoice.currency)}</td>
              <td>
                {invoice.lines.map((line) => `${line.description ?? 'Line'}: ${money(line.amountCents, invoice.currency)}`).join('; ')}
              </td>
              <td>
                {invoice.hostedInvoiceUrl ? (
                  <a href={invoice.hostedInvoiceUrl} target="_blank" rel="noreferrer" aria-label={`View invoice ${invoice.number ?? ''}`}>
                    View
                  </a>
                ) : (
                  '—'
                )}
                {invoice.invoicePdfUrl ? (
                  <>
                    {' · '}
                    <a href={invoice.invoicePdfUrl} target="_blank" rel="noreferrer" aria-label={`PDF of invoice ${invoice.number ?? ''}`}>
                      PDF
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
