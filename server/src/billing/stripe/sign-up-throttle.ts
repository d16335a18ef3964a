const HOUR_MS = 3_600_000;

/**
 * A fixed window per client address for signUp, in process: a coarse guard against scripted
 * sign-ups (each one creates a Stripe customer), not an exact shared limit.
 */
export class SignUpThrottle {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  allow(ip: string, perHour: number, nowMs = Date.now()): boolean {
    const window = this.windows.get(ip);
    if (!window || nowMs - window.startMs >= HOUR_MS) {
      if (this.windows.size > 50_000) this.windows.clear();
      this.windows.set(ip, { startMs: nowMs, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= perHour;
  }
}
