import { BlockList, isIP } from 'node:net';

export type EndpointUrlRules = {
  /** In development an endpoint may be `http://localhost` (or a loopback address), for a receiver on the laptop. */
  allowLocalHttp: boolean;
  /** Outside development, loopback, private, link-local and unique-local targets are refused. */
  allowPrivateTargets: boolean;
};

const privateNetworks = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::1', 128],
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv6');
}

const localHostnames = new Set(['localhost', 'localhost.localdomain']);

function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** True for a host that names this machine or a private network, judged from the URL alone. */
export function isPrivateHost(hostname: string): boolean {
  const host = bareHost(hostname);
  if (localHostnames.has(host) || host.endsWith('.localhost')) return true;
  const mapped = host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  const address = mapped?.[1] ?? host;
  const family = isIP(address);
  if (family === 0) return false;
  return privateNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a URL cannot receive webhooks, as a sentence for the customer, or null when it can. */
export function endpointUrlProblem(raw: string, rules: EndpointUrlRules): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not a valid URL. Give an absolute https:// address, for example https://example.com/carlo-webhooks.';
  }
  if (url.username || url.password) return 'url must not contain a user name or password. Check the signature instead.';
  const privateHost = isPrivateHost(url.hostname);
  if (url.protocol === 'http:') {
    if (rules.allowLocalHttp && privateHost) return null;
    return 'url must use https://. Plain http:// is accepted only for localhost in development.';
  }
  if (url.protocol !== 'https:') return 'url must use https://.';
  if (privateHost && !rules.allowPrivateTargets) {
    return 'url points at a private or local network address. Give an address reachable from the internet.';
  }
  return null;
}
