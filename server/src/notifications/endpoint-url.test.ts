import { describe, expect, it } from 'vitest';
import { endpointUrlProblem } from './endpoint-url.js';

const production = { allowLocalHttp: false, allowPrivateTargets: false };
const development = { allowLocalHttp: true, allowPrivateTargets: true };

describe('which URLs may receive webhooks', () => {
  it('accepts a public https URL everywhere', () => {
    expect(endpointUrlProblem('https://hooks.example.com/carlo', production)).toBeNull();
    expect(endpointUrlProblem('https://hooks.example.com/carlo', development)).toBeNull();
  });

  it('accepts http only to localhost and only in development', () => {
    expect(endpointUrlProblem('http://localhost:4000/hook', development)).toBeNull();
    expect(endpointUrlProblem('http://127.0.0.1:4000/hook', development)).toBeNull();
    expect(endpointUrlProblem('http://localhost:4000/hook', production)).toMatch(/https/);
    expect(endpointUrlProblem('http://hooks.example.com/carlo', development)).toMatch(/https/);
  });

  it('refuses private-network targets in production', () => {
    for (const url of [
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
    ]) {
      expect(endpointUrlProblem(url, production), url).toMatch(/private or local/);
    }
    expect(endpointUrlProblem('https://172.32.0.1/hook', production)).toBeNull();
  });

  it('refuses what is not a web URL, and credentials in the URL', () => {
    expect(endpointUrlProblem('not a url', production)).toMatch(/not a valid URL/);
    expect(endpointUrlProblem('ftp://example.com/x', production)).toMatch(/https/);
    expect(endpointUrlProblem('https://user:pw@example.com/x', production)).toMatch(/user name or password/);
  });
});
