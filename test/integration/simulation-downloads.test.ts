import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportFormat, checkDownloadLink, signedDownloadLink } from '../../server/src/domain/workbooks/index.js';
import { AdminRole } from '../../server/src/platform/staff/index.js';
import { graphql } from '../generated/index.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RunToDownload = graphql(
  `mutation RunToDownload($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }`,
);
const DownloadLinkOf = graphql(
  `query DownloadLinkOf($id: ID!, $format: ExportFormat!) { simulationDownload(id: $id, format: $format) { path expiresAt } }`,
);
const AdminDownloadLinkOf = graphql(
  `query AdminDownloadLinkOf($id: ID!, $format: ExportFormat!) { adminSimulationDownload(id: $id, format: $format) { path expiresAt } }`,
);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const model = {
  iterations: 2_000,
  seed: 5,
  inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 10, sd: 2 } }],
  outputs: [{ name: 'y', formula: '3 * x' }],
};

let app: TestApp;
let owner: { customerId: string; key: string; runId: string };
let other: { customerId: string; key: string; runId: string };

async function customerWithRun() {
  const { customer, key } = await customerWithKey(app);
  const response = await app.client.request(RunToDownload, { input: model }, { key });
  expect(response.errors).toEqual([]);
  return { customerId: customer.id, key, runId: response.data?.runSimulation.runId ?? '' };
}

async function linkOf(caller: { key: string; runId: string }, format: 'XLSX' | 'SIPMATH'): Promise<string> {
  const response = await app.client.request(DownloadLinkOf, { id: caller.runId, format }, { key: caller.key });
  expect(response.errors).toEqual([]);
  return response.data?.simulationDownload.path ?? '';
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.client.baseUrl}${path}`, { headers });

async function expectApiError(response: Response, status: number, code: string, says: string): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0].extensions.code).toBe(code);
  expect(body.errors[0].message).toContain(says);
}

beforeAll(async () => {
  app = await startTestApp({ SIMULATION_WORKERS: '1' });
  owner = await customerWithRun();
  other = await customerWithRun();
});
afterAll(async () => {
  await app?.close();
});

describe('simulation downloads', () => {
  it('gives the owner a priced 5-minute link that a plain GET opens as an .xlsx attachment', async () => {
    const response = await app.client.request(DownloadLinkOf, { id: owner.runId, format: 'XLSX' }, { key: owner.key });
    expect(response.errors).toEqual([]);
    expect(response.extensions.cost).toMatchObject({ charged: 2 });
    const link = response.data?.simulationDownload;
    expect(link?.path).toMatch(new RegExp(`^/downloads/simulations/${owner.runId}\\.xlsx\\?expires=\\d+&signature=[\\w-]+$`));
    const secondsLeft = (new Date(link?.expiresAt ?? 0).getTime() - Date.now()) / 1000;
    expect(secondsLeft).toBeGreaterThan(200);
    expect(secondsLeft).toBeLessThanOrEqual(300);

    const file = await get(link?.path ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(XLSX);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="carlo-${owner.runId}.xlsx"`);
    expect(file.headers.get('cache-control')).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Histogram');
    expect(workbook.getWorksheet('Model')?.getCell('B2').value).toBe(5);
  });

  it('opens the SIPmath link as a JSON attachment', async () => {
    const file = await get(await linkOf(owner, 'SIPMATH'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="carlo-${owner.runId}.sipmath.json"`);
    const library = (await file.json()) as { sips: { name: string }[] };
    expect(library.sips.map((sip) => sip.name)).toContain('y');
  });

  it("answers NOT_FOUND when a key asks for a link to another account's run", async () => {
    const response = await app.client.request(DownloadLinkOf, { id: other.runId, format: 'XLSX' }, { key: owner.key });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it("refuses a link edited to point at another account's run or another format, in the API's error shape", async () => {
    const path = await linkOf(owner, 'XLSX');
    await expectApiError(await get(path.replace(owner.runId, other.runId)), 403, 'FORBIDDEN', 'signature does not match');
    await expectApiError(await get(path.replace('.xlsx?', '.sipmath.json?')), 403, 'FORBIDDEN', 'signature does not match');
    await expectApiError(await get(path.replace(/signature=[\w-]{4}/, 'signature=AAAA')), 403, 'FORBIDDEN', 'signature does not match');
  });

  it('refuses a link without a signature, even with an API key, and an expired one', async () => {
    const bare = `/downloads/simulations/${owner.runId}.xlsx`;
    await expectApiError(await get(bare, { authorization: `Bearer ${owner.key}` }), 401, 'UNAUTHENTICATED', 'simulationDownload');
    const target = { simulationId: owner.runId, customerId: owner.customerId, format: ExportFormat.XLSX };
    const stale = signedDownloadLink(app.services.secrets.sessionSecret, target, new Date(Date.now() - 301_000));
    await expectApiError(await get(stale.path), 403, 'FORBIDDEN', 'expired');
  });

  it('signs a link that opens for its run, owner and format only', () => {
    const secret = 'a test secret of enough length for the hmac';
    const target = { simulationId: owner.runId, customerId: owner.customerId, format: ExportFormat.SIPMATH };
    const now = new Date();
    const query = new URLSearchParams(signedDownloadLink(secret, target, now).path.split('?')[1]);
    const expires = Number(query.get('expires'));
    const signature = query.get('signature') ?? '';
    expect(checkDownloadLink(secret, target, expires, signature, now)).toBe('valid');
    expect(checkDownloadLink(secret, { ...target, customerId: other.customerId }, expires, signature, now)).toBe('forged');
    expect(checkDownloadLink(secret, { ...target, format: ExportFormat.XLSX }, expires, signature, now)).toBe('forged');
    expect(checkDownloadLink(secret, target, expires + 1, signature, now)).toBe('forged');
    expect(checkDownloadLink(secret, target, expires, signature, new Date(now.getTime() + 301_000))).toBe('expired');
  });

  it('gives console staff a link to any customer’s run, and none to a customer key', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.SUPPORT);
    const response = await app.client.request(AdminDownloadLinkOf, { id: other.runId, format: 'XLSX' }, { cookie });
    expect(response.errors).toEqual([]);
    expect((await get(response.data?.adminSimulationDownload.path ?? '')).status).toBe(200);
    const byKey = await app.client.request(AdminDownloadLinkOf, { id: other.runId, format: 'XLSX' }, { key: owner.key });
    expect(errorCodes(byKey)[0]).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
