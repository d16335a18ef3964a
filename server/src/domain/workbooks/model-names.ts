/** Carlo names for cells: letters, digits and _, unique within a model, never a function's name. */
const RESERVED = new Set(['if', 'min', 'max', 'abs', 'exp', 'log', 'sqrt', 'pow', 'round']);
const MAX_LENGTH = 60;

export class ModelNames {
  private readonly taken = new Set<string>();

  /** A fresh name from a hint such as a RiskName, a defined name or `Sheet 2_B7`. */
  claim(hint: string): string {
    let base = hint.replace(/[^A-Za-z0-9_]/g, '_').slice(0, MAX_LENGTH);
    if (base === '' || /^[0-9]/.test(base)) base = `_${base}`;
    if (RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }
}
