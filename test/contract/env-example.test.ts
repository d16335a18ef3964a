import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../server/src/platform/config/config.js';

describe('.env.example', () => {
  it('documents every variable the server reads, each with a comment, and nothing else', async () => {
    const text = await readFile(new URL('../../.env.example', import.meta.url), 'utf8');
    const lines = text.split('\n');
    const documented = lines.flatMap((line, index) => {
      const match = /^([A-Z0-9_]+)=/.exec(line);
      return match ? [{ name: match[1], commented: (lines[index - 1] ?? '').startsWith('#') }] : [];
    });
    expect(documented.map((entry) => entry.name).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(documented.filter((entry) => !entry.commented).map((entry) => entry.name)).toEqual([]);
  });
});
