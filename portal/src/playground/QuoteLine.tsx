import { useEffect, useState } from 'react';
import { credits, money } from '../format';
import type { PlaygroundQuoteQuery, SimulationInput } from '../generated/graphql';
import { bodyOf, callApi } from './api';
import { PlaygroundQuoteDocument, PlaygroundRunDocument, PlaygroundStartDocument } from './playground.graphql';
import { ApiFailure } from './RunPanel';

type Quote = PlaygroundQuoteQuery['quote'];
export type QuoteState = { quote: Quote | null; error: unknown; loading: boolean };

/** Prices the exact call the Run button would make (quote is free), half a second after the last edit. */
export function useQuote(key: string, input: SimulationInput | null, asJob: boolean): QuoteState {
  const [state, setState] = useState<QuoteState>({ quote: null, error: null, loading: false });
  const payload = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (!key || !payload) {
      setState({ quote: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((now) => ({ ...now, loading: true }));
    const timer = setTimeout(() => {
      const parsed = JSON.parse(payload) as SimulationInput;
      const call = bodyOf(asJob ? PlaygroundStartDocument : PlaygroundRunDocument, { input: parsed });
      callApi(PlaygroundQuoteDocument, { query: call.query, variables: call.variables }, key)
        .then((data) => live && setState({ quote: data.quote, error: null, loading: false }))
        .catch((error: unknown) => live && setState({ quote: null, error, loading: false }));
    }, 500);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, payload, asJob]);
  return state;
}

export function QuoteLine({ state }: { state: QuoteState }) {
  if (state.error) return <ApiFailure error={state.error} />;
  if (!state.quote)
    return (
      <p className="state" role="status">
        {state.loading ? 'Pricing the run…' : 'Fix the fields above to see the price.'}
      </p>
    );
  const quote = state.quote;
  return (
    <div className="quote" role="status" aria-live="polite" data-testid="quote">
      <p>
        <strong>{credits(quote.credits)}</strong> · list price {money(quote.listPriceCents)} ·{' '}
        {quote.overageCredits > 0
          ? `${credits(quote.overageCredits)} beyond your credits, ${money(quote.overageCents)} in overage`
          : 'covered by your credits, no charge in money'}
      </p>
      {quote.refusal ? <p className="field-error">This run would be refused now: {quote.refusal}.</p> : null}
    </div>
  );
}
