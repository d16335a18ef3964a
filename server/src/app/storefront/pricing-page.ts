import type { CreditPack } from '../../billing/index.js';
import type { Plan } from '../../domain/plans/index.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS, OPERATIONS_PER_WORK_UNIT, workPerIteration } from '../../domain/simulation/index.js';
import { SIMULATION_PRICE, simulationCredits } from '../../metering/index.js';
import { escapeHtml, formatCount, formatMoneyCents, page } from './html.js';

const UNITS_PER_CREDIT = SIMULATION_PRICE.unitsPerCredit;
/** The calculator's bound on formula operations: 20 outputs of the longest formulas compile to about this many. */
const MAX_OPERATIONS = 100_000;

export type PricingPlan = Pick<
  Plan,
  | 'code'
  | 'name'
  | 'priceCents'
  | 'currency'
  | 'includedCredits'
  | 'overageCentsPer1000Credits'
  | 'rateLimitCreditsPerSecond'
  | 'burstCredits'
  | 'maxIterationsSync'
  | 'maxConcurrentJobs'
  | 'maxWorkUnitsPerRun'
  | 'features'
>;

/** The calculator's question: one run of this many iterations, inputs, outputs and formula operations. */
export type RunSize = { iterations: number; inputs: number; outputs: number; operations: number };

export const DEFAULT_RUN: RunSize = { iterations: 100_000, inputs: 5, outputs: 1, operations: 10 };

/** Reads the calculator's form fields; anything missing or out of range falls back or is clamped. */
export function runSizeFrom(query: Record<string, unknown>): RunSize {
  const read = (value: unknown, fallback: number, min: number, max: number) => {
    const parsed = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
    return Number.isFinite(parsed) ? Math.min(Math.max(parsed, min), max) : fallback;
  };
  return {
    iterations: read(query.iterations, DEFAULT_RUN.iterations, 1, MAX_JOB_ITERATIONS),
    inputs: read(query.inputs, DEFAULT_RUN.inputs, 1, MAX_INPUTS),
    outputs: read(query.outputs, DEFAULT_RUN.outputs, 1, MAX_OUTPUTS),
    operations: read(query.operations, DEFAULT_RUN.operations, 0, MAX_OPERATIONS),
  };
}

function overage(plan: PricingPlan): string {
  if (plan.overageCentsPer1000Credits === null) return 'None: calls stop when credits run out (buy a credit pack to go on)';
  return `${formatMoneyCents(plan.overageCentsPer1000Credits, plan.currency)} per 1,000 credits beyond the included ones`;
}

function planCard(plan: PricingPlan): string {
  const price = plan.priceCents === 0 ? 'Free' : `${formatMoneyCents(plan.priceCents, plan.currency)} <small>/ month</small>`;
  return `<li class="plan" data-plan="${escapeHtml(plan.code)}"><h3>${escapeHtml(plan.name)}</h3><div class="price">${price}</div><dl>
<dt>Included credits</dt><dd>${formatCount(plan.includedCredits)} credits / month</dd>
<dt>Overage</dt><dd>${overage(plan)}</dd>
<dt>Rate limit</dt><dd>${formatCount(plan.rateLimitCreditsPerSecond)} credits / second, bursts up to ${formatCount(plan.burstCredits)}</dd>
<dt>Simulation size</dt><dd>Up to ${formatCount(plan.maxIterationsSync)} iterations per direct run; ${formatCount(plan.maxConcurrentJobs)} background ${plan.maxConcurrentJobs === 1 ? 'job' : 'jobs'} at once (up to ${formatCount(MAX_JOB_ITERATIONS)} iterations each); at most ${formatCount(plan.maxWorkUnitsPerRun)} work units per run</dd>
<dt>Features</dt><dd>${plan.features.map((feature) => escapeHtml(feature.replaceAll('_', ' '))).join(', ')}</dd>
</dl><a class="button" href="/signup?plan=${encodeURIComponent(plan.code)}">Start with ${escapeHtml(plan.name)}</a></li>`;
}

function packRow(pack: CreditPack): string {
  const per1000Cents = Math.round((pack.priceCents * 1000) / pack.credits);
  return `<tr><td>${formatCount(pack.credits)} credits</td><td>${formatMoneyCents(pack.priceCents, pack.currency)}</td><td>${formatMoneyCents(per1000Cents, pack.currency)}</td></tr>`;
}

/** What one run costs and how many such runs each plan's included credits cover. */
export function calculatorAnswer(plans: readonly PricingPlan[], run: RunSize): string {
  const perIteration = workPerIteration(run);
  const credits = simulationCredits(run.iterations * perIteration);
  const covered = plans
    .map((plan) => `${escapeHtml(plan.name)}: ${formatCount(Math.floor(plan.includedCredits / credits))} runs`)
    .join('; ');
  return `${formatCount(run.iterations)} iterations × ${formatCount(perIteration)} work units = ${formatCount(run.iterations * perIteration)} work units = ${formatCount(credits)} ${credits === 1 ? 'credit' : 'credits'} per run. Included credits cover per month: ${covered}.`;
}

/**
 * The calculator works without JavaScript (a GET form the server answers); the script only
 * answers as the visitor types, with the same rule as @costBySize.
 */
function calculatorScript(plans: readonly PricingPlan[]): string {
  const data = JSON.stringify(plans.map((plan) => ({ name: plan.name, included: plan.includedCredits }))).replaceAll('<', '\\u003c');
  return `(() => {
const plans = ${data}; const form = document.getElementById('calculator'); const out = document.getElementById('calculator-answer');
const fmt = (n) => n.toLocaleString('en-US');
const update = () => {
  const read = (field, min) => Math.max(min, Number.parseInt(field.value, 10) || min);
  const iterations = read(form.iterations, 1); const inputs = read(form.inputs, 1); const outputs = read(form.outputs, 1); const operations = read(form.operations, 0);
  const perIteration = inputs + outputs - 1 + Math.floor(operations / ${OPERATIONS_PER_WORK_UNIT});
  const credits = Math.max(${SIMULATION_PRICE.minimum}, Math.ceil((iterations * perIteration) / ${UNITS_PER_CREDIT}));
  out.textContent = fmt(iterations) + ' iterations × ' + fmt(perIteration) + ' work units = ' + fmt(iterations * perIteration) + ' work units = ' + fmt(credits) + (credits === 1 ? ' credit' : ' credits') + ' per run. Included credits cover per month: ' + plans.map((p) => p.name + ': ' + fmt(Math.floor(p.included / credits)) + ' runs').join('; ') + '.';
};
form.addEventListener('input', update);
})();`;
}

export function renderPricingPage(plans: readonly PricingPlan[], packs: readonly CreditPack[], run: RunSize): string {
  const body = `<h1>Pricing</h1>
<p>Monte Carlo simulation as a GraphQL API. Every plan includes a monthly allowance of credits; calls spend credits by how much they compute.</p>
<ul class="plans">${plans.map(planCard).join('')}</ul>
<h2 id="credits">What a credit buys</h2>
<div class="card"><p>A simulation run costs <strong>one credit per ${formatCount(UNITS_PER_CREDIT)} work units</strong>, rounded up, and at least one credit per run.
Work units are iterations × (input variables + outputs beyond the first + formula operations / ${OPERATIONS_PER_WORK_UNIT}), so a run pays for the
computing it causes. For example, 10,000 iterations of a model with 5 inputs and one short formula are 50,000 work units and cost 1 credit;
1,000,000 iterations with 10 inputs cost 100 credits; 20 outputs of long formulas cost more than one. A run stopped early costs what it ran.</p>
<p>Reading a run or a usage report costs 1 credit. The <code>quote</code> query prices any call before you make it, for free, and every
response reports the credits it spent and what is left. The rate limit counts credits per second, so a few large runs and many small calls are treated alike.</p>
<form class="calc" id="calculator" method="get" action="/pricing#credits">
<label>Iterations<input name="iterations" type="number" inputmode="numeric" min="1" max="${MAX_JOB_ITERATIONS}" value="${run.iterations}"></label>
<label>Input variables<input name="inputs" type="number" inputmode="numeric" min="1" max="${MAX_INPUTS}" value="${run.inputs}"></label>
<label>Outputs<input name="outputs" type="number" inputmode="numeric" min="1" max="${MAX_OUTPUTS}" value="${run.outputs}"></label>
<label>Formula operations<input name="operations" type="number" inputmode="numeric" min="0" max="${MAX_OPERATIONS}" value="${run.operations}"></label>
<button class="button" type="submit">Work it out</button></form>
<output id="calculator-answer" for="calculator" aria-live="polite">${calculatorAnswer(plans, run)}</output></div>
<h2 id="packs">Credit packs</h2>
<p>Prepaid credits for any plan, bought once from your account; they are spent after the month's included credits and carry over from month to month.</p>
<table><thead><tr><th>Pack</th><th>Price</th><th>Per 1,000 credits</th></tr></thead><tbody>${packs.map(packRow).join('')}</tbody></table>`;
  return page('Pricing', body, calculatorScript(plans));
}
