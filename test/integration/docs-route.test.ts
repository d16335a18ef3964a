import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('the API reference at /docs', () => {
  it('serves docs/api.md as an HTML page with every operation and the error codes', async () => {
    const response = await fetch(`${app.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<h1>Carlo API reference</h1>');
    expect(html).toMatch(/<h3[^>]*><code>mutation runSimulation<\/code><\/h3>/);
    expect(html).toContain('QUOTA_EXCEEDED');
  });
});
