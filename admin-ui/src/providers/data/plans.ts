import { HttpError } from 'react-admin';
import type { CreatePlanInput, UpdatePlanInput } from '../../generated/graphql';
import { AllPlansDocument, CreatePlanDocument, SyncPlansDocument, UpdatePlanDocument } from '../../resources/plans/plans.graphql';
import { mutate, query } from '../apollo';
import type { ResourceHandler } from './resource-handler';

// Plans are few and allPlans returns them all; react-admin pages them on the client.
export const plans: ResourceHandler = {
  async getList(params) {
    const rows = (await query(AllPlansDocument, {})).allPlans;
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  },
  async getOne(params) {
    const found = (await query(AllPlansDocument, {})).allPlans.find((plan) => plan.id === String(params.id));
    if (!found) throw new HttpError('Plan not found', 404, {});
    return { data: found };
  },
  async create(params) {
    const data = params.data as Record<string, unknown>;
    const input: CreatePlanInput = {
      code: String(data.code ?? ''),
      name: String(data.name ?? ''),
      priceCents: Number(data.priceCents),
      includedCredits: Number(data.includedCredits),
      overageCentsPer1000Credits: typeof data.overageCentsPer1000Credits === 'number' ? data.overageCentsPer1000Credits : null,
      rateLimitCreditsPerSecond: Number(data.rateLimitCreditsPerSecond),
      burstCredits: Number(data.burstCredits),
      maxIterationsSync: Number(data.maxIterationsSync),
      maxConcurrentJobs: Number(data.maxConcurrentJobs),
      maxWorkUnitsPerRun: Number(data.maxWorkUnitsPerRun),
    };
    return { data: (await mutate(CreatePlanDocument, { input })).createPlan };
  },
  async update(params) {
    const data = params.data as Record<string, unknown>;
    // The code is the plan's key and cannot change; it comes from the record as loaded, because
    // a read-only form field may be left out of the submitted data.
    const previous = params.previousData as Record<string, unknown> & { code: string };
    const fields = [
      'name',
      'priceCents',
      'includedCredits',
      'overageCentsPer1000Credits',
      'rateLimitCreditsPerSecond',
      'burstCredits',
      'maxIterationsSync',
      'maxConcurrentJobs',
      'maxWorkUnitsPerRun',
      'active',
    ] as const;
    // Send only what changed, so an edit never rewrites fields another admin changed meanwhile.
    const input: Record<string, unknown> = {};
    for (const field of fields) if (data[field] !== previous[field]) input[field] = data[field];
    const updated = await mutate(UpdatePlanDocument, { code: previous.code, input: input as UpdatePlanInput });
    return { data: updated.updatePlan };
  },
};

export async function syncPlansToStripe() {
  return (await mutate(SyncPlansDocument, {})).syncPlansToStripe;
}
