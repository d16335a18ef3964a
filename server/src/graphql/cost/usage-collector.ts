import type { UsageReporter } from '../context.js';

/** Collects the sizes resolvers report (context.usage.reportActualSize) for settlement. */
export class UsageCollector implements UsageReporter {
  readonly sizes = new Map<string, number>();

  reportActualSize(path: readonly (string | number)[], size: number): void {
    if (Number.isFinite(size) && size >= 0) this.sizes.set(path.join('.'), size);
  }
}
