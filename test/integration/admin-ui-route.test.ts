import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminUiRoute } from '../../server/src/app/http/admin-ui.route.js';

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'carlo-admin-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(dist, 'assets', 'index-TOCfNXky.js'), 'console.log(2)');
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('the console route', () => {
  it('serves the built console, its assets, and index.html for client routes', async () => {
    const app = Fastify();
    await registerAdminUiRoute(app, `${dist}/`);
    const redirect = await app.inject('/admin');
    expect([redirect.statusCode, redirect.headers.location]).toEqual([302, '/admin/']);
    const index = await app.inject('/admin/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('id="root"');
    expect((await app.inject('/admin/assets/app.js')).body).toBe('console.log(1)');
    const deep = await app.inject('/admin/customers/123/show/keys');
    expect([deep.statusCode, deep.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(deep.body).toContain('id="root"');
    expect((await app.inject('/admin/assets/missing.js')).statusCode).toBe(404);
    await app.close();
  });

  it('lets browsers keep content-hashed assets for a year and revalidate everything else', async () => {
    const app = Fastify();
    await registerAdminUiRoute(app, `${dist}/`);
    expect((await app.inject('/admin/assets/index-TOCfNXky.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/admin/assets/app.js')).headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/admin/')).headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/admin/customers')).headers['cache-control']).toBe('no-cache');
    await app.close();
  });

  it('answers 503 with the build command when the console is not built', async () => {
    const app = Fastify();
    await registerAdminUiRoute(app, path.join(dist, 'nothing-here/'));
    for (const url of ['/admin', '/admin/customers']) {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('npm run build -w admin-ui');
    }
    await app.close();
  });
});
