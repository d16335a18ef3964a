/** Executes a compiled program over the first `n` rows of its register columns. */
import { type Program, roundHalfAway } from './program.js';

export function runProgram(program: Program, registers: Float64Array[], n: number): void {
  for (const { register, value } of program.constants) registers[register].fill(value, 0, n);
  for (const ins of program.instructions) {
    const d = registers[ins.dst],
      a = registers[ins.a],
      b = registers[ins.b],
      c = registers[ins.c];
    switch (ins.op) {
      case '+':
        for (let i = 0; i < n; i++) d[i] = a[i] + b[i];
        break;
      case '-':
        for (let i = 0; i < n; i++) d[i] = a[i] - b[i];
        break;
      case '*':
        for (let i = 0; i < n; i++) d[i] = a[i] * b[i];
        break;
      case '/':
        for (let i = 0; i < n; i++) d[i] = a[i] / b[i];
        break;
      case '^':
      case 'pow':
        for (let i = 0; i < n; i++) d[i] = a[i] ** b[i];
        break;
      case '<':
        for (let i = 0; i < n; i++) d[i] = a[i] < b[i] ? 1 : 0;
        break;
      case '<=':
        for (let i = 0; i < n; i++) d[i] = a[i] <= b[i] ? 1 : 0;
        break;
      case '>':
        for (let i = 0; i < n; i++) d[i] = a[i] > b[i] ? 1 : 0;
        break;
      case '>=':
        for (let i = 0; i < n; i++) d[i] = a[i] >= b[i] ? 1 : 0;
        break;
      case '==':
        for (let i = 0; i < n; i++) d[i] = a[i] === b[i] ? 1 : 0;
        break;
      case '!=':
        for (let i = 0; i < n; i++) d[i] = a[i] !== b[i] ? 1 : 0;
        break;
      case 'neg':
        for (let i = 0; i < n; i++) d[i] = -a[i];
        break;
      case 'copy':
        for (let i = 0; i < n; i++) d[i] = a[i];
        break;
      case 'if':
        for (let i = 0; i < n; i++) d[i] = a[i] ? b[i] : c[i];
        break;
      case 'min':
        for (let i = 0; i < n; i++) d[i] = Math.min(a[i], b[i]);
        break;
      case 'max':
        for (let i = 0; i < n; i++) d[i] = Math.max(a[i], b[i]);
        break;
      case 'abs':
        for (let i = 0; i < n; i++) d[i] = Math.abs(a[i]);
        break;
      case 'exp':
        for (let i = 0; i < n; i++) d[i] = Math.exp(a[i]);
        break;
      case 'log':
        for (let i = 0; i < n; i++) d[i] = Math.log(a[i]);
        break;
      case 'sqrt':
        for (let i = 0; i < n; i++) d[i] = Math.sqrt(a[i]);
        break;
      case 'round':
        for (let i = 0; i < n; i++) d[i] = roundHalfAway(a[i], b[i]);
        break;
    }
  }
}
