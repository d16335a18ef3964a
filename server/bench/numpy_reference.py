#!/usr/bin/env python3
"""NumPy/SciPy side of the engine benchmark (npm run bench:engine), run with one BLAS thread.

Reads one JSON request on stdin and prints one JSON answer on stdout:
  {"task": "types", "draws": N, "repeats": R, "cases": [{"name", "distribution": {...}}]}
      -> draws per CPU second of NumPy's own sampler for each case (median of R runs)
  {"task": "reference", "iterations": N, "chunk": C, "seed": S}
      -> the reference model: 10 inputs through a Gaussian copula, one output, statistics
  {"task": "mixed", "iterations": N, "chunk": C, "seed": S, "inputs": [...], "pearson": [[...]] | null}
      -> the mixed model: correlated (Gaussian copula, SciPy's ppf) or independent (NumPy samplers)
Every answer carries the process's peak RSS in bytes; model runs also their wall and CPU seconds.
"""
import json
import resource
import sys
import time

import numpy as np
from scipy import stats as st
from scipy.special import ndtr

PERCENTILES = np.array([1, 2.5, 5, 10, 20, 25, 50, 75, 80, 90, 95, 97.5, 99], dtype=np.float64)


def pert_ab(lo, mode, hi):
    return 1 + 4 * (mode - lo) / (hi - lo), 1 + 4 * (hi - mode) / (hi - lo)


def sampler(rng, d):
    """NumPy's own sampler for a distribution spec of the engine, same parameters."""
    t = d["type"]
    if t == "NORMAL":
        return lambda n: rng.normal(d["mean"], d["sd"], n)
    if t == "LOGNORMAL":
        return lambda n: rng.lognormal(d["mu"], d["sigma"], n)
    if t == "UNIFORM":
        return lambda n: rng.uniform(d["min"], d["max"], n)
    if t == "TRIANGULAR":
        return lambda n: rng.triangular(d["min"], d["mode"], d["max"], n)
    if t == "PERT":
        a, b = pert_ab(d["min"], d["mode"], d["max"])
        return lambda n: d["min"] + (d["max"] - d["min"]) * rng.beta(a, b, n)
    if t == "BETA":
        lo, hi = d.get("min", 0.0), d.get("max", 1.0)
        return lambda n: lo + (hi - lo) * rng.beta(d["alpha"], d["beta"], n)
    if t == "GAMMA":
        return lambda n: rng.gamma(d["shape"], d["scale"], n)
    if t == "EXPONENTIAL":
        return lambda n: rng.exponential(1 / d["rate"], n)
    if t == "WEIBULL":
        return lambda n: d["scale"] * rng.weibull(d["shape"], n)
    if t == "STUDENT_T":
        return lambda n: d.get("location", 0.0) + d.get("scale", 1.0) * rng.standard_t(d["df"], n)
    if t == "LOGISTIC":
        return lambda n: rng.logistic(d["location"], d["scale"], n)
    if t == "PARETO":
        # NumPy's pareto is the Lomax (Pareto II) distribution: shift by one and scale by x_m.
        return lambda n: d["scale"] * (1 + rng.pareto(d["shape"], n))
    if t == "BERNOULLI":
        return lambda n: rng.binomial(1, d["p"], n)
    if t == "BINOMIAL":
        return lambda n: rng.binomial(int(d["n"]), d["p"], n)
    if t == "POISSON":
        return lambda n: rng.poisson(d["lambda"], n)
    if t == "DISCRETE":
        values, ps = np.array(d["values"]), np.array(d["probabilities"])
        return lambda n: rng.choice(values, n, p=ps)
    if t == "CUSTOM":
        edges = np.array(d["bins"])
        cdf = np.concatenate(([0.0], np.cumsum(d["probabilities"])))
        return lambda n: np.interp(rng.random(n), cdf, edges)
    if t == "EMPIRICAL":
        data = np.array(d["data"])
        return lambda n: rng.choice(data, n)
    raise ValueError(f"unknown distribution {t}")


def frozen(d):
    """SciPy's distribution for a spec: its ppf is the inverse-CDF sampler the copula needs."""
    t = d["type"]
    if t == "GAMMA":
        return st.gamma(d["shape"], scale=d["scale"])
    if t == "BETA":
        lo, hi = d.get("min", 0.0), d.get("max", 1.0)
        return st.beta(d["alpha"], d["beta"], loc=lo, scale=hi - lo)
    if t == "PERT":
        a, b = pert_ab(d["min"], d["mode"], d["max"])
        return st.beta(a, b, loc=d["min"], scale=d["max"] - d["min"])
    if t == "STUDENT_T":
        return st.t(d["df"], loc=d.get("location", 0.0), scale=d.get("scale", 1.0))
    if t == "WEIBULL":
        return st.weibull_min(d["shape"], scale=d["scale"])
    if t == "EXPONENTIAL":
        return st.expon(scale=1 / d["rate"])
    if t == "LOGISTIC":
        return st.logistic(d["location"], d["scale"])
    if t == "PARETO":
        return st.pareto(d["shape"], scale=d["scale"])
    if t == "POISSON":
        return st.poisson(d["lambda"])
    if t == "BINOMIAL":
        return st.binom(int(d["n"]), d["p"])
    if t == "NORMAL":
        return st.norm(d["mean"], d["sd"])
    if t == "LOGNORMAL":
        return st.lognorm(d["sigma"], scale=np.exp(d["mu"]))
    raise ValueError(f"no copula marginal for {t}")


def summary(y):
    """The statistics the engine reports by default: moments, 13 percentiles, 50-bin histogram."""
    mean, std = float(y.mean()), float(y.std(ddof=1))
    pct = np.percentile(y, PERCENTILES)
    np.histogram(y, bins=50)
    return {"mean": mean, "std": std, "p1": float(pct[0]), "p50": float(pct[6]), "p99": float(pct[-1])}


def triangular_ppf(u, lo, mode, hi):
    split = (mode - lo) / (hi - lo)
    return np.where(u < split, lo + np.sqrt(u * (hi - lo) * (mode - lo)), hi - np.sqrt((1 - u) * (hi - lo) * (hi - mode)))


def reference_pearson():
    k = 10
    idx = np.arange(k)
    c = 0.6 ** np.abs(idx[:, None] - idx[None, :])
    c[0, 9] = c[9, 0] = -0.3
    c[2, 7] = c[7, 2] = 0.25
    return c


def reference_block(rng, factor, n):
    """One block of the reference model: correlated normals, then the ten marginals and y."""
    x = rng.standard_normal((n, 10)) @ factor.T
    x0 = 100 + 15 * x[:, 0]
    x1 = 50 + 5 * x[:, 1]
    x2 = np.exp(0.5 * x[:, 2])
    x3 = np.exp(1 + 0.25 * x[:, 3])
    x4 = triangular_ppf(ndtr(x[:, 4]), 0, 5, 10)
    x5 = triangular_ppf(ndtr(x[:, 5]), 1, 2, 4)
    x6 = ndtr(x[:, 6])
    x7 = 10 + 10 * ndtr(x[:, 7])
    x8 = x[:, 8]
    x9 = np.exp(2 + 0.1 * x[:, 9])
    return x0 * x2 + x1 * x3 - x4 * x5 / (1 + x6) + x7 * x9 / 10 + x8 * x8


def mixed_block(rng, inputs, factor, n):
    """One block of the mixed model; its formula is the one of the engine benchmark."""
    if factor is None:
        cols = [sampler(rng, i["distribution"])(n) for i in inputs]
    else:
        u = ndtr(rng.standard_normal((n, len(inputs))) @ factor.T)
        cols = [frozen(i["distribution"]).ppf(u[:, j]) for j, i in enumerate(inputs)]
    g, b, t, w, p, k, m, e, lg, pa = cols
    return g * b + t * w / 10 + p + k * m / 5 + e - lg + pa


def blocks(n, chunk, block):
    """Simulates in blocks of `chunk` rows (bounded memory) and keeps only the output."""
    y = np.empty(n)
    step = chunk if chunk > 0 else n
    for s in range(0, n, step):
        y[s:s + step] = block(min(step, n - s))
    return y


def main():
    req = json.load(sys.stdin)
    task = req["task"]
    if task == "types":
        out = {}
        for case in req["cases"]:
            draw = sampler(np.random.default_rng(1), case["distribution"])
            draw(req["draws"])
            times = []
            for _ in range(req["repeats"]):
                # CPU time of this process: one core's work, whatever the load of the machine.
                # Whole calls for at least 0.2 s, as on the engine's side, so one slow call
                # (a page fault, a timer tick) moves the figure less.
                start, calls = time.process_time(), 0
                while calls == 0 or time.process_time() - start < 0.2:
                    draw(req["draws"])
                    calls += 1
                times.append((time.process_time() - start) / calls)
            out[case["name"]] = req["draws"] / float(np.median(times))
        answer = {"drawsPerSecond": out}
    else:
        start, cpu = time.perf_counter(), time.process_time()
        rng = np.random.default_rng(req["seed"])
        if task == "reference":
            factor = np.linalg.cholesky(reference_pearson())
            y = blocks(req["iterations"], req["chunk"], lambda n: reference_block(rng, factor, n))
        elif task == "mixed":
            pearson = req["pearson"]
            factor = None if pearson is None else np.linalg.cholesky(np.array(pearson))
            y = blocks(req["iterations"], req["chunk"], lambda n: mixed_block(rng, req["inputs"], factor, n))
        else:
            raise ValueError(f"unknown task {task}")
        check = summary(y)
        answer = {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "check": check}
    answer["peakRss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(answer))


if __name__ == "__main__":
    main()
