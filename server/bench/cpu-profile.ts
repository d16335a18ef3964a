import { rename, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number };

export type ProfileSummary = {
  samples: number;
  top: { name: string; selfPercent: number }[];
  byPackage: { name: string; selfPercent: number }[];
  /** For the top functions, the nearest caller in a package or in our code (Node's internals skipped) and its share. */
  callers: { name: string; callers: { name: string; selfPercent: number }[] }[];
};

const nameOf = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|server\/src)\//, '$1/')}:${lineNumber + 1}`;
const isOurs = (url: string) => url.includes('/node_modules/') || url.includes('/server/src/');

/** node_modules/<package> (scoped packages keep their scope), our own files, or Node's internals. */
function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  if (url.includes('/server/src/')) return `carlo ${url.slice(url.indexOf('/server/src/') + '/server/src/'.length).split('/')[0]}`;
  return url === '' ? '(native, gc, idle)' : 'node internals';
}

function summarise(profile: Profile, topCount: number): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    // Idle time is the event loop waiting; it says nothing about where the CPU went.
    if (node.callFrame.functionName === '(idle)') continue;
    total += hits;
    const { url } = node.callFrame;
    const name = nameOf(node.callFrame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const ranked = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topCount)
      .map(([name, hits]) => ({ name, selfPercent: (100 * hits) / Math.max(1, total) }));
  const top = ranked(byFunction);
  return { samples: total, top, byPackage: ranked(byPackage), callers: callersOf(profile, top.slice(0, 3), total) };
}

/** Who calls a native or internal function such as writeUtf8String: the self time of its nodes by nearest package caller. */
function callersOf(profile: Profile, functions: { name: string }[], total: number): ProfileSummary['callers'] {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  return functions.map(({ name }) => {
    const byCaller = new Map<string, number>();
    for (const node of profile.nodes) {
      if (!node.hitCount || nameOf(node.callFrame) !== name) continue;
      let caller = parent.get(node.id);
      while (caller && !isOurs(caller.callFrame.url)) caller = parent.get(caller.id);
      const callerName = caller ? nameOf(caller.callFrame) : '(no package caller)';
      byCaller.set(callerName, (byCaller.get(callerName) ?? 0) + node.hitCount);
    }
    const callers = [...byCaller.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([callerName, hits]) => ({ name: callerName, selfPercent: (100 * hits) / Math.max(1, total) }));
    return { name, callers };
  });
}

/**
 * A sampling CPU profile of this process, switched by SIGUSR2: the first signal starts it, the
 * second stops it and writes the top self-time functions and packages as JSON to `outputPath`
 * (the benchmark profiles only its own load, not the server's start).
 */
export function profileOnSignal(outputPath: string): void {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!running) {
        running = true;
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 200 });
        await session.post('Profiler.start');
        return;
      }
      running = false;
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      // Written aside and renamed, so the bench, which reads the file as soon as it exists, never reads half of it.
      await writeFile(`${outputPath}.part`, JSON.stringify(summarise(profile, 25)));
      await rename(`${outputPath}.part`, outputPath);
    })();
  });
}
