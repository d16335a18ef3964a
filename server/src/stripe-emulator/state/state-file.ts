import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyState, type State } from './state.js';

export async function loadState(file: string | undefined): Promise<State> {
  if (!file) return emptyState();
  try {
    const text = await readFile(file, 'utf8');
    // Merge over an empty state so snapshots from older builds gain new collections.
    return { ...emptyState(), ...(JSON.parse(text) as Partial<State>) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw error;
  }
}

/** Debounced, atomic (write then rename) snapshots so a crash never leaves half a file. */
export class StateSaver {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string | undefined,
    private readonly state: () => State,
    private readonly delayMs = 50,
  ) {}

  schedule(): void {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.write());
    }, this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.writing = this.writing.then(() => this.write());
    }
    await this.writing;
  }

  private async write(): Promise<void> {
    if (!this.file) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(tmp, JSON.stringify(this.state()));
    await rename(tmp, this.file);
  }
}
