/**
 * Standard normal quantile and distribution function.
 * The quantile is Wichura's AS241 (PPND16, Applied Statistics 37, 1988), accurate to
 * about 1e-16 relative; the distribution function is Hart's algorithm 5666 in the
 * double-precision form published by G. West ("Better approximations to cumulative
 * normal functions", Wilmott, 2005) near the centre. Hart's form is accurate in absolute terms
 * but loses relative precision in the tails (3e-9 relative at |x| = 7, measured against SciPy's
 * ndtr), which the quantile tables and deep truncation cannot afford, so beyond |x| = 3.5
 * Laplace's continued fraction (60 terms, within 1e-14 relative there) takes over.
 */

// The eight-term polynomials of AS241 with literal coefficients, which V8 inlines.
function centralNum(r: number): number {
  let v = 2509.0809287301226727 * r + 33430.575583588128105;
  v = v * r + 67265.770927008700853;
  v = v * r + 45921.953931549871457;
  v = v * r + 13731.693765509461125;
  v = v * r + 1971.5909503065514427;
  v = v * r + 133.14166789178437745;
  v = v * r + 3.387132872796366608;
  return v;
}
function centralDen(r: number): number {
  let v = 5226.495278852854561 * r + 28729.085735721942674;
  v = v * r + 39307.89580009271061;
  v = v * r + 21213.794301586595867;
  v = v * r + 5394.1960214247511077;
  v = v * r + 687.1870074920579083;
  v = v * r + 42.313330701600911252;
  v = v * r + 1;
  return v;
}
function nearNum(r: number): number {
  let v = 7.7454501427834140764e-4 * r + 0.0227238449892691845833;
  v = v * r + 0.24178072517745061177;
  v = v * r + 1.27045825245236838258;
  v = v * r + 3.64784832476320460504;
  v = v * r + 5.7694972214606914055;
  v = v * r + 4.6303378461565452959;
  v = v * r + 1.42343711074968357734;
  return v;
}
function nearDen(r: number): number {
  let v = 1.05075007164441684324e-9 * r + 5.475938084995344946e-4;
  v = v * r + 0.0151986665636164571966;
  v = v * r + 0.14810397642748007459;
  v = v * r + 0.68976733498510000455;
  v = v * r + 1.6763848301838038494;
  v = v * r + 2.05319162663775882187;
  v = v * r + 1;
  return v;
}
function farNum(r: number): number {
  let v = 2.01033439929228813265e-7 * r + 2.71155556874348757815e-5;
  v = v * r + 0.0012426609473880784386;
  v = v * r + 0.026532189526576123093;
  v = v * r + 0.29656057182850489123;
  v = v * r + 1.7848265399172913358;
  v = v * r + 5.4637849111641143699;
  v = v * r + 6.6579046435011037772;
  return v;
}
function farDen(r: number): number {
  let v = 2.04426310338993978564e-15 * r + 1.4215117583164458887e-7;
  v = v * r + 1.8463183175100546818e-5;
  v = v * r + 7.868691311456132591e-4;
  v = v * r + 0.0148753612908506148525;
  v = v * r + 0.13692988092273580531;
  v = v * r + 0.59983220655588793769;
  v = v * r + 1;
  return v;
}

/** Inverse of the standard normal distribution function for p in (0, 1). */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * centralNum(r)) / centralDen(r);
  }
  let r = q < 0 ? p : 1 - p;
  if (r <= 0) return q < 0 ? -Infinity : Infinity;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = nearNum(r) / nearDen(r);
  } else {
    r -= 5;
    value = farNum(r) / farDen(r);
  }
  return q < 0 ? -value : value;
}

/** Standard normal distribution function. */
export function normalCdf(x: number): number {
  const ax = Math.abs(x);
  let tail: number;
  if (ax > 37) {
    tail = 0;
  } else {
    const e = Math.exp(-0.5 * ax * ax);
    if (ax < 3.5) {
      let n = 3.52624965998911e-2 * ax + 0.700383064443688;
      n = n * ax + 6.37396220353165;
      n = n * ax + 33.912866078383;
      n = n * ax + 112.079291497871;
      n = n * ax + 221.213596169931;
      n = n * ax + 220.206867912376;
      let d = 8.83883476483184e-2 * ax + 1.75566716318264;
      d = d * ax + 16.064177579207;
      d = d * ax + 86.7807322029461;
      d = d * ax + 296.564248779674;
      d = d * ax + 637.333633378831;
      d = d * ax + 793.826512519948;
      d = d * ax + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let d = ax;
      for (let k = 60; k >= 1; k--) d = ax + k / d;
      tail = e / d / 2.5066282746310002;
    }
  }
  return x > 0 ? 1 - tail : tail;
}
