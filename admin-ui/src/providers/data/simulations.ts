import type { SimulationStatus } from '../../generated/graphql';
import { AdminSimulationDocument, AdminSimulationsDocument } from '../../resources/simulations/simulations.graphql';
import { query } from '../apollo';
import { page, type ResourceHandler, stringFilter } from './resource-handler';

const statuses: readonly SimulationStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

async function list(pagination: { page: number; perPage: number }, filter: Record<string, unknown>) {
  const status = stringFilter(filter, 'status');
  const data = await query(AdminSimulationsDocument, {
    ...pagination,
    customerId: stringFilter(filter, 'customerId'),
    status: statuses.includes(status as SimulationStatus) ? (status as SimulationStatus) : null,
  });
  return { data: data.adminSimulations.items, total: data.adminSimulations.totalCount };
}

export const simulations: ResourceHandler = {
  getList: (params) => list(page(params), params.filter),
  getManyReference: (params) => list(page(params), { ...params.filter, [params.target]: String(params.id) }),
  async getOne(params) {
    return { data: (await query(AdminSimulationDocument, { id: String(params.id) })).adminSimulation };
  },
};
