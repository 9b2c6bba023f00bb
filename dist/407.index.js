export const id = 407;
export const ids = [407];
export const modules = {

/***/ 62452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ lookSchedule),
/* harmony export */   t5: () => (/* binding */ lookAt)
/* harmony export */ });
/* unused harmony exports BLOCK, FIRST_LOOK, SPENDING_RHO, spent */
/**
 * Sequential stopping: when a run may look at its data after every block and stop as soon as the answer is
 * clear, every look is another chance of a false alarm. The looks are paid for by alpha spending (Lan & DeMets,
 * "Discrete sequential boundaries for clinical trials", Biometrika 70:659–663, 1983): a spending function a(t),
 * rising from a(0) = 0 to a(1) = α over the information fraction t = n / N (n repetitions per side so far, N the
 * most a run may take), gives look j the share a(t_j) − a(t_{j−1}). Each look's test runs at its share, so by the
 * union bound (Bonferroni) the chance of a false alarm at any look is at most Σ shares = a(1) = α, whatever the
 * correlation between the looks and however few degrees of freedom each look's t statistic has. Exact
 * group-sequential boundaries (Jennison & Turnbull, "Group Sequential Methods", 2000, ch. 7) spend the same α less
 * conservatively, but need the joint law of the looks' t statistics, which with an estimated variance and a
 * handful of repetitions is itself an approximation; the union bound keeps the promise exactly.
 *
 * The same spending pays for early passes. A pass says "whatever the change is, it is below the threshold"; its
 * error, a false pass, is passing a metric whose change is as large as its threshold. Each look tests that at its
 * share of the false-pass rate β (`statistics.false-pass-rate`, default 5%), so by the same union bound a metric
 * whose change sits on its threshold passes at some look with probability at most β. Stopping for a pass only ever
 * ends a run before a later look could call a regression, so it cannot raise the false-alarm rate (a non-binding
 * futility bound, Jennison & Turnbull ch. 7.2): the two promises hold together.
 *
 * The spending function is the power family a(t) = α·t^ρ (Kim & DeMets, Biometrika 74:149–154, 1987); ρ was
 * chosen with `npm run bench` (docs/statistics.md): large enough that the final look keeps most of α, small enough
 * that a clear case can stop early. Looks come after every block (2 repetitions per side: A B B A), the first
 * once there are FIRST_LOOK repetitions per side (fewer leave a t statistic with too few degrees of freedom to
 * decide anything at a small share of α).
 *
 * Pure: numbers in, numbers out.
 */
/** Repetitions per side that one block (A B B A) adds. */
const BLOCK = 4;
/** The first look, in repetitions per side. */
const FIRST_LOOK = 4;
/** Exponent of the power spending function a(t) = α·t^ρ. */
const SPENDING_RHO = 3;
/** α spent by information fraction t ∈ [0, 1]. */
function spent(alpha, t) {
    if (t <= 0)
        return 0;
    if (t >= 1)
        return alpha;
    return alpha * t ** SPENDING_RHO;
}
/** The looks a run with at most `max` repetitions per side takes: every block from FIRST_LOOK, and at `max`. */
function lookSchedule(max) {
    const looks = [];
    for (let n = Math.min(FIRST_LOOK, max); n < max; n += BLOCK)
        looks.push(n);
    looks.push(max);
    return looks;
}
/**
 * The look at `n` repetitions per side of a run with the family-wise false-alarm rate `alpha` and the false-pass
 * rate `passRate`.
 */
function lookAt(alpha, n, max, passRate) {
    if (max === null)
        return {
            repetitions: n,
            maxRepetitions: null,
            index: 1,
            looks: 1,
            alpha,
            passAlpha: passRate,
            scheduled: true,
        };
    const schedule = lookSchedule(max);
    const last = Math.min(n, max);
    const previous = schedule.filter((l) => l < last).at(-1) ?? 0;
    const index = schedule.filter((l) => l < last).length + 1;
    return {
        repetitions: n,
        maxRepetitions: max,
        index,
        looks: schedule.length,
        alpha: spent(alpha, last / max) - spent(alpha, previous / max),
        passAlpha: spent(passRate, last / max) - spent(passRate, previous / max),
        scheduled: schedule.includes(n),
    };
}


/***/ }),

/***/ 20110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ compareResults)
});

// EXTERNAL MODULE: ./src/config/thresholds.ts
var thresholds = __webpack_require__(40036);
;// CONCATENATED MODULE: ./src/compare/stats.ts
/**
 * Pure statistics for the compare stage. No I/O.
 *
 * The interval of a difference of means is Welch's (unequal variances, Welch–Satterthwaite degrees of freedom);
 * Student's t quantiles come from the regularized incomplete beta function, evaluated by its continued fraction
 * (Abramowitz & Stegun 26.5.8, 26.7.1) and inverted by bisection, which is exact enough and cannot diverge.
 */
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
/** Sample variance (n − 1 denominator). */
function variance(xs) {
    const m = mean(xs);
    return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}
function geometricMean(xs) {
    return Math.exp(mean(xs.map(Math.log)));
}
/** log Γ(x) for x > 0, Lanczos approximation (g = 7, n = 9), about 15 significant digits. */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(x, a, b)) / a;
    return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
function betaContinuedFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional). */
function studentTCdf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The t such that P(T ≤ t) = p. */
function studentTQuantile(p, df) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
    if (p === 0.5)
        return 0;
    // Bracket by doubling from ±1 (quantiles of interest are far below 1e6), then Newton's method on the CDF
    // (its derivative is the density), kept inside the bracket: a step that leaves it bisects instead.
    let lo = -1;
    let hi = 1;
    while (studentTCdf(lo, df) > p && lo > -1e6)
        lo *= 2;
    while (studentTCdf(hi, df) < p && hi < 1e6)
        hi *= 2;
    const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    const density = (t) => Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
    let t = (lo + hi) / 2;
    for (let i = 0; i < 200; i++) {
        const f = studentTCdf(t, df) - p;
        if (f === 0)
            return t;
        if (f < 0)
            lo = t;
        else
            hi = t;
        let next = t - f / density(t);
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t)))
            return next;
        t = next;
    }
    return t;
}
/**
 * Two-sided `confidence` interval of mean(current) − mean(baseline) by Welch's t. Both sides need two or more
 * observations. With no spread on either side the difference is exact and the interval is that point.
 */
function welchInterval(baseline, current, confidence) {
    if (baseline.length < 2 || current.length < 2)
        throw new RangeError('Welch interval needs two observations per side');
    const vb = variance(baseline) / baseline.length;
    const vc = variance(current) / current.length;
    const estimate = mean(current) - mean(baseline);
    const se = Math.sqrt(vb + vc);
    if (se === 0)
        return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity };
    const df = (vb + vc) ** 2 / (vb ** 2 / (baseline.length - 1) + vc ** 2 / (current.length - 1));
    const t = tQuantile(1 - (1 - confidence) / 2, df);
    return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df };
}
/**
 * Two-sided `confidence` interval of mean(current − baseline) over pairs taken at the same time (a paired t
 * interval: the one-sample t interval of the differences, n − 1 degrees of freedom). Needs two or more pairs.
 */
function pairedInterval(differences, confidence) {
    if (differences.length < 2)
        throw new RangeError('a paired interval needs two pairs');
    const estimate = mean(differences);
    const se = Math.sqrt(variance(differences) / differences.length);
    if (se === 0)
        return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity };
    const df = differences.length - 1;
    const t = tQuantile(1 - (1 - confidence) / 2, df);
    return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df };
}
const quantileMemo = new Map();
/**
 * Student's t quantile that also accepts df = Infinity (the normal quantile). Memoized: a run's looks ask for the
 * same few (p, df) again and again, and each bisection costs a few hundred incomplete-beta evaluations.
 */
function tQuantile(p, df) {
    const key = `${p}|${df}`;
    let q = quantileMemo.get(key);
    if (q === undefined) {
        q = Number.isFinite(df) ? studentTQuantile(p, df) : normalQuantile(p);
        if (quantileMemo.size > 10_000)
            quantileMemo.clear();
        quantileMemo.set(key, q);
    }
    return q;
}
/**
 * The regularized lower incomplete gamma function P(a, x): its series for x < a + 1, else 1 − the continued
 * fraction of Q(a, x) (Abramowitz & Stegun 6.5.29 and 6.5.31), both converging to double precision.
 */
function lowerGammaP(a, x) {
    if (x <= 0)
        return 0;
    const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 500; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-16)
                break;
        }
        return front * sum;
    }
    // Lentz's method for the continued fraction of Q(a, x).
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 500; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return 1 - front * h;
}
/** Φ(z), the standard normal CDF: erf(x) = P(1/2, x²), so Φ(z) = (1 ± P(1/2, z²/2)) / 2. */
function normalCdf(z) {
    const half = 0.5 * lowerGammaP(0.5, (z * z) / 2);
    return z >= 0 ? 0.5 + half : 0.5 - half;
}
/** The z such that Φ(z) = p, by bisection (monotone, cannot diverge). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
    if (p === 0.5)
        return 0;
    // Beyond 0.5 the tail form keeps precision for p near 1.
    if (p > 0.5)
        return -normalQuantile(1 - p);
    let lo = -40;
    let hi = 0;
    for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
        const mid = (lo + hi) / 2;
        if (normalCdf(mid) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/compare/decide.ts
/**
 * One metric of one scenario: its interval, its verdict at this look, and the smallest change it could have
 * caught. Pure: no I/O.
 */


/** The power the minimum detectable effect is stated at: the change caught in 90% of runs. */
const MDE_POWER = 0.9;
/**
 * `confidence`: two-sided, of the interval that must exclude zero for a regression (its share of the false-alarm
 * rate); `passConfidence`: one-sided, of the bound that must stay below the threshold for a pass (its share of the
 * false-pass rate). A metric cannot be both: a regression needs the estimate past the threshold, a pass its bound
 * below it.
 */
function decide(c, confidence, passConfidence) {
    const info = thresholds/* METRIC_INFO */.mp[c.metric];
    const logScale = info.scale === 'relative' && [...c.base, ...c.cur].every((x) => x > 0);
    const summarize = (xs) => (xs.length === 0 ? null : logScale ? geometricMean(xs) : mean(xs));
    const out = {
        scenario: c.scenario,
        metric: c.metric,
        unit: info.unit,
        baseline: summarize(c.base),
        current: summarize(c.cur),
        change: null,
        changeKind: info.scale,
        interval: null,
        confidence,
        passBound: null,
        passConfidence,
        verdict: c.threshold ? 'inconclusive' : 'info',
        threshold: (0,thresholds/* formatThreshold */.B6)(c.threshold),
        reason: c.blocked ?? (c.threshold ? null : 'not gated'),
        repetitions: { baseline: c.base.length, current: c.cur.length },
        design: c.pairs ? 'paired' : 'independent',
        mde: null,
    };
    if (c.base.length < 2 || c.cur.length < 2)
        return out;
    const interval = (f) => c.pairs
        ? pairedInterval(c.pairs.map((g) => mean(g.cur.map(f)) - mean(g.base.map(f))), confidence)
        : welchInterval(c.base.map(f), c.cur.map(f), confidence);
    // Mirror `down` metrics (throughput) so that "worse" is always "greater".
    const sign = info.worse === 'up' ? 1 : -1;
    // One-sided error of each side of the interval, and the threshold on the analysis scale.
    const tail = (1 - confidence) / 2;
    let toChange;
    let iv;
    let thresholdOnScale = null;
    if (logScale) {
        iv = interval(Math.log);
        toChange = Math.expm1;
        if (c.threshold)
            thresholdOnScale = Math.log1p(sign * c.threshold.value);
    }
    else {
        // A relative metric with zeros (an idle proxy) falls back to the difference over the baseline mean.
        const scale = info.scale === 'relative' ? mean(c.base) : 1;
        if (scale === 0) {
            out.reason ??= 'baseline is zero: no relative change';
            out.verdict = c.threshold ? 'inconclusive' : 'info';
            return out;
        }
        iv = interval((x) => x / scale);
        toChange = (x) => x;
        if (c.threshold)
            thresholdOnScale = sign * c.threshold.value;
    }
    const [estimate, lo, hi] = [toChange(iv.estimate), toChange(iv.lo), toChange(iv.hi)];
    out.change = estimate;
    out.interval = [lo, hi];
    out.mde = minimumDetectable(iv, tail, thresholdOnScale, sign, toChange);
    // The pass bound, on the worse side of the estimate: estimate + t₁₋β·se in the worse direction.
    const passReach = iv.se === 0 ? 0 : tQuantile(passConfidence, iv.df) * iv.se;
    out.passBound = toChange(iv.estimate + sign * passReach);
    if (!c.threshold || c.blocked)
        return out;
    const [wEstimate, wLo, wPass, wThreshold] = [
        sign * estimate,
        Math.min(sign * lo, sign * hi),
        sign * out.passBound,
        sign * c.threshold.value,
    ];
    if (wLo > 0 && wEstimate >= wThreshold)
        out.verdict = 'regression';
    else if (wPass < wThreshold)
        out.verdict = 'pass';
    else {
        out.verdict = 'inconclusive';
        out.reason =
            wLo > 0
                ? 'a real change, but the data cannot tell whether it passes the threshold'
                : 'the interval is too wide to tell: more repetitions or less noise needed';
    }
    return out;
}
/**
 * A change δ (worse direction, analysis scale) is called a regression when the estimate is past the threshold
 * and the interval's lower end is above zero: estimate ≥ max(threshold, t₁₋ₐ·se). The estimate scatters around δ
 * with standard error se, so it clears that bar in 90% of runs when δ = max(threshold, t₁₋ₐ·se) + t₀.₉·se (the
 * usual power approximation with the t quantiles of the look's degrees of freedom; Cohen, "Statistical Power
 * Analysis", 1988, ch. 2). Without a threshold: the smallest change whose interval excludes zero 90% of the time.
 */
function minimumDetectable(iv, tail, thresholdOnScale, sign, toChange) {
    const bar = iv.se === 0 ? 0 : tQuantile(1 - tail, iv.df) * iv.se;
    const delta = Math.max(thresholdOnScale ?? 0, bar) + (iv.se === 0 ? 0 : tQuantile(MDE_POWER, iv.df) * iv.se);
    return toChange(sign * delta);
}

;// CONCATENATED MODULE: ./src/compare/design.ts
/** Milliseconds since the epoch of a Fortio StartTime, or null when missing or unreadable. */
function startMillis(startTime) {
    if (!startTime)
        return null;
    // Go writes up to nine fractional digits ("…:28.857554488Z", "…58.895472681-07:00"); Date takes three.
    const trimmed = startTime.trim().replace(/(\.\d{3})\d+/, '$1');
    const ms = Date.parse(trimmed);
    return Number.isFinite(ms) ? ms : null;
}
/** Pair members further apart than this many positions in time order are not neighbours. */
const MAX_PAIR_GAP = 3;
/** Pair members started further apart than this were not measured in one run. */
const MAX_PAIR_SECONDS = 1800;
/**
 * Pairs the sides when they interleave. In time order, each repetition pairs with the nearest earlier unpaired
 * repetition of the other side (matched like brackets): A B B A gives (A₁ B₁) (B₂ A₂); the longer segments of
 * A A B B B B A A give (A₂ B₁) (A₁ B₂) (B₄ A₃) (B₃ A₄), each pair symmetric around a switch. Pairs around one
 * switch form a group: under slow drift their differences are strongly correlated (they share the switch), so the
 * group's mean difference, not each pair, is one independent observation of the change. The design is
 * paired when every repetition has a partner at most MAX_PAIR_GAP positions and MAX_PAIR_SECONDS away; two runs
 * one after the other (A A A B B B) fail that, and so do sides of unequal size.
 */
function pairByTime(baseline, current) {
    const independent = (reason) => ({ design: 'independent', groups: [], reason });
    if (baseline.length !== current.length)
        return independent(`unequal repetitions (baseline ${baseline.length}, current ${current.length})`);
    if (baseline.length < 2)
        return independent('fewer than 2 repetitions per side');
    const timed = [
        ...baseline.map((r, i) => ({ side: 0, i, t: startMillis(r.startTime) })),
        ...current.map((r, i) => ({ side: 1, i, t: startMillis(r.startTime) })),
    ];
    if (timed.some((x) => x.t === null))
        return independent('start times are missing');
    const sorted = timed
        .map((x) => ({ ...x, t: x.t }))
        .sort((a, b) => a.t - b.t)
        .map((x, position) => ({ ...x, position }));
    const open = [];
    const groups = [];
    for (const x of sorted) {
        const top = open.at(-1);
        if (!top || top.side === x.side) {
            open.push(x);
            continue;
        }
        open.pop();
        if (x.position - top.position > MAX_PAIR_GAP || x.t - top.t > MAX_PAIR_SECONDS * 1000)
            return independent('the sides were not measured interleaved in time');
        const pair = top.side === 0 ? [top.i, x.i] : [x.i, top.i];
        // Adjacent: a new switch. Otherwise the pair encloses the one made last, around the same switch.
        if (x.position - top.position === 1)
            groups.push([pair]);
        else
            groups.at(-1).push(pair);
    }
    if (groups.length < 2)
        return independent('fewer than 2 switches between the sides');
    return { design: 'paired', groups, reason: null };
}

;// CONCATENATED MODULE: ./src/compare/fingerprint.ts
function checkFingerprints(baseline, current) {
    const refused = [];
    const flagged = [];
    const a = baseline.fingerprint;
    const b = current.fingerprint;
    const differ = (label, x, y, into) => {
        if (JSON.stringify(x) !== JSON.stringify(y))
            into.push(`${label}: baseline ${show(x)}, current ${show(y)}`);
    };
    differ('mesh', a.mesh?.name ?? null, b.mesh?.name ?? null, refused);
    differ('mesh version', a.mesh?.version ?? null, b.mesh?.version ?? null, flagged);
    differ('mesh profile', a.mesh?.profile ?? null, b.mesh?.profile ?? null, flagged);
    differ('Kubernetes version', a.kubernetesVersion, b.kubernetesVersion, flagged);
    differ('node image', a.nodeImage, b.nodeImage, flagged);
    differ('runner', `${a.runner.os}/${a.runner.arch}`, `${b.runner.os}/${b.runner.arch}`, flagged);
    differ('Fortio version', a.fortio.version, b.fortio.version, flagged);
    differ('Fortio flags', a.fortio.flags, b.fortio.flags, refused);
    const baseScenarios = new Map(baseline.scenarios.map((s) => [s.name, s.settings]));
    for (const s of current.scenarios) {
        const base = baseScenarios.get(s.name);
        if (!base)
            continue;
        for (const key of ['protocol', 'qps', 'connections', 'durationSeconds', 'payloadBytes']) {
            differ(`scenario '${s.name}' ${key}`, base[key], s.settings[key], refused);
        }
    }
    return { refused, flagged };
}
function show(x) {
    return x === null || x === undefined ? '(unknown)' : typeof x === 'string' ? x : JSON.stringify(x);
}

// EXTERNAL MODULE: ./src/results/histogram.ts
var histogram = __webpack_require__(97528);
;// CONCATENATED MODULE: ./src/compare/observations.ts
/**
 * Turns a scenario's results into per-repetition observations of each metric: the data the statistics use.
 * Each repetition (or resource sample) is one observation, because repetitions, not requests, are independent
 * draws of the run-to-run noise that decides whether a change is real.
 */


const LATENCY_PERCENTILE = {
    'latency-p50': 50,
    'latency-p90': 90,
    'latency-p99': 99,
    'latency-p999': 99.9,
};
function observations(scenario, metric) {
    return observationsByRepetition(scenario, metric).map((o) => o.value);
}
/** The observations with their repetitions, so that a paired analysis can match them across the sides. */
function observationsByRepetition(scenario, metric) {
    const perRepetition = (f) => scenario.repetitions.map((r, i) => ({ value: f(r), repetition: i }));
    const p = LATENCY_PERCENTILE[metric];
    if (p !== undefined) {
        return perRepetition((r) => 1000 * (r.latency.percentiles[String(p)] ?? (0,histogram/* percentile */.Ym)(r.latency.histogram, p)));
    }
    switch (metric) {
        case 'error-rate':
            return perRepetition((r) => (r.requests === 0 ? 100 : (100 * r.errors) / r.requests));
        case 'qps':
            return perRepetition((r) => r.actualQps);
        case 'proxy-cpu':
            return perMeshedPod(scenario.resources, 'cpuMillicores');
        case 'proxy-memory':
            return perMeshedPod(scenario.resources, 'memoryMiB');
    }
    throw new Error(`no observations defined for ${metric} (${thresholds/* METRIC_INFO */.mp[metric].unit})`);
}
/** The pooled value over all repetitions (latencies from the merged histogram), for the report's columns. */
function pooled(scenario, metric) {
    const p = LATENCY_PERCENTILE[metric];
    if (p !== undefined) {
        const merged = mergeHistograms(scenario.repetitions.map((r) => r.latency.histogram));
        return merged.count === 0 ? null : 1000 * percentile(merged, p);
    }
    if (metric === 'error-rate') {
        const requests = scenario.repetitions.reduce((a, r) => a + r.requests, 0);
        const errors = scenario.repetitions.reduce((a, r) => a + r.errors, 0);
        return requests === 0 ? null : (100 * errors) / requests;
    }
    const xs = observations(scenario, metric);
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}
/**
 * Data-plane cost per meshed pod in one sample: sidecar proxies plus node-level agents (ztunnel, cilium-agent...)
 * amortised over the meshed pods. A meshed pod is one with a sidecar; with no sidecars at all (ambient, Cilium),
 * the app pods are the ones the node-level data plane serves.
 */
function perMeshedPod(samples, field) {
    const out = [];
    for (const s of samples) {
        const dataPlane = s.containers.filter((c) => c.role !== 'app');
        if (dataPlane.length === 0)
            continue;
        const proxyPods = new Set(s.containers.filter((c) => c.role === 'proxy').map((c) => `${c.namespace}/${c.pod}`));
        const appPods = new Set(s.containers.filter((c) => c.role === 'app').map((c) => `${c.namespace}/${c.pod}`));
        const meshedPods = proxyPods.size > 0 ? proxyPods.size : appPods.size;
        if (meshedPods === 0)
            continue;
        out.push({ value: dataPlane.reduce((a, c) => a + c[field], 0) / meshedPods, repetition: s.repetition });
    }
    return out;
}

// EXTERNAL MODULE: ./src/compare/sequential.ts
var sequential = __webpack_require__(62452);
;// CONCATENATED MODULE: ./src/compare/verdict.ts






function compareResults(baseline, current, config, options = {}) {
    const fingerprint = checkFingerprints(baseline, current);
    // How the head was measured (the baseline of a same-run pair was measured alike).
    const notes = [...(current.notes ?? [])];
    const baseByName = new Map(baseline.scenarios.map((s) => [s.name, s]));
    const currentNames = new Set(current.scenarios.map((s) => s.name));
    for (const s of baseline.scenarios) {
        if (!currentNames.has(s.name))
            notes.push(`Scenario '${s.name}' is in the baseline only: not compared.`);
    }
    const matched = [];
    for (const cur of current.scenarios) {
        const base = baseByName.get(cur.name);
        if (base)
            matched.push([base, cur]);
        else
            notes.push(`Scenario '${cur.name}' has no baseline: not compared.`);
    }
    const alpha = config.falseAlarmRate;
    const maxRepetitions = options.maxRepetitions ?? null;
    const share = alpha / Math.max(options.scenarioCount ?? matched.length, 1);
    const metrics = [];
    const scenarios = [];
    let gatedTests = 0;
    for (const [base, cur] of matched) {
        const one = compareScenario(base, cur, config, share, maxRepetitions ?? cur.maxRepetitions ?? null);
        if (one.saturated)
            notes.push(one.saturated);
        if (one.look.look.scheduled === false)
            notes.push(`Scenario '${cur.name}': a look at ${one.look.look.repetitions} repetitions per side is off the schedule (every block from 4 to ${one.look.look.maxRepetitions}); the false-alarm rate holds for scheduled looks.`);
        metrics.push(...one.metrics);
        scenarios.push(one.look);
        gatedTests += one.gatedTests;
    }
    const gated = metrics.filter((m) => m.verdict !== 'info');
    // A scenario on one side only (removed or renamed) was not checked: that cannot make the run a pass.
    const unmatched = matched.length !== baseline.scenarios.length || matched.length !== current.scenarios.length;
    let verdict = 'pass';
    if (gated.some((m) => m.verdict === 'regression'))
        verdict = 'regression';
    else if (unmatched || gated.length === 0 || gated.some((m) => m.verdict === 'inconclusive'))
        verdict = 'inconclusive';
    if (gated.length === 0)
        notes.push('No gated metric could be compared: the verdict is inconclusive, not a pass.');
    return {
        verdict,
        metrics,
        confidence: scenarios.length > 0 ? Math.min(...scenarios.map((s) => s.confidence)) : 1 - 2 * alpha,
        falseAlarmRate: alpha,
        falsePassRate: config.falsePassRate,
        gatedTests,
        design: scenarios.length > 0 && scenarios.every((s) => s.design === 'paired') ? 'paired' : 'independent',
        scenarios,
        next: scenarios.every((s) => s.next === null)
            ? null
            : verdict !== 'regression' && scenarios.some((s) => s.next === 'continue')
                ? 'continue'
                : 'stop',
        fingerprint,
        notes,
    };
}
function compareScenario(base, cur, config, alpha, maxRepetitions) {
    const saturated = saturation(base, cur);
    const pairing = pairByTime(base.repetitions, cur.repetitions);
    const candidates = [];
    for (const metric of thresholds/* METRICS */.Cb) {
        const threshold = thresholdFor(config, cur.name, metric);
        const b = observationsByRepetition(base, metric);
        const c = observationsByRepetition(cur, metric);
        if (b.length === 0 && c.length === 0)
            continue; // metric not measured at all (e.g. no resource samples)
        let blocked = null;
        if (b.length < 2 || c.length < 2) {
            blocked = `needs at least 2 observations per side (baseline ${b.length}, current ${c.length})`;
        }
        else if (saturated && metric.startsWith('latency-')) {
            blocked = 'saturated run: latencies suffer coordinated omission';
        }
        candidates.push({
            scenario: cur.name,
            metric,
            threshold,
            base: b.map((o) => o.value),
            cur: c.map((o) => o.value),
            pairs: pairing.design === 'paired' ? pairUp(b, c, pairing.groups) : null,
            blocked,
        });
    }
    // A metric whose observations are one and the same value on both sides (an error rate of 0 against 0) is
    // decided exactly and can never raise a false alarm, so it takes no share of the false-alarm budget.
    const gatedTests = candidates.filter((c) => c.threshold && !c.blocked && !constantAndEqual(c)).length;
    const n = Math.min(base.repetitions.length, cur.repetitions.length);
    const look = (0,sequential/* lookAt */.t5)(alpha, n, maxRepetitions, config.falsePassRate);
    // Each one-sided error of each gated test gets (this look's share)/k: all of them together stay within it.
    const confidence = 1 - (2 * look.alpha) / Math.max(gatedTests, 1);
    const metrics = candidates.map((c) => decide(c, confidence, 1 - look.passAlpha));
    const gated = metrics.filter((m) => m.verdict !== 'info');
    const designReason = pairing.reason;
    const stop = (why) => ({ next: 'stop', why });
    let decision;
    const undecided = gated.filter((m) => m.verdict === 'inconclusive');
    const where = `after ${n} repetitions per side`;
    if (gated.some((m) => m.verdict === 'regression'))
        decision = stop(`a regression is established ${where}`);
    else if (gated.length > 0 && undecided.length === 0)
        decision = stop(`every gated metric passes ${where}`);
    else if (maxRepetitions === null)
        decision = stop(`fixed design: ${n} repetitions per side`);
    else if (n >= maxRepetitions)
        decision = stop(`the maximum of ${maxRepetitions} repetitions per side is reached, still inconclusive`);
    else if (gated.length > 0 && undecided.every((m) => m.reason?.startsWith('saturated')))
        decision = stop(`saturated ${where}: more repetitions cannot make its latencies comparable`);
    else
        decision = {
            next: 'continue',
            why: `inconclusive ${where} (${undecided.map((m) => m.metric).join(', ') || 'no gated metric yet'}); up to ${maxRepetitions} allowed`,
        };
    return {
        metrics,
        gatedTests,
        saturated,
        look: {
            scenario: cur.name,
            design: pairing.design,
            designReason,
            look,
            confidence,
            next: maxRepetitions === null ? null : decision.next,
            why: decision.why,
        },
    };
}
/** The observations of the paired groups; null when any observation has no partner (resource samples). */
function pairUp(base, cur, groups) {
    const byRep = (xs) => new Map(xs.map((o) => [o.repetition, o.value]));
    const [b, c] = [byRep(base), byRep(cur)];
    const out = [];
    let used = 0;
    for (const [i, j] of groups.flat()) {
        const [x, y] = [b.get(i), c.get(j)];
        if (x === undefined || y === undefined)
            return null;
        out.push({ base: [x], cur: [y] });
        used++;
    }
    return out.length >= 2 && used === base.length && used === cur.length ? out : null;
}
function constantAndEqual(c) {
    const first = c.base[0];
    return [...c.base, ...c.cur].every((x) => x === first);
}
function thresholdFor(config, scenario, metric) {
    const perScenario = config.scenarioThresholds[scenario];
    if (perScenario && metric in perScenario)
        return perScenario[metric] ?? null;
    return config.thresholds[metric] ?? null;
}
function saturation(base, cur) {
    const sides = [
        ['baseline', base],
        ['current', cur],
    ];
    const parts = sides
        .map(([side, s]) => {
        const n = s.repetitions.filter((r) => r.saturated).length;
        return n > 0 ? `${n} of ${s.repetitions.length} ${side} repetitions` : null;
    })
        .filter((x) => x !== null);
    if (parts.length === 0)
        return null;
    return `Scenario '${cur.name}' is saturated (${parts.join(', ')} reached less than 95% of the requested QPS): its latencies are not compared.`;
}


/***/ }),

/***/ 33334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63118);
/**
 * Glob matching for `config-paths`, the way actions users write them, with minimatch (the matcher of
 * @actions/glob): `*` within a path segment, `**` across segments, `?` one character, `{a,b}` alternatives; dot
 * files match like any other. The one rule of ours: a pattern without glob characters that names a folder matches
 * everything below it (`mesh` = `mesh/**`), as a path filter reads.
 */

const OPTIONS = { dot: true, nonegate: true, nocomment: true };
function matchesAny(path, globs) {
    return globs.some((g) => {
        const pattern = g.replace(/^\.\//, '').replace(/\/$/, '');
        if (!/[*?{[]/.test(pattern))
            return path === pattern || path.startsWith(`${pattern}/`);
        return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, pattern, OPTIONS);
    });
}


/***/ }),

/***/ 40036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   M8: () => (/* binding */ isMetricName),
/* harmony export */   mp: () => (/* binding */ METRIC_INFO)
/* harmony export */ });
/**
 * Metric names, their units and direction, and the threshold syntax: `+10%` (relative), `+0.1pt` (absolute, in
 * the metric's own unit of percent, for the error rate), `-5%` (a drop, for throughput), `off` (not gated).
 */
const METRICS = [
    'latency-p50',
    'latency-p90',
    'latency-p99',
    'latency-p999',
    'error-rate',
    'qps',
    'proxy-cpu',
    'proxy-memory',
];
const METRIC_INFO = {
    'latency-p50': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p90': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p99': { unit: 'ms', worse: 'up', scale: 'relative' },
    'latency-p999': { unit: 'ms', worse: 'up', scale: 'relative' },
    'error-rate': { unit: '%', worse: 'up', scale: 'absolute' },
    qps: { unit: 'qps', worse: 'down', scale: 'relative' },
    'proxy-cpu': { unit: 'millicores', worse: 'up', scale: 'relative' },
    'proxy-memory': { unit: 'MiB', worse: 'up', scale: 'relative' },
};
/** Defaults from the issue: p99 +10%, CPU +15%, memory +10%, error rate +0.1 pt; the rest is shown, not gated. */
const DEFAULT_THRESHOLDS = {
    'latency-p99': { kind: 'relative', value: 0.1 },
    'proxy-cpu': { kind: 'relative', value: 0.15 },
    'proxy-memory': { kind: 'relative', value: 0.1 },
    'error-rate': { kind: 'absolute', value: 0.1 },
};
function isMetricName(name) {
    return METRICS.includes(name);
}
/**
 * Parses one threshold for `metric`. Returns null for `off`; an error message (not thrown) for a bad value, so
 * that the caller can name where it came from (a config path or an action input).
 */
function parseThreshold(metric, text) {
    const info = METRIC_INFO[metric];
    const value = text.trim();
    if (value === 'off' || value === 'none')
        return null;
    const sign = info.worse === 'up' ? '+' : '-';
    if (info.scale === 'absolute') {
        const m = /^\+(\d+(?:\.\d+)?)pt$/.exec(value);
        if (!m)
            return { error: `expected percentage points like "+0.1pt" (or "off"), got "${value}"` };
        return { kind: 'absolute', value: Number(m[1]) };
    }
    const m = new RegExp(`^\\${sign}(\\d+(?:\\.\\d+)?)%$`).exec(value);
    if (!m || Number(m[1]) === 0) {
        return { error: `expected a percentage like "${sign}10%" (or "off"), got "${value}"` };
    }
    return { kind: 'relative', value: (sign === '+' ? 1 : -1) * (Number(m[1]) / 100) };
}
function formatThreshold(t) {
    if (!t)
        return 'not gated';
    if (t.kind === 'absolute')
        return `+${t.value}pt`;
    // ASCII signs, so the text parses back as a threshold.
    return `${t.value > 0 ? '+' : '-'}${+(Math.abs(t.value) * 100).toFixed(2)}%`;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ MeasurementError),
/* harmony export */   Ny: () => (/* binding */ ioReason),
/* harmony export */   Sq: () => (/* binding */ UnverifiedDownloadError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g5: () => (/* binding */ failureOf),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   n6: () => (/* binding */ describeIssue),
/* harmony export */   qJ: () => (/* binding */ isKnownFailure),
/* harmony export */   rU: () => (/* binding */ describeYamlError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Errors and what they mean for the user. Helpers throw; only the entry points (`cli/main.ts`, `main.ts`) decide how
 * the process ends, with `failureOf`: one message, without a stack trace, and the exit code that fits the failure.
 */
/** Bad input or usage: a file, field or option the user can fix. Exit code 2. */
class InputError extends Error {
    file;
    name = 'InputError';
    constructor(message, 
    /** The file the problem is in, when there is one. */
    file) {
        super(file ? `${file}: ${message}` : message);
        this.file = file;
    }
}
/** A download the gate cannot verify: no digest is pinned or given for it. Exit code 3. */
class UnverifiedDownloadError extends Error {
    name = 'UnverifiedDownloadError';
}
/** Measuring failed: the gate's workloads never became ready, Fortio or the data plane failed. Exit code 6. */
class MeasurementError extends Error {
    name = 'MeasurementError';
}
/** The exit codes of the CLI and the action (README "Exit codes"; action.yml). */
const ExitCode = {
    /** The gate passed. */
    Pass: 0,
    /** A regression, or an mTLS violation. */
    Fail: 1,
    /** Bad input or usage. */
    BadInput: 2,
    /** A download that could not be verified: checksum mismatch, no digest, or the download itself failed. */
    Unverified: 3,
    /** The cluster could not be created; the message says where the exported logs are. */
    ClusterCreate: 4,
    /** The mesh did not install, or never became ready. */
    MeshInstall: 5,
    /** Measuring failed: workloads not ready, Fortio failed. */
    Measurement: 6,
    /** A bug of the gate (EX_SOFTWARE of sysexits.h). */
    Internal: 70,
};
/**
 * The typed errors of the floors above, by their `name` (each sets it), so this foundation needs none of their
 * classes. An error that is none of these is a bug: "internal error", exit 70.
 */
const BY_NAME = {
    ChecksumMismatchError: { code: ExitCode.Unverified, what: 'download not verified' },
    UnverifiedDownloadError: { code: ExitCode.Unverified, what: 'download not verified' },
    DownloadError: { code: ExitCode.Unverified, what: 'download failed' },
    ClusterCreateError: { code: ExitCode.ClusterCreate, what: 'cluster could not be created' },
    MeshInstallError: { code: ExitCode.MeshInstall, what: 'mesh install failed' },
    MeasurementError: { code: ExitCode.Measurement, what: 'measurement failed' },
    LoadError: { code: ExitCode.Measurement, what: 'measurement failed' },
};
/** What a thrown error means for the user. */
function failureOf(e) {
    const error = e instanceof Error ? e : new Error(String(e));
    if (error instanceof InputError)
        return { exitCode: ExitCode.BadInput, message: error.message, logsDir: null };
    const known = BY_NAME[error.name];
    if (!known)
        return { exitCode: ExitCode.Internal, message: `internal error: ${error.message}`, logsDir: null };
    const logsDir = error.logsDir;
    return {
        exitCode: known.code,
        message: `${known.what}: ${error.message}`,
        logsDir: typeof logsDir === 'string' ? logsDir : null,
    };
}
/** True for an error the entry points can name (not a bug): a stage passes those on unwrapped. */
function isKnownFailure(e) {
    return failureOf(e).exitCode !== ExitCode.Internal;
}
/** Formats a zod issue path the way users write it in YAML/JSON: `scenarios[0].qps`. */
/** Why a file could not be read, as users search for it: the system's error code (ENOENT, EACCES), else the message. */
function ioReason(e) {
    return e.code ?? e.message;
}
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out || '(root)';
}
/** A zod issue as users read it: `field 'scenarios[0].qps' in gate.yaml: expected a number, got a string`. */
function describeIssue(issue, source) {
    const where = issue.path.length === 0 ? source : `field '${formatPath(issue.path)}' in ${source}`;
    return `${where}: ${issueText(issue)}`;
}
const EXPECTED_WORDS = {
    record: 'a mapping (key: value)',
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
};
function issueText(issue) {
    // A key the schema does not have (a typo, usually): zod says 'Unrecognized key: "sidecar"'.
    if (issue.code === 'unrecognized_keys' && issue.keys?.length)
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    // An enum: zod says 'expected one of "published"|"pinned"'; the words a user types are plainer.
    if (issue.code === 'invalid_value' && issue.values?.length)
        return issue.values.length === 1
            ? `expected ${String(issue.values[0])}`
            : `expected one of ${issue.values.map(String).join(', ')}`;
    if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
        const got = /received (\w+)/.exec(issue.message)?.[1];
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        return `expected ${expected}${got ? `, got ${got === 'undefined' ? 'nothing' : `a${/^[aeiou]/.test(got) ? 'n' : ''} ${got}`}` : ''}`;
    }
    // zod's own words start with "Invalid input: expected ..."; the rest of its messages already say what is expected.
    return issue.message.replace(/^Invalid (input|option): /, '');
}
/**
 * A YAML parser error with its position and the offending line, not cut at "at line 3, column 1:" (the yaml
 * library puts the reason first, then the position, then a code frame).
 */
function describeYamlError(e) {
    const [first, ...frame] = e.message.split('\n');
    const reason = first.replace(/ at line \d+, column \d+:?$/, '');
    const at = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : '';
    const context = frame.filter((l) => l.trim() !== '');
    return `${at}${reason}${context.length ? `\n    ${context.join('\n    ')}` : ''}`;
}


/***/ }),

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/**
 * The narrow slice of GitHub's REST API that the action uses. `client.ts` implements it with Octokit; tests pass
 * fakes. Field names follow GitHub's payloads (snake_case) so that the fakes and the e2e stand-in can be checked
 * against `@octokit/openapi-types`.
 */
/** An error from the API with its HTTP status, as Octokit's RequestError carries it. */
function httpStatus(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : null;
}


/***/ }),

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ readBundle),
/* harmony export */   C1: () => (/* binding */ checkSize),
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   DS: () => (/* binding */ artifactPrefix),
/* harmony export */   GA: () => (/* binding */ createArtifactStore),
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   Zd: () => (/* binding */ clusterLogsArtifactName),
/* harmony export */   yi: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony exports BUNDLE_FILES, RETENTION_DAYS */
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91252);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _results_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53754);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29436);
/**
 * Results artifacts: what `measure` (and `full` on a push) uploads, and what `report` and the baseline lookup
 * download. Behind a small interface; `createArtifactStore` implements it with @actions/artifact (v2+ API: a
 * download from another run goes through `findBy` with a token, and the digest recorded at upload is verified).
 */








const BUNDLE_FILES = {
    current: 'results.json',
    baseline: 'baseline.json',
    pullRequest: 'pull-request.json',
    mtls: 'mtls.json',
    provenance: 'provenance.json',
};
/** Days GitHub keeps the artifacts: a baseline must outlive the time PRs stay open against it. */
const RETENTION_DAYS = 90;
/** What every results artifact of one gate (`comment-id`) starts with. */
function artifactPrefix(gateId) {
    return `${gateId}-results-`;
}
/**
 * One artifact per gate (`comment-id`), mesh and scenario set, so a PR is only compared with a baseline that
 * measured the same scenarios on the same mesh, and several gates in one run do not collide:
 * `mesh-mtls-gate-results-istio-ambient-3f2a9c1b`.
 */
function artifactName(results, gateId) {
    const scenarios = results.scenarios
        .map((s) => ({ name: s.name, settings: s.settings }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(JSON.stringify(scenarios)).digest('hex').slice(0, 8);
    const mesh = (results.fingerprint.mesh?.name ?? 'mesh').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'mesh';
    return `${artifactPrefix(gateId)}${mesh}-${key}`;
}
/** The mTLS outcome as a bundle carries it: bounded, because a fork's run wrote it. */
const MtlsOutcomeFile = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    verdict: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['pass', 'fail']),
    findings: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        severity: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['error', 'warning', 'note']),
        code: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(100),
        message: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(4000),
        resource: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            kind: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(100),
            namespace: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(253).nullable(),
            name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(253),
        }),
        file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().max(1000).nullable(),
        line: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().positive().nullable(),
    }))
        .max(10_000),
});
/** Writes the bundle's files into `dir` and returns their paths (for upload). */
async function writeBundle(dir, bundle) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const files = [];
    const put = async (name, data) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), JSON.stringify(data, null, 1));
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name));
    };
    await put(BUNDLE_FILES.current, bundle.current);
    if (bundle.baseline)
        await put(BUNDLE_FILES.baseline, bundle.baseline);
    if (bundle.pullRequest)
        await put(BUNDLE_FILES.pullRequest, bundle.pullRequest);
    if (bundle.mtls)
        await put(BUNDLE_FILES.mtls, bundle.mtls);
    if (bundle.provenance)
        await put(BUNDLE_FILES.provenance, bundle.provenance);
    return files;
}
/** The name of the artifact that holds a failed cluster's logs (kind's `export logs`). */
function clusterLogsArtifactName(gateId) {
    return `${gateId}-cluster-logs`;
}
/** Uploads every file under `dir` as one artifact of this run, keeping the folder's layout. */
async function uploadFolder(store, name, dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(e.parentPath, e.name));
    await store.upload(name, files, dir);
}
/** Reads a downloaded bundle, treating every file as untrusted (size-limited, schema-validated). */
async function readBundle(dir, label) {
    const exists = (name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)).then((s) => s.isFile(), () => false);
    if (!(await exists(BUNDLE_FILES.current))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label} has no ${BUNDLE_FILES.current}`);
    }
    const current = await (0,_results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.current));
    const baseline = (await exists(BUNDLE_FILES.baseline))
        ? await (0,_results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.baseline))
        : null;
    let pullRequest = null;
    if (await exists(BUNDLE_FILES.pullRequest)) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.pullRequest), 'utf8');
        pullRequest = parsePullRequestRef(text.length > 4096 ? '' : text);
        if (!pullRequest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.pullRequest} is malformed`);
    }
    let mtls = null;
    if (await exists(BUNDLE_FILES.mtls)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.mtls);
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size > 16 * 2 ** 20)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls} is too large`);
        let json;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls} is not JSON`);
        }
        const parsed = MtlsOutcomeFile.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact ${label}: ${BUNDLE_FILES.mtls}: field '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPath */ .jV)(issue.path)}': ${issue.message}`);
        }
        mtls = parsed.data;
    }
    const provenance = (await exists(BUNDLE_FILES.provenance))
        ? (0,_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .parseProvenance */ .X6)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, BUNDLE_FILES.provenance), 'utf8'), label)
        : null;
    return { current, baseline, pullRequest, mtls, provenance };
}
function parsePullRequestRef(text) {
    try {
        const v = JSON.parse(text);
        if (Number.isSafeInteger(v.number) &&
            v.number > 0 &&
            typeof v.headSha === 'string' &&
            /^[0-9a-f]{40}$/.test(v.headSha) &&
            typeof v.baseRef === 'string' &&
            v.baseRef.length > 0 &&
            v.baseRef.length < 256) {
            return { number: v.number, headSha: v.headSha, baseRef: v.baseRef };
        }
    }
    catch {
        // malformed
    }
    return null;
}
/** Refuses artifacts too large to be ours before downloading them. */
function checkSize(artifact) {
    if (artifact.size > 3 * _results_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ARTIFACT_BYTES */ .o9) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact '${artifact.name}' is ${artifact.size} bytes: too large to be a results bundle`);
    }
}
function createArtifactStore(token, repo) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const findBy = (workflowRunId) => ({
        token,
        workflowRunId,
        repositoryOwner: repo.owner,
        repositoryName: repo.repo,
    });
    return {
        async upload(name, files, rootDirectory) {
            const r = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: RETENTION_DAYS });
            return { id: r.id ?? null };
        },
        async list(runId) {
            const { artifacts } = await client.listArtifacts({ findBy: findBy(runId), latest: true });
            return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null }));
        },
        async download(artifact, runId, path) {
            const r = await client.downloadArtifact(artifact.id, {
                path,
                findBy: findBy(runId),
                ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
            });
            if (r.digestMismatch) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`artifact '${artifact.name}' of run ${runId}: the downloaded file's digest differs from ${artifact.digest}`);
            }
        },
    };
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28943);
/**
 * The Octokit implementation of GitHubApi: retries transient failures (5xx, network) with @octokit/plugin-retry,
 * waits out primary and secondary rate limits (twice at most) with @octokit/plugin-throttling, and gives every
 * request a timeout, so a hung API call cannot hold the job until the runner's 6-hour limit.
 */





const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RATE_LIMIT_RETRIES = 2;
function createGitHubApi(token, options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = options.log ?? (() => undefined);
    // @actions/github's fetch honours the runner's proxy settings; add the timeout on top of it.
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    const timedFetch = (url, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return baseFetch(url, { ...init, signal });
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl,
        request: { fetch: timedFetch },
        retry: { retries: 3, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (after, opts, _o, count) => {
                log(`GitHub rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (after, opts, _o, count) => {
                log(`GitHub secondary rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    const comment = (c) => ({ id: c.id, body: c.body, html_url: c.html_url, user: c.user });
    return {
        async authenticatedLogin() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch (e) {
                // An installation token (GITHUB_TOKEN, GitHub Apps) may not read /user: 403 "Resource not accessible by integration".
                if ((0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 403 || (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 401 || (0,_api_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .n)(e) === 404)
                    return null;
                throw e;
            }
        },
        async listIssueComments(ref, issue) {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...ref,
                issue_number: issue,
                per_page: 100,
            });
            return all.map(comment);
        },
        async createIssueComment(ref, issue, body) {
            return comment((await octokit.rest.issues.createComment({ ...ref, issue_number: issue, body })).data);
        },
        async updateIssueComment(ref, commentId, body) {
            return comment((await octokit.rest.issues.updateComment({ ...ref, comment_id: commentId, body })).data);
        },
        async getPullRequest(ref, pull) {
            const { data } = await octokit.rest.pulls.get({ ...ref, pull_number: pull });
            return {
                number: data.number,
                state: data.state,
                head: {
                    sha: data.head.sha,
                    ref: data.head.ref,
                    repo: data.head.repo ? { full_name: data.head.repo.full_name } : null,
                },
                base: { ref: data.base.ref, sha: data.base.sha },
            };
        },
        async createCheckRun(ref, input) {
            const { data } = await octokit.rest.checks.create({ ...ref, ...input, status: 'completed' });
            return { id: data.id, html_url: data.html_url };
        },
        async updateCheckRun(ref, checkRunId, output) {
            await octokit.rest.checks.update({ ...ref, check_run_id: checkRunId, output });
        },
        async listPullRequestFiles(ref, pull) {
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
                ...ref,
                pull_number: pull,
                per_page: 100,
            });
            return files.map((f) => ({
                filename: f.filename,
                status: f.status,
                sha: f.sha,
                ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
            }));
        },
        async getTree(ref, commitSha) {
            // A commit SHA names its tree here too ("the SHA1 value or ref name for that tree").
            const { data } = await octokit.rest.git.getTree({ ...ref, tree_sha: commitSha, recursive: 'true' });
            return {
                sha: data.sha,
                truncated: data.truncated,
                tree: data.tree.map((e) => ({
                    path: e.path,
                    mode: e.mode,
                    type: e.type,
                    sha: e.sha,
                    ...(e.size === undefined ? {} : { size: e.size }),
                })),
            };
        },
        async getBlob(ref, blobSha) {
            const { data } = await octokit.rest.git.getBlob({ ...ref, file_sha: blobSha });
            if (data.encoding !== 'base64' && data.encoding !== 'utf-8') {
                throw new Error(`blob ${blobSha}: unexpected encoding '${data.encoding}'`);
            }
            return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
        },
        async listSuccessfulPushRuns(ref, workflow, branch, limit) {
            const { data } = await octokit.rest.actions.listWorkflowRuns({
                ...ref,
                workflow_id: workflow,
                branch,
                event: 'push',
                status: 'success',
                per_page: Math.min(limit, 100),
            });
            return data.workflow_runs.map((r) => ({
                id: r.id,
                head_sha: r.head_sha,
                head_branch: r.head_branch,
                event: r.event,
                conclusion: r.conclusion,
                created_at: r.created_at,
            }));
        },
    };
}


/***/ }),

/***/ 29436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ runningDistDigest),
/* harmony export */   Jj: () => (/* binding */ provenanceOf),
/* harmony export */   X6: () => (/* binding */ parseProvenance),
/* harmony export */   aV: () => (/* binding */ describeMeasurer),
/* harmony export */   ch: () => (/* binding */ checkProvenance)
/* harmony export */ });
/* unused harmony exports Provenance, dirDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14031);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/**
 * Who measured a results bundle: the workflow file, run id and attempt, the commit, and the gate's own version and
 * the digest of the `dist/` it ran from. `measure` writes it into the bundle; `report` under workflow_run refuses a
 * bundle whose record names another run than the one that triggered it (an artifact copied from a trusted run into a
 * fork's run), and shows the measuring action's version beside its own.
 *
 * The record is written by the measuring run, which a fork's author controls when the PR changes the measuring
 * workflow: it is evidence, not proof. What makes it count is `pr-changes.ts`: a run of the unchanged workflow with
 * the unchanged action writes a true record.
 */







const Sha = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/);
const Provenance = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    /** `.github/workflows/mesh-gate-measure.yml`: the file GITHUB_WORKFLOW_REF names. */
    workflowPath: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(1000),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    /** The commit measured: the PR's head on pull_request runs, GITHUB_SHA otherwise. */
    headSha: Sha,
    action: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        name: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('mesh-mtls-gate'),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).max(100),
        /** `sha256:<hex>` over the bundle's folder (see `distDigest`); null when not run from a built bundle. */
        distDigest: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .regex(/^sha256:[0-9a-f]{64}$/)
            .nullable(),
    }),
});
/**
 * The record of this run; null outside a workflow run (no GITHUB_RUN_ID or GITHUB_WORKFLOW_REF), where there is
 * nothing to record.
 */
function provenanceOf(env, headSha, distDigest) {
    // GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/file.yml@refs/pull/42/merge`.
    const ref = /^[^/]+\/[^/]+\/(.+?)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? '');
    const runId = Number(env.GITHUB_RUN_ID);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    if (!ref || !Number.isSafeInteger(runId) || runId <= 0 || !/^[0-9a-f]{40}$/.test(headSha))
        return null;
    return {
        workflowPath: ref[1],
        runId,
        runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
        headSha,
        action: { name: 'mesh-mtls-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w, distDigest },
    };
}
/**
 * The digest of the action's built bundle: sha256 of the lines `sha256sum` prints for every file below `dir`,
 * sorted bytewise, so that anyone can reproduce it from a checkout of the release:
 * `cd dist && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`.
 */
async function dirDigest(dir) {
    const files = [];
    const walk = async (rel) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, rel), { withFileTypes: true })) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(path);
            else if (e.isFile())
                files.push(`./${path}`);
        }
    };
    await walk('');
    files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const all = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f)))
            .digest('hex');
        all.update(`${hex}  ${f}\n`);
    }
    return `sha256:${all.digest('hex')}`;
}
/** The digest of the `dist/` folder the running entry script lives in; null when it is not run from `dist/`. */
async function runningDistDigest(entry = process.argv[1]) {
    if (!entry || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(entry)) !== 'dist')
        return null;
    try {
        return await dirDigest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(entry));
    }
    catch {
        return null;
    }
}
/** Parses `provenance.json` of a downloaded bundle (written by a run the PR's author may control: bounded). */
function parseProvenance(text, label) {
    let json;
    try {
        json = JSON.parse(text.length > 8192 ? '' : text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label}: provenance.json is not JSON (or over 8 KiB)`);
    }
    const parsed = Provenance.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label}: provenance.json: field '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(issue.path)}': ${issue.message}`);
    }
    return parsed.data;
}
/**
 * Refuses a bundle that does not say it was measured by the triggering run: another run id, another workflow file,
 * another commit, or no record at all (a gate older than the record, or not the gate).
 */
function checkProvenance(p, trigger, label) {
    if (!p) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label} of run ${trigger.id} has no provenance.json: it was not uploaded by a mesh-mtls-gate that ` +
            `records who measured it (${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w} or later); update the measuring workflow's action`);
    }
    const wrong = [];
    if (p.runId !== trigger.id)
        wrong.push(`run ${p.runId}, not the triggering run ${trigger.id}`);
    if (p.runAttempt > trigger.runAttempt) {
        wrong.push(`attempt ${p.runAttempt}, after the triggering attempt ${trigger.runAttempt}`);
    }
    if (trigger.path && p.workflowPath !== trigger.path) {
        wrong.push(`workflow '${p.workflowPath}', not the triggering run's '${trigger.path}'`);
    }
    if (p.headSha !== trigger.headSha) {
        wrong.push(`commit ${p.headSha.slice(0, 12)}, not the triggering run's ${trigger.headSha.slice(0, 12)}`);
    }
    if (wrong.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${label} downloaded from run ${trigger.id} says it was measured by ${wrong.join('; ')}: refused`);
    }
}
/** One line for the report: which gate measured, where, and whether it is the same build as this report step. */
function describeMeasurer(p, ownDigest) {
    const digest = p.action.distDigest;
    const build = digest === null
        ? 'not from a built dist/'
        : `dist ${digest.slice(0, 19)}…` +
            (ownDigest === null
                ? ''
                : digest === ownDigest
                    ? ', the same build as this report step'
                    : ', a different build from this report step');
    return (`Measured by mesh-mtls-gate ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .untrusted */ .bp)(p.action.version, 100)} (${build}) in run ${p.runId} ` +
        `attempt ${p.runAttempt} of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .untrusted */ .bp)(p.workflowPath, 300)} at ${p.headSha.slice(0, 12)}.`);
}


/***/ }),

/***/ 79407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49721);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79798);
/** The action's main entry: binds the pipeline to @actions/core, the GitHub API and the artifact service. */





await (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)({
    getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
    setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    setSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    writeSummary: async (markdown) => {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
    },
    fail: (message, exitCode) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        process.exitCode = exitCode;
    },
    saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, value),
    tempDir: process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
}, {
    env: process.env,
    github: (token, baseUrl, log) => (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubApi */ ._)(token, { baseUrl, log }),
    artifacts: (token, repo) => (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifactStore */ .GA)(token, repo),
    // Loaded only in the modes that measure: report mode never parses the Kubernetes client and cluster stages.
    measure: async (request) => (await Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(81)]).then(__webpack_require__.bind(__webpack_require__, 16081))).measureOnClusterForAction(request),
});
// Keep-alive sockets of the HTTP clients must not hold the step open once the work is done.
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 66684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jY: () => (/* binding */ serverSideApply)
/* harmony export */ });
/* unused harmony exports FIELD_MANAGER, apiErrorMessage */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var _raw_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78143);
/** Server-side apply under the gate's own field manager, so the gate owns exactly the fields it set. */


const FIELD_MANAGER = 'mesh-mtls-gate';
async function serverSideApply(cluster, object, options = {}) {
    const query = {
        fieldManager: FIELD_MANAGER,
        // Take over fields another manager set: the gate's configuration is the source of truth while it runs.
        force: 'true',
        // Unknown or duplicate fields are errors, as `kubectl apply --server-side` reports them.
        fieldValidation: 'Strict',
    };
    if (options.dryRun)
        query.dryRun = 'All';
    return cluster.objects.send('PATCH', object, 'patch', query, object, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/** The API server's reason for refusing a request, from the Status body client-node attaches to its error. */
function apiErrorMessage(e) {
    if (e instanceof KubernetesApiError)
        return e.message;
    const err = e;
    if (typeof err.body === 'string') {
        try {
            const status = JSON.parse(err.body);
            if (status.message)
                return status.message;
        }
        catch {
            return err.body;
        }
    }
    if (err.body && typeof err.body === 'object' && 'message' in err.body)
        return String(err.body.message);
    return err.message ?? String(e);
}


/***/ }),

/***/ 46213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _raw_objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78143);
/**
 * The one place that loads a kubeconfig into a Kubernetes client. Everything else takes a `Cluster` so tests can
 * point it at the real API server of the integration harness (or a kubeconfig given by the user).
 */






/**
 * From a kubeconfig file path, or the default loading rules (KUBECONFIG, ~/.kube/config, in-cluster), switched to
 * `context` when one is named. Bad input (exit 2) names the file or the context.
 */
function connect(kubeconfigPath, context) {
    const kubeConfig = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    if (!kubeconfigPath)
        assertDefaultKubeconfig();
    try {
        if (kubeconfigPath)
            kubeConfig.loadFromFile(kubeconfigPath);
        else
            kubeConfig.loadFromDefault();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot load the kubeconfig: ${e.message}`, kubeconfigPath);
    }
    if (context !== undefined) {
        if (!kubeConfig.getContextObject(context)) {
            const known = kubeConfig.getContexts().map((c) => c.name);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`no context named '${context}' in the kubeconfig (it has: ${known.join(', ') || 'none'})`, kubeconfigPath);
        }
        kubeConfig.setCurrentContext(context);
    }
    if (!kubeConfig.getCurrentCluster()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('the kubeconfig has no current cluster', kubeconfigPath);
    }
    return { kubeConfig, objects: _raw_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .RawObjectApi */ .S.forConfig(kubeConfig) };
}
/**
 * Without a kubeconfig anywhere, client-node falls back to an unauthenticated http://localhost:8080 and the first
 * request fails with a message about TLS and HTTP; say instead where a kubeconfig was looked for.
 */
function assertDefaultKubeconfig(env = process.env) {
    const home = env.HOME || env.USERPROFILE || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
    const inCluster = !!env.KUBERNETES_SERVICE_HOST && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)('/var/run/secrets/kubernetes.io/serviceaccount/token');
    if (env.KUBECONFIG?.trim() || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.kube', 'config')) || inCluster)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`no kubeconfig: --kubeconfig is not given, KUBECONFIG is not set, ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.kube', 'config')} does not ` +
        'exist and this is not a pod with a service account; expected one of them (e.g. --kubeconfig ~/.kube/staging)');
}


/***/ }),

/***/ 67526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k_: () => (/* binding */ parseManifestText)
/* harmony export */ });
/* unused harmony exports ManifestSource, expandPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * The manifest source: Kubernetes objects from files and folders, with the file and line of each object and of
 * each field (the `yaml` package's LineCounter and node ranges), so a finding can point at `mesh/pa.yaml:12`.
 */




const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
/** Objects from files and folders (folders are walked recursively for .yaml, .yml and .json files). */
class ManifestSource {
    paths;
    displayRoot;
    description;
    constructor(paths, 
    /** Paths in messages are shown relative to this folder (the repository root in the action). */
    displayRoot = process.cwd()) {
        this.paths = paths;
        this.displayRoot = displayRoot;
        this.description = `manifests ${paths.join(' ')}`;
    }
    async load() {
        const loaded = { objects: [], values: [] };
        for (const file of await expandPaths(this.paths)) {
            const rel = relative(this.displayRoot, file);
            // Paths outside the root are shown as given: `../../tmp/x.yaml` helps no one.
            const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
            const text = await readFile(file, 'utf8');
            const part = parseManifestText(text, shown);
            loaded.objects.push(...part.objects);
            loaded.values.push(...part.values);
        }
        return loaded;
    }
}
async function expandPaths(paths) {
    const files = [];
    for (const path of paths) {
        let info;
        try {
            info = await stat(path);
        }
        catch {
            throw new InputError('no such file or folder', path);
        }
        if (info.isDirectory())
            files.push(...(await walk(path)));
        else
            files.push(path);
    }
    return files;
}
async function walk(dir) {
    const out = [];
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.'))
                out.push(...(await walk(full)));
        }
        else if (MANIFEST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
            out.push(full);
        }
    }
    return out;
}
/**
 * Parses one file's text. Malformed YAML is bad input (exit 2) naming the file and line, as `kubectl apply` would
 * refuse it. A document without apiVersion and kind is taken as Helm values (Cilium's `encryption`, Linkerd's
 * `proxy.defaultInboundPolicy`), which is how the issue asks for install settings to be given.
 */
function parseManifestText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseAllDocuments */ .hR)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const loaded = { objects: [], values: [] };
    // parseAllDocuments returns an EmptyStream (not an array) for a file with no documents at all.
    if (!Array.isArray(docs))
        return loaded;
    const lineAt = (offset) => lineCounter.linePos(offset).line;
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`line ${lineAt(error.pos[0])}: invalid YAML: ${yamlReason(error)}`, file);
        const root = doc.contents;
        // `---` at the end of a file leaves an empty document (a null scalar): nothing to read.
        if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(root) && (root.value === null || root.value === '')))
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`line ${lineAt(root.range?.[0] ?? 0)}: expected a Kubernetes object (a mapping)`, file);
        }
        const value = doc.toJS({ maxAliasCount: 100 });
        const origin = originFor(doc, root, [], file, lineAt);
        if (value.apiVersion === undefined && value.kind === undefined) {
            loaded.values.push({ values: value, origin });
            continue;
        }
        // `kind: List` (and FooList) wrap objects in `items`: each item is an object of its own, with its own lines.
        if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
            const items = root.get('items', true);
            value.items.forEach((item, i) => {
                if (item === null || typeof item !== 'object' || Array.isArray(item)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`line ${origin.lineOf?.(['items', i]) ?? '?'}: items[${i}] is not an object`, file);
                }
                const itemNode = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(items) ? items.items[i] : undefined;
                loaded.objects.push({
                    object: item,
                    origin: originFor(doc, itemNode ?? root, ['items', i], file, lineAt),
                });
            });
            continue;
        }
        loaded.objects.push({ object: value, origin });
    }
    return loaded;
}
function originFor(doc, node, prefix, file, lineAt) {
    const line = lineAt(node.range?.[0] ?? 0);
    return {
        file,
        line,
        lineOf: (path) => {
            const offset = offsetOf(doc, [...prefix, ...path]);
            return offset === null ? line : lineAt(offset);
        },
    };
}
/** Offset of the deepest node on the path; for a map entry, the key's offset (that is where an editor looks). */
function offsetOf(doc, path) {
    let node = doc.contents;
    let best = node?.range?.[0] ?? null;
    for (const part of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === String(part));
            if (!pair)
                return best;
            best = pair.key?.range?.[0] ?? best;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            const item = node.items[part];
            if (!item)
                return best;
            best = item.range?.[0] ?? best;
            node = item;
        }
        else {
            return best;
        }
    }
    return best;
}
/** The parser's reason and the offending line, without its own (duplicate) position. */
function yamlReason(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeYamlError */ .rU)({ name: error.name, message: error.message }).replace(/^line \d+, column \d+: /, '');
}


/***/ }),

/***/ 78143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ RawObjectApi),
/* harmony export */   d: () => (/* binding */ KubernetesApiError)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/**
 * client-node's KubernetesObjectApi serializes a request body through its generated models: for a built-in kind
 * it keeps only the model's attributes, so JSON names that differ from the TypeScript ones are silently dropped —
 * `x-kubernetes-int-or-string`, `enum` and `default` of a CRD schema among them (the real API server then refuses
 * the CRD). Manifests here are plain JSON objects, so writes go out as raw JSON; discovery (which resource a kind
 * is, whether it is namespaced) still comes from client-node.
 */



/** A refusal from the API server, with its Status body. */
class KubernetesApiError extends Error {
    code;
    body;
    name = 'KubernetesApiError';
    constructor(code, body) {
        super(statusMessage(body) ?? `HTTP ${code}`);
        this.code = code;
        this.body = body;
    }
}
function statusMessage(body) {
    try {
        return JSON.parse(body).message;
    }
    catch {
        return undefined;
    }
}
class RawObjectApi extends _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y {
    kubeConfig;
    static forConfig(kc) {
        const api = kc.makeApiClient(RawObjectApi);
        api.kubeConfig = kc;
        // Same default namespace as KubernetesObjectApi.makeApiClient.
        api.defaultNamespace = kc.getContextObject(kc.getCurrentContext())?.namespace ?? 'default';
        return api;
    }
    /** The namespace for namespaced objects that name none (cluster-scoped objects keep none). */
    useDefaultNamespace(namespace) {
        this.defaultNamespace = namespace;
    }
    /** GET of an arbitrary API path (a subresource such as a node's proxy), as text. */
    async getText(path) {
        return this.requestText('GET', path, {});
    }
    /** Sends `body` as raw JSON to the object's URL; returns the parsed response. */
    async send(method, spec, action, query, body, contentType = 'application/json') {
        const path = await this.specUriPath(spec, action);
        const text = await this.requestText(method, path, query, body === undefined ? undefined : JSON.stringify(body), contentType);
        return (text ? JSON.parse(text) : undefined);
    }
    async requestText(method, path, query, payload, contentType = 'application/json') {
        const cluster = this.kubeConfig.getCurrentCluster();
        if (!cluster)
            throw new Error('the kubeconfig has no current cluster');
        const url = new URL(cluster.server.replace(/\/$/, '') + path);
        for (const [k, v] of Object.entries(query))
            url.searchParams.set(k, v);
        const options = {
            method,
            headers: { accept: 'application/json', 'content-type': contentType },
        };
        await this.kubeConfig.applyToHTTPSOptions(options);
        return new Promise((resolve, reject) => {
            const req = (url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_2__.request : node_https__WEBPACK_IMPORTED_MODULE_1__.request)(url, { ...options, timeout: 30_000 }, (res) => {
                let text = '';
                res.setEncoding('utf8');
                res.on('data', (c) => (text += c));
                res.on('end', () => {
                    const code = res.statusCode ?? 0;
                    if (code >= 200 && code < 300)
                        resolve(text);
                    else
                        reject(new KubernetesApiError(code, text));
                });
            });
            req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 30 s`)));
            req.on('error', reject);
            req.end(payload);
        });
    }
}


/***/ }),

/***/ 66051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gj: () => (/* binding */ waitForRollout),
/* harmony export */   mw: () => (/* binding */ waitForCrdEstablished),
/* harmony export */   oC: () => (/* binding */ waitForDaemonSetRollout)
/* harmony export */ });
/* unused harmony exports WaitTimeoutError, waitFor, deploymentRolledOut, daemonSetRolledOut */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/**
 * Waiting for a condition on Kubernetes objects by watching them: list once for the current state and a
 * resourceVersion, then watch from there until the predicate holds. Never a fixed sleep; always a bound, and a
 * timeout message that says what was awaited and what was last seen.
 */

class WaitTimeoutError extends Error {
    name = 'WaitTimeoutError';
}
async function waitFor(cluster, spec) {
    const fieldSelector = `metadata.name=${spec.name}`;
    let last;
    let abort;
    let timer;
    try {
        return await new Promise((resolve, reject) => {
            timer = setTimeout(() => {
                const seen = last ? spec.describe(last) : 'the object does not exist';
                reject(new WaitTimeoutError(`timed out after ${spec.timeoutMs / 1000} s waiting for ${spec.what} (last seen: ${seen})`));
            }, spec.timeoutMs);
            const consider = (object) => {
                last = object;
                if (spec.ready(object))
                    resolve(object);
            };
            const start = async () => {
                // The list gives both the current state (the condition may already hold) and where to watch from.
                const list = await cluster.objects.list(spec.apiVersion, spec.kind, spec.namespace, undefined, undefined, undefined, fieldSelector);
                for (const item of list.items)
                    consider(item);
                abort = await new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .Watch */ .ox1(cluster.kubeConfig).watch(spec.path, { fieldSelector, resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true }, (phase, object) => {
                    if (phase === 'ADDED' || phase === 'MODIFIED')
                        consider(object);
                }, (err) => {
                    // The server ends watches after a while; start again unless we are done.
                    if (err && err.name !== 'AbortError')
                        reject(err);
                    else if (!abort?.signal.aborted)
                        start().catch(reject);
                });
            };
            start().catch(reject);
        });
    }
    finally {
        clearTimeout(timer);
        abort?.abort();
    }
}
/** A Deployment has rolled out when the controller saw its generation and every replica is updated and available. */
function deploymentRolledOut(d) {
    const want = d.spec?.replicas ?? 1;
    const s = d.status ?? {};
    return ((s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
        (s.updatedReplicas ?? 0) === want &&
        (s.availableReplicas ?? 0) === want &&
        (s.replicas ?? 0) === want);
}
function waitForRollout(cluster, namespace, name, timeoutMs) {
    return waitFor(cluster, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace,
        path: `/apis/apps/v1/namespaces/${namespace}/deployments`,
        name,
        what: `deployment ${namespace}/${name} to roll out`,
        ready: deploymentRolledOut,
        describe: (d) => `${d.status?.updatedReplicas ?? 0} updated, ${d.status?.availableReplicas ?? 0} available of ${d.spec?.replicas ?? 1}`,
        timeoutMs,
    });
}
function waitForCrdEstablished(cluster, name, timeoutMs) {
    return waitFor(cluster, {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        path: '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
        name,
        what: `CustomResourceDefinition ${name} to be Established`,
        ready: (c) => c.status?.conditions?.some((x) => x.type === 'Established' && x.status === 'True') ?? false,
        describe: (c) => JSON.stringify(c.status?.conditions ?? []),
        timeoutMs,
    });
}
/**
 * A DaemonSet has rolled out when the controller saw its generation and every scheduled pod is updated and
 * available. Zero scheduled pods is not rolled out: a node-level data plane (ztunnel, istio-cni, cilium) on no
 * node serves nothing.
 */
function daemonSetRolledOut(d) {
    const s = d.status ?? {};
    const want = s.desiredNumberScheduled ?? 0;
    return ((s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
        want > 0 &&
        (s.updatedNumberScheduled ?? 0) === want &&
        (s.numberAvailable ?? 0) === want);
}
function waitForDaemonSetRollout(cluster, namespace, name, timeoutMs) {
    return waitFor(cluster, {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        namespace,
        path: `/apis/apps/v1/namespaces/${namespace}/daemonsets`,
        name,
        what: `daemonset ${namespace}/${name} to roll out`,
        ready: daemonSetRolledOut,
        describe: (d) => `${d.status?.updatedNumberScheduled ?? 0} updated, ${d.status?.numberAvailable ?? 0} available of ` +
            `${d.status?.desiredNumberScheduled ?? 0} scheduled`,
        timeoutMs,
    });
}


/***/ }),

/***/ 29210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ CLIENT),
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   WQ: () => (/* binding */ gateWorkloads),
/* harmony export */   _x: () => (/* binding */ GATE_NAMESPACE),
/* harmony export */   l8: () => (/* binding */ PROBE_NAMESPACE),
/* harmony export */   vD: () => (/* binding */ PROBE),
/* harmony export */   yB: () => (/* binding */ workloadImages),
/* harmony export */   yJ: () => (/* binding */ schedulableNodes),
/* harmony export */   yv: () => (/* binding */ SERVER)
/* harmony export */ });
/* unused harmony exports FORTIO_IMAGE, DEFAULT_IMAGES, HTTP_PORT, GRPC_PORT */
const GATE_NAMESPACE = 'mesh-gate';
const PROBE_NAMESPACE = 'mesh-gate-probe';
/**
 * Pinned like every other download; the image has no shell, commands are exec'd as argv. Every image the gate runs
 * is a setting (gate config `images.fortio`, `images.probe`) for mirrors and air-gapped registries.
 */
const FORTIO_IMAGE = 'fortio/fortio:1.75.2';
const DEFAULT_IMAGES = { fortio: FORTIO_IMAGE, probe: FORTIO_IMAGE };
/** The gate config's images over the defaults; the probe runs the Fortio image unless it names its own. */
function workloadImages(images) {
    const fortio = images.fortio ?? DEFAULT_IMAGES.fortio;
    return { fortio, probe: images.probe ?? fortio };
}
const SERVER = 'fortio-server';
const CLIENT = 'fortio-client';
const PROBE = 'plaintext-probe';
const HTTP_PORT = 8080;
const GRPC_PORT = 8079;
function namespace(name, labels, annotations) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate', ...labels }, annotations },
    };
}
function fortioDeployment(name, ns, image, opts) {
    const affinity = opts.avoid
        ? {
            podAntiAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: [
                    { labelSelector: { matchLabels: { app: opts.avoid } }, topologyKey: 'kubernetes.io/hostname' },
                ],
            },
        }
        : undefined;
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: ns, labels: { app: name } },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    ...(affinity ? { affinity } : {}),
                    ...(opts.nodeSelector ? { nodeSelector: opts.nodeSelector } : {}),
                    containers: [
                        {
                            name: 'fortio',
                            image,
                            args: [
                                'server',
                                '-http-port',
                                String(HTTP_PORT),
                                '-grpc-port',
                                String(GRPC_PORT),
                                '-redirect-port',
                                'disabled',
                            ],
                            ports: [
                                { name: 'http', containerPort: HTTP_PORT },
                                { name: 'grpc', containerPort: GRPC_PORT },
                            ],
                            readinessProbe: { httpGet: { path: '/debug', port: HTTP_PORT } },
                            resources: { requests: { cpu: '100m', memory: '64Mi' } },
                        },
                    ],
                },
            },
        },
    };
}
/** Every object the gate applies for its workloads, in apply order. */
function gateWorkloads(o) {
    const { enrol, exclude } = o.mesh;
    const images = o.images ?? DEFAULT_IMAGES;
    const server = fortioDeployment(SERVER, GATE_NAMESPACE, images.fortio, {
        nodeSelector: o.nodeLabels?.server,
    });
    const client = fortioDeployment(CLIENT, GATE_NAMESPACE, images.fortio, {
        nodeSelector: o.nodeLabels?.client,
        avoid: o.nodeLabels || o.singleNode ? undefined : SERVER,
    });
    return [
        namespace(GATE_NAMESPACE, enrol.labels, enrol.annotations),
        namespace(PROBE_NAMESPACE, exclude.labels, exclude.annotations),
        server,
        {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: SERVER, namespace: GATE_NAMESPACE, labels: { app: SERVER } },
            spec: {
                selector: { app: SERVER },
                ports: [
                    { name: 'http', port: HTTP_PORT, targetPort: HTTP_PORT, appProtocol: 'http' },
                    { name: 'grpc', port: GRPC_PORT, targetPort: GRPC_PORT, appProtocol: 'grpc' },
                ],
            },
        },
        client,
        fortioDeployment(PROBE, PROBE_NAMESPACE, images.probe, {}),
    ];
}
function serverUrl(protocol) {
    const host = `${SERVER}.${GATE_NAMESPACE}.svc.cluster.local`;
    return protocol === 'grpc' ? `${host}:${GRPC_PORT}` : `http://${host}:${HTTP_PORT}/echo`;
}
/**
 * The nodes new pods can go to: Ready, not cordoned, without a NoSchedule or NoExecute taint (the gate's pods
 * tolerate none). With one, client and server must share it.
 */
function schedulableNodes(nodes) {
    return nodes
        .filter((n) => !n.spec?.unschedulable &&
        !(n.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute') &&
        (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'))
        .map((n) => n.metadata.name);
}


/***/ }),

/***/ 79798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
;// CONCATENATED MODULE: ./src/config/action-inputs.ts
/**
 * The action's inputs, read in this one place and turned into a validated settings object. Nothing else calls
 * core.getInput. Bad values throw an InputError naming the input, its value and the expected form.
 */



/** The choices of the inputs that only the action has (the shared lists are in the vocabulary). */
const ACTION_MODES = ['full', 'measure', 'report'];
const BASELINES = ['same-run', 'artifact', 'none'];
const COMMENT_POLICIES = ['always', 'on-change', 'on-regression', 'never'];
function readSettings(get) {
    const str = (name) => get(name).trim() || null;
    const choice = (name, allowed, fallback) => {
        const value = str(name);
        if (value === null)
            return fallback;
        if (!allowed.includes(value)) {
            throw new errors/* InputError */.dz(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
        }
        return value;
    };
    const commentId = str(constants/* Inputs */.G0.CommentId) ?? 'mesh-mtls-gate';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
        throw new errors/* InputError */.dz(`Invalid input '${constants/* Inputs */.G0.CommentId}': '${commentId}'. Expected 1-64 letters, digits, '.', '_' or '-'.`);
    }
    const meshInput = str(constants/* Inputs */.G0.Mesh);
    const mesh = meshInput === null ? null : choice(constants/* Inputs */.G0.Mesh, vocabulary/* MESHES */.Sc, vocabulary/* MESHES */.Sc[0]);
    return {
        mode: choice(constants/* Inputs */.G0.Mode, ACTION_MODES, 'full'),
        mesh,
        meshVersion: str(constants/* Inputs */.G0.MeshVersion),
        verify: str(constants/* Inputs */.G0.Verify) === null ? null : choice(constants/* Inputs */.G0.Verify, vocabulary/* VERIFY_POLICIES */.z0, 'published'),
        configPaths: (str(constants/* Inputs */.G0.ConfigPaths) ?? 'mesh/**')
            .split(/\r?\n|,/)
            .map((p) => p.trim())
            .filter(Boolean),
        configFile: str(constants/* Inputs */.G0.Config) ?? constants/* DEFAULT_CONFIG_PATH */.Bi,
        profile: choice(constants/* Inputs */.G0.Profile, vocabulary/* PROFILES */.jI, 'quick'),
        cluster: choice(constants/* Inputs */.G0.Cluster, vocabulary/* CLUSTER_KINDS */.BK, 'kind'),
        clusterConfig: str(constants/* Inputs */.G0.ClusterConfig),
        kubeconfig: str(constants/* Inputs */.G0.Kubeconfig),
        baseline: choice(constants/* Inputs */.G0.Baseline, BASELINES, 'same-run'),
        baseRef: str(constants/* Inputs */.G0.BaseRef),
        baselineResults: str(constants/* Inputs */.G0.BaselineResults),
        currentResults: str(constants/* Inputs */.G0.CurrentResults),
        thresholds: str(constants/* Inputs */.G0.Thresholds),
        requireMtls: choice(constants/* Inputs */.G0.RequireMtls, vocabulary/* REQUIREMENTS */.dq, (0,vocabulary/* defaultRequirement */.hY)(mesh)),
        comment: choice(constants/* Inputs */.G0.Comment, COMMENT_POLICIES, 'on-change'),
        commentId,
        failOn: choice(constants/* Inputs */.G0.FailOn, vocabulary/* FAIL_ON */.d$, 'regression'),
        githubToken: str(constants/* Inputs */.G0.GithubToken),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
// EXTERNAL MODULE: ./src/config/thresholds.ts
var thresholds = __webpack_require__(40036);
;// CONCATENATED MODULE: ./src/config/gate-config.ts
/**
 * The gate config file (`.github/mesh-gate.yaml`): scenarios, thresholds, statistics and cost. Parsed once,
 * validated with zod, with errors rewritten to name the YAML path; defaults live here and nowhere else.
 */







const duration = schemas/* string */.YjP()
    .regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'expected a duration like "30s", "2m" or "500ms"');
const ThresholdTable = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String))
    .superRefine((table, ctx) => {
    for (const [metric, text] of Object.entries(table)) {
        if (!(0,thresholds/* isMetricName */.M8)(metric)) {
            ctx.addIssue({
                code: 'custom',
                path: [metric],
                message: `unknown metric; expected one of ${thresholds/* METRICS */.Cb.join(', ')}`,
            });
            continue;
        }
        const t = (0,thresholds/* parseThreshold */.B7)(metric, text);
        if (t && 'error' in t)
            ctx.addIssue({ code: 'custom', path: [metric], message: t.error });
    }
});
const Scenario = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase name like "echo-1k"'),
    protocol: schemas/* enum */.k5n(['http', 'h2', 'grpc']).default('http'),
    qps: schemas/* number */.aig().positive().default(1000),
    connections: schemas/* number */.aig().int().positive().default(16),
    duration: duration.default('30s'),
    'payload-bytes': schemas/* number */.aig().int().nonnegative().default(1024),
    repetitions: schemas/* number */.aig()
        .int()
        .min(2, 'at least 2 repetitions per side are needed to estimate noise')
        .default(5),
    warmup: duration.default('10s'),
    thresholds: ThresholdTable.optional(),
});
/**
 * An image reference as the container runtime takes it: `[registry[:port]/]path[:tag][@sha256:digest]`, lowercase
 * path components (the distribution reference grammar, github.com/distribution/reference, reference.go).
 */
const imageReference = schemas/* string */.YjP()
    .regex(/^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/, 'expected an image reference like registry.example.com/fortio/fortio:1.75.2');
const GateConfigFile = schemas/* strictObject */.rej({
    scenarios: schemas/* array */.YOg(Scenario).optional(),
    /** Every image the gate runs, for mirrors and air-gapped registries; defaults to the pinned public images. */
    images: schemas/* strictObject */.rej({
        /** The Fortio server and client (default fortio/fortio:1.75.2). */
        fortio: imageReference.optional(),
        /** The unmeshed plaintext probe, which runs Fortio too (default: the same as `fortio`). */
        probe: imageReference.optional(),
    })
        .optional(),
    mesh: schemas/* strictObject */.rej({
        /** Mesh version; defaults to the version pinned by this release (the action input wins). */
        version: schemas/* string */.YjP().min(1).optional(),
        /**
         * SHA-256 of the mesh CLI's linux asset: wins over the digest pinned in the source and the release's
         * checksum file (with verify: pinned, the way to run a version the source pins no digest for).
         */
        'cli-sha256': schemas/* string */.YjP()
            .regex(/^[0-9a-fA-F]{64}$/, 'expected a SHA-256: 64 hex digits')
            .optional(),
        /**
         * How a download the source pins no digest for is verified: published (default) against the checksum file
         * the project publishes with the release; pinned refuses it (the action input `verify` wins).
         */
        verify: schemas/* enum */.k5n(vocabulary/* VERIFY_POLICIES */.z0).optional(),
        /** Install values or overlay in the repository (IstioOperator overlay, Linkerd or Cilium Helm values). */
        values: schemas/* string */.YjP().min(1).optional(),
    })
        .optional(),
    thresholds: ThresholdTable.optional(),
    statistics: schemas/* strictObject */.rej({
        /** Family-wise false-alarm rate: the chance that an unchanged PR is called a regression on any metric. */
        'false-alarm-rate': schemas/* number */.aig().gt(0).lt(0.5).default(0.01),
        /**
         * False-pass rate: the chance that a metric whose change is as large as its threshold is called a pass
         * (each metric, all looks together).
         */
        'false-pass-rate': schemas/* number */.aig().gt(0).lt(0.5).default(0.05),
        /**
         * Sequential stopping: the most repetitions per side a run may take, looking after every block and stopping
         * once the verdict is clear. Absent: every scenario runs its `repetitions`, with one look at the end.
         */
        'max-repetitions': schemas/* number */.aig()
            .int()
            .min(4, 'at least 4: the first look is after 4 repetitions per side')
            .optional(),
    })
        .optional(),
    cost: schemas/* strictObject */.rej({
        pods: schemas/* number */.aig().int().nonnegative().default(100),
        'vcpu-hour-usd': schemas/* number */.aig().nonnegative().default(0.0316),
        'gib-hour-usd': schemas/* number */.aig().nonnegative().default(0.0042),
    })
        .optional(),
});
const DEFAULT_COST = { pods: 100, vcpuHourUsd: 0.0316, gibHourUsd: 0.0042 };
function defaultGateConfig() {
    return {
        thresholds: { ...thresholds/* DEFAULT_THRESHOLDS */.JJ },
        scenarioThresholds: {},
        falseAlarmRate: 0.01,
        falsePassRate: 0.05,
        maxRepetitions: null,
        cost: DEFAULT_COST,
        scenarios: [],
        mesh: { version: null, cliSha256: null, valuesPath: null, verify: null },
        images: { fortio: null, probe: null },
    };
}
/** Validates parsed YAML. `source` names the file (or input) in errors. */
function gateConfigFrom(data, source) {
    const parsed = GateConfigFile.safeParse(data ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz((0,errors/* describeIssue */.n6)(issue, source));
    }
    const file = parsed.data;
    const config = defaultGateConfig();
    Object.assign(config.thresholds, thresholdTable(file.thresholds));
    for (const s of file.scenarios ?? []) {
        if (s.thresholds)
            config.scenarioThresholds[s.name] = thresholdTable(s.thresholds);
    }
    config.falseAlarmRate = file.statistics?.['false-alarm-rate'] ?? config.falseAlarmRate;
    config.falsePassRate = file.statistics?.['false-pass-rate'] ?? config.falsePassRate;
    config.maxRepetitions = file.statistics?.['max-repetitions'] ?? null;
    if (file.cost) {
        config.cost = {
            pods: file.cost.pods,
            vcpuHourUsd: file.cost['vcpu-hour-usd'],
            gibHourUsd: file.cost['gib-hour-usd'],
        };
    }
    config.scenarios = file.scenarios ?? [];
    config.mesh = {
        version: file.mesh?.version ?? null,
        cliSha256: file.mesh?.['cli-sha256']?.toLowerCase() ?? null,
        valuesPath: file.mesh?.values ?? null,
        verify: file.mesh?.verify ?? null,
    };
    config.images = { fortio: file.images?.fortio ?? null, probe: file.images?.probe ?? null };
    return config;
}
/** Thresholds given as YAML text (the action's `thresholds` input) override the file's. */
function overrideThresholds(config, yamlText, source) {
    const data = parseYamlText(yamlText, source);
    const parsed = ThresholdTable.safeParse(data ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz((0,errors/* describeIssue */.n6)(issue, source));
    }
    return { ...config, thresholds: { ...config.thresholds, ...thresholdTable(parsed.data) } };
}
async function loadGateConfig(path) {
    return (await readGateConfig(path, { missingIsDefault: false }));
}
/**
 * The gate config when the user names none, one rule for the action and the CLI: DEFAULT_CONFIG_PATH when it exists,
 * read and refused like any named file (a typo in it is an error, never a silent fallback), else the defaults.
 */
async function loadDefaultGateConfig() {
    return (await readGateConfig(constants/* DEFAULT_CONFIG_PATH */.Bi, { missingIsDefault: true })) ?? defaultGateConfig();
}
/** Reads, parses and validates a gate config file; null when it does not exist and that means the defaults. */
async function readGateConfig(path, { missingIsDefault }) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (missingIsDefault && e.code === 'ENOENT')
            return null;
        throw new errors/* InputError */.dz(`cannot read the gate config (${(0,errors/* ioReason */.Ny)(e)})`, path);
    }
    return gateConfigFrom(parseYamlText(text, path), path);
}
function parseYamlText(text, source) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not valid YAML at ${(0,errors/* describeYamlError */.rU)(e)}`, source);
    }
}
function thresholdTable(table) {
    const out = {};
    for (const [metric, text] of Object.entries(table ?? {})) {
        const t = (0,thresholds/* parseThreshold */.B7)(metric, text);
        out[metric] = t && 'error' in t ? null : t;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/common.ts
/** Why the two artifacts cannot be compared at all, or null when they share at least one scenario. */
function noScenarioInCommon(baseline, current) {
    const base = new Set(baseline.scenarios.map((s) => s.name));
    if (current.scenarios.some((s) => base.has(s.name)))
        return null;
    const list = (r) => r.scenarios.map((s) => `'${s.name}'`).join(', ') || 'none';
    return (`no scenario in common: the baseline has ${list(baseline)}, the current results have ${list(current)}; ` +
        'expected two artifacts of the same scenarios (same gate config, or --scenario NAME when building them)');
}

;// CONCATENATED MODULE: ./src/compare/exit.ts
/** How a verdict and the mTLS check fail the step, the same for the CLI and the action's `fail-on` input. */

function exitCodeFor(verdict, failOn) {
    if (failOn === 'never')
        return errors/* ExitCode */.yU.Pass;
    if (verdict === 'regression')
        return errors/* ExitCode */.yU.Fail;
    if (verdict === 'inconclusive' && failOn === 'inconclusive')
        return errors/* ExitCode */.yU.Fail;
    return errors/* ExitCode */.yU.Pass;
}
/**
 * Why a run fails the step, in words; empty when it passes. The one decision for the action and the CLI: a verdict
 * that `fail-on` names, or an mTLS check that failed while `require-mtls` is not `none`; `fail-on: never` keeps the
 * step green for both.
 */
function failures(outcome, policy) {
    if (policy.failOn === 'never')
        return [];
    const why = [];
    if (outcome.verdict !== null && exitCodeFor(outcome.verdict, policy.failOn) !== errors/* ExitCode */.yU.Pass)
        why.push(`${outcome.verdict} (fail-on: ${policy.failOn})`);
    if (outcome.mtls === 'fail' && policy.require !== 'none')
        why.push(`mTLS below '${policy.require}'`);
    return why;
}

// EXTERNAL MODULE: ./src/compare/verdict.ts + 5 modules
var verdict = __webpack_require__(20110);
// EXTERNAL MODULE: ./src/github/artifact.ts
var github_artifact = __webpack_require__(49721);
;// CONCATENATED MODULE: ./src/github/baseline.ts
/**
 * Finding results in other runs: the base branch's baseline (the newest successful *push* run of the workflow
 * on that branch that has the artifact — never a pull request's run, which a PR author controls), and the bundle
 * that a `measure` run uploaded, for `report` under workflow_run.
 */



/** How many of the newest push runs to look through for an artifact. */
const MAX_RUNS_SEARCHED = 20;
async function findBaseline(api, store, q) {
    const runs = await api.listSuccessfulPushRuns(q.repo, q.workflow, q.branch, MAX_RUNS_SEARCHED);
    for (const run of runs) {
        // The API filters already; checked again because a baseline from a PR run would be a poisoned baseline.
        if (run.event !== 'push' || run.conclusion !== 'success' || run.head_branch !== q.branch)
            continue;
        const artifact = (await store.list(run.id)).find((a) => a.name === q.artifactName);
        if (!artifact)
            continue;
        (0,github_artifact/* checkSize */.C1)(artifact);
        const dir = (0,external_node_path_.join)(q.dir, `baseline-${run.id}`);
        await store.download(artifact, run.id, dir);
        const bundle = await (0,github_artifact/* readBundle */.Bo)(dir, `'${artifact.name}' of run ${run.id}`);
        return { results: bundle.current, runId: run.id, sha: run.head_sha };
    }
    return null;
}
/**
 * The results bundle of the run that triggered a workflow_run, uploaded by the gate with the same `comment-id`.
 * With several (a matrix over meshes), `mesh` picks one.
 */
async function downloadTriggeringBundle(store, runId, dir, gateId, mesh) {
    const prefix = (0,github_artifact/* artifactPrefix */.DS)(gateId);
    const ours = (await store.list(runId)).filter((a) => a.name.startsWith(prefix));
    const wanted = mesh ? ours.filter((a) => a.name.startsWith(`${prefix}${mesh}-`)) : ours;
    if (wanted.length === 0) {
        throw new errors/* InputError */.dz(`run ${runId} uploaded no results artifact named '${prefix}${mesh ? `${mesh}-` : ''}*' ` +
            `(found: ${ours.map((a) => a.name).join(', ') || 'none'}); did its 'mode: measure' step succeed?`);
    }
    if (wanted.length > 1) {
        throw new errors/* InputError */.dz(`run ${runId} uploaded several results artifacts (${wanted.map((a) => a.name).join(', ')}); ` +
            "set the input 'mesh' to pick one, with one report step per mesh");
    }
    const artifact = wanted[0];
    (0,github_artifact/* checkSize */.C1)(artifact);
    const path = (0,external_node_path_.join)(dir, `run-${runId}`);
    await store.download(artifact, runId, path);
    return { ...(await (0,github_artifact/* readBundle */.Bo)(path, `'${artifact.name}' of run ${runId}`)), name: artifact.name };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts
/** Annotations beyond this are left out (the report lists every finding): a PR page is not a log. */
const MAX_ANNOTATIONS = 500;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    note: 'notice',
};
function annotationsFor(findings) {
    const out = [];
    for (const f of findings) {
        if (!f.file || !f.line || f.line < 1)
            continue;
        // GitHub wants a path relative to the repository root, with forward slashes.
        const path = f.file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (path.startsWith('/') || path.split('/').includes('..'))
            continue;
        const id = f.resource.namespace ? `${f.resource.namespace}/${f.resource.name}` : f.resource.name;
        out.push({
            path,
            start_line: f.line,
            end_line: f.line,
            annotation_level: LEVEL[f.severity],
            title: `${f.code}: ${f.resource.kind} ${id}`.slice(0, 255),
            message: f.message.slice(0, 4000),
        });
        if (out.length === MAX_ANNOTATIONS)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/check-run.ts
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output.summary, in characters. */
const CHECK_SUMMARY_LIMIT = 65535;
/**
 * `action_required` when held: branch protection counts `success`, `neutral` and `skipped` as passing, so a held
 * check must be none of them; GitHub shows `action_required` with a link to the check's `details_url`.
 */
function conclusionFor(verdict, failing, held = false) {
    if (failing)
        return 'failure';
    if (held)
        return 'action_required';
    return verdict === 'pass' ? 'success' : 'neutral';
}
const TITLE = {
    pass: 'No regression',
    regression: 'Regression',
    inconclusive: 'Inconclusive',
};
async function publishCheckRun(api, request) {
    if (request.summary.length > CHECK_SUMMARY_LIMIT)
        throw new Error('check run summary over GitHub’s limit');
    const batches = [];
    for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const held = Boolean(request.hold) && !request.failing;
    const output = {
        title: held ? 'Maintainer review required' : TITLE[request.verdict],
        summary: request.summary,
    };
    const created = await api.createCheckRun(request.repo, {
        name: request.name,
        head_sha: request.headSha,
        conclusion: conclusionFor(request.verdict, request.failing, held),
        output: batches.length > 0 ? { ...output, annotations: batches[0] } : output,
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    });
    for (const batch of batches.slice(1)) {
        await api.updateCheckRun(request.repo, created.id, { ...output, annotations: batch });
    }
    return created;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/** The identity GITHUB_TOKEN writes as; used when the token cannot tell its own login. */
const ACTIONS_BOT = 'github-actions[bot]';
function commentMarker(commentId) {
    return `<!-- mesh-mtls-gate:${commentId} -->`;
}
/** Whether a new comment is created when none exists yet (an existing one is always updated). */
function shouldCreate(policy, verdict) {
    switch (policy) {
        case 'always':
            return true;
        case 'on-change':
            return verdict !== 'pass';
        case 'on-regression':
            return verdict === 'regression';
        case 'never':
            return false;
    }
}
async function upsertStickyComment(api, request) {
    if (!request.body.startsWith(request.marker))
        throw new Error('the comment body must begin with its marker');
    const identity = (await api.authenticatedLogin()) ?? ACTIONS_BOT;
    const comments = await api.listIssueComments(request.repo, request.issue);
    const own = findOwn(comments, request.marker, identity);
    if (own) {
        if (own.body === request.body)
            return { action: 'updated', url: own.html_url };
        const updated = await api.updateIssueComment(request.repo, own.id, request.body);
        return { action: 'updated', url: updated.html_url };
    }
    if (!shouldCreate(request.policy, request.verdict)) {
        return {
            action: 'skipped',
            reason: `comment: ${request.policy} creates no comment for a ${request.verdict} verdict`,
        };
    }
    const created = await api.createIssueComment(request.repo, request.issue, request.body);
    return { action: 'created', url: created.html_url };
}
/** The newest comment by `identity` that starts with the marker (older duplicates from a race are left alone). */
function findOwn(comments, marker, identity) {
    const mine = comments.filter((c) => c.user?.login === identity && (c.body ?? '').startsWith(marker));
    return mine.at(-1) ?? null;
}

;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * What the runner tells the action about the run: the environment variables and the webhook payload at
 * GITHUB_EVENT_PATH, read here once from the environment `index.ts` hands to main.ts. main.ts and the measuring
 * path read the GITHUB_* variables only through this context; a few stages read variables of their own (KUBECONFIG
 * for an existing cluster, RUNNER_TEMP for the tool cache).
 * The payload of a `workflow_run` may describe a fork's pull request: its fields are data, not instructions.
 */

async function readRunContext(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const workflowFile = /\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? null;
    return {
        eventName,
        repo: owner && repo ? { owner, repo } : null,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: positiveInt(env.GITHUB_RUN_ID),
        workflowFile,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        pullRequest: pullRequestOf(payload),
        workflowRun: workflowRunOf(payload),
        workspace: env.GITHUB_WORKSPACE || null,
        baseBranch: env.GITHUB_BASE_REF || null,
        runnerName: env.RUNNER_NAME || null,
    };
}
function positiveInt(v) {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
const obj = (v) => (v && typeof v === 'object' ? v : null);
/** pull_request and pull_request_target payloads (also issue_comment on a PR has no head: not handled). */
function pullRequestOf(payload) {
    const pr = obj(payload.pull_request);
    if (!pr)
        return null;
    const number = positiveInt(pr.number);
    const headSha = str(obj(pr.head)?.sha);
    const baseRef = str(obj(pr.base)?.ref);
    return number && headSha && baseRef ? { number, headSha, baseRef } : null;
}
function workflowRunOf(payload) {
    const run = obj(payload.workflow_run);
    if (!run)
        return null;
    const id = positiveInt(run.id);
    const headSha = str(run.head_sha);
    const workflowId = positiveInt(run.workflow_id);
    if (!id || !headSha || !workflowId)
        return null;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        headSha,
        headBranch: str(run.head_branch),
        event: str(run.event) ?? '',
        conclusion: str(run.conclusion),
        workflowId,
        path: str(run.path),
        runAttempt: positiveInt(run.run_attempt) ?? 1,
        headRepository: str(obj(run.head_repository)?.full_name),
        pullRequests: prs.map((p) => positiveInt(obj(p)?.number)).filter((n) => n !== null),
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(33334);
// EXTERNAL MODULE: ./src/k8s/manifests.ts
var manifests = __webpack_require__(67526);
// EXTERNAL MODULE: ./src/load/workloads.ts
var workloads = __webpack_require__(29210);
// EXTERNAL MODULE: ./src/mesh/install.ts + 5 modules
var install = __webpack_require__(77361);
// EXTERNAL MODULE: ./src/mtls/evaluate.ts
var evaluate = __webpack_require__(34473);
// EXTERNAL MODULE: ./src/mtls/model.ts
var model = __webpack_require__(19413);
// EXTERNAL MODULE: ./src/mtls/validate.ts + 1 modules
var validate = __webpack_require__(20768);
;// CONCATENATED MODULE: ./src/report/mtls.ts
/**
 * The markdown section of the mTLS check: what changed between base and head, what falls short of the requirement,
 * and the other findings. Unchanged rows are never listed (a mesh has thousands), only counted.
 */


/** Rows shown per table; the rest are counted, so a huge change cannot push the report past GitHub's size limit. */
const MAX_ROWS = 50;
const COVERED = new Set([
    'mtls-regression',
    'mtls-new-plaintext-hole',
    'mtls-improvement',
    'mtls-below-required',
]);
function renderMtlsMarkdown(v) {
    const out = [];
    const diff = v.diff;
    const holes = diff?.newPlaintextHoles.filter((h) => h.from === null) ?? [];
    out.push(`### mTLS strictness: ${v.verdict === 'pass' ? '✅ pass' : '❌ fail'}`);
    out.push('');
    const workloads = new Set(v.matrix.map((e) => `${e.namespace}/${e.workload}`)).size;
    const parts = [
        `mesh \`${v.mesh}\``,
        `required ${v.require.toUpperCase()}`,
        `${workloads} workload(s) and policy target(s)`,
    ];
    if (diff) {
        parts.push(`${diff.regressions.length} weaker`, `${holes.length} new plaintext`, `${diff.improvements.length} stronger`);
    }
    else {
        parts.push('no base to compare with');
    }
    parts.push(`${v.belowRequirement.length} below ${v.require.toUpperCase()}`);
    out.push(parts.join(' · '));
    if (diff && diff.regressions.length + holes.length + diff.improvements.length > 0) {
        out.push('', '| change | workload | base | head | decided by (head) |', '|---|---|---|---|---|');
        const rows = [
            ...diff.regressions.map((c) => ['🔻 weaker', c]),
            ...holes.map((c) => ['🕳️ new plaintext', c]),
            ...diff.improvements.map((c) => ['🔺 stronger', c]),
        ];
        for (const [what, c] of rows.slice(0, MAX_ROWS)) {
            out.push(`| ${what} | ${cell((0,validate/* label */.Pf)(c))} | ${c.from ?? '—'} | ${c.to} | ${(0,report_escape/* untrusted */.bp)(c.head.decidedBy, 200)} |`);
        }
        if (rows.length > MAX_ROWS)
            out.push('', `…and ${rows.length - MAX_ROWS} more changes (see the JSON output).`);
    }
    if (v.belowRequirement.length > 0) {
        out.push('', `<details><summary>Below ${v.require.toUpperCase()} (${v.belowRequirement.length})</summary>`, '');
        out.push('| workload | mode | decided by |', '|---|---|---|');
        for (const e of v.belowRequirement.slice(0, MAX_ROWS))
            out.push(`| ${cell((0,validate/* label */.Pf)(e))} | ${e.mode} | ${(0,report_escape/* untrusted */.bp)(e.decidedBy, 200)} |`);
        if (v.belowRequirement.length > MAX_ROWS)
            out.push('', `…and ${v.belowRequirement.length - MAX_ROWS} more.`);
        out.push('', '</details>');
    }
    const other = v.findings.filter((f) => !COVERED.has(f.code));
    if (other.length > 0) {
        out.push('', '**Findings**', '');
        for (const f of other.slice(0, MAX_ROWS))
            out.push(`- ${icon(f)} \`${f.code}\` ${(0,report_escape/* untrusted */.bp)(f.message, 400)}${where(f)}`);
        if (other.length > MAX_ROWS)
            out.push(`- …and ${other.length - MAX_ROWS} more.`);
    }
    return out.join('\n');
}
function cell(text) {
    return (0,report_escape/* untrusted */.bp)(text, 120);
}
function icon(f) {
    return f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
}
function where(f) {
    return f.file ? ` (${(0,report_escape/* untrusted */.bp)(`${f.file}${f.line ? `:${f.line}` : ''}`, 200)})` : '';
}
/**
 * The mTLS matrix of a run, for the rows that have evidence: the static prediction, what the live plaintext probe
 * saw, and what the mesh's own counters say the measured traffic was. A row that the evidence contradicts is also a
 * finding (`mtls-live-mismatch`, `mtls-telemetry-mismatch`); this table shows all three side by side.
 */
function renderRunMtls(sides) {
    const rows = [];
    for (const { side, results } of sides) {
        for (const e of results.mtls?.entries ?? []) {
            if (e.live === 'not-probed' && e.telemetry === 'not-read' && !e.telemetryDetail)
                continue;
            rows.push(`| ${side} | ${cell(label(e))} | ${e.mode} | ${e.live} | ${e.telemetry} | ${untrusted(e.telemetryDetail ?? '', 200)} |`);
        }
    }
    if (rows.length === 0)
        return '';
    return [
        '#### mTLS: prediction, live probe, telemetry',
        '',
        '| side | workload | static prediction | live probe (plaintext) | telemetry | counters |',
        '|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/github/mtls-recheck.ts
/**
 * mTLS recomputed, not believed: in mode `report` the static mTLS verdict (base vs head) is computed again from the
 * pull request's configuration files, fetched through the API at the measured head commit and at the base (blobs
 * parsed as data, never applied or run), with the same validator and the same gate workloads the measuring run
 * used. That verdict is the one reported. Where the artifact's matrix says otherwise, that is a finding: the
 * measuring run was changed, or measured something else.
 *
 * The artifact can only add to the recomputed outcome, never take from it: a live-probe finding (which only the
 * measuring cluster could see) is kept.
 */









/** What one side may hold: far above a real mesh configuration, far below what hurts the report step. */
const LIMITS = { files: 2000, fileBytes: 1024 * 1024, totalBytes: 32 * 1024 * 1024 };
/** Disagreements listed in the report; the rest are counted. */
const MAX_LISTED = 30;
const MANIFEST = /\.(ya?ml|json)$/i;
async function recheckMtls(r) {
    let validation;
    try {
        const base = await sideAt(r, r.base, 'base');
        const head = await sideAt(r, r.head, 'head');
        const mesh = r.mesh ??
            (0,evaluate/* detectMesh */.l5)({ objects: [...head.objects, ...base.objects], values: [] }, `the pull request's files under ${r.configPaths.join(', ')}`);
        validation = (0,validate/* validateLoaded */.sQ)(withGateWorkloads(head, mesh), withGateWorkloads(base, mesh), r.require, mesh);
    }
    catch (e) {
        const why = e.message;
        const f = (0,model/* finding */.gk)('error', 'mtls-recompute-failed', `the mTLS check could not be recomputed: ${why}`, null);
        return {
            outcome: { verdict: 'fail', findings: [f] },
            markdown: [
                '### mTLS strictness (recomputed from the pull request’s files): ❌ fail',
                '',
                `The gate could not recompute the mTLS check from the pull request's files (${(0,report_escape/* untrusted */.bp)(why, 400)}), so it ` +
                    'does not take the artifact’s word for it.',
            ].join('\n'),
        };
    }
    const disagreements = disagreementsWith(validation, r.artifact.matrix);
    const kept = (r.artifact.outcome?.findings ?? []).filter((f) => f.code === 'mtls-live-mismatch');
    const findings = [...validation.findings, ...disagreements, ...kept];
    const verdict = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    const out = [
        renderMtlsMarkdown({ ...validation, verdict }).replace(/^### mTLS strictness:/, '### mTLS strictness (recomputed from the pull request’s files):'),
    ];
    if (disagreements.length > 0) {
        out.push('', `**The artifact's mTLS matrix disagrees with the pull request's files** (${disagreements.length}): the ` +
            'measuring run was changed or measured other files; the recomputed verdict above is the one that counts.', '', ...disagreements.slice(0, MAX_LISTED).map((f) => `- ❌ ${(0,report_escape/* untrusted */.bp)(f.message, 400)}`), ...(disagreements.length > MAX_LISTED ? [`- …and ${disagreements.length - MAX_LISTED} more.`] : []));
    }
    for (const f of kept)
        out.push('', `- ❌ \`${f.code}\` (from the measuring run) ${(0,report_escape/* untrusted */.bp)(f.message, 400)}`);
    return { outcome: { verdict, findings }, markdown: out.join('\n') };
}
/** The configuration files of one side, read from its tree and the blobs API, parsed as data. */
async function sideAt(r, tree, side) {
    if (tree.truncated)
        throw new Error(`the ${side} commit's tree is too large for GitHub to list in full`);
    const files = tree.tree.filter((e) => e.type === 'blob' && MANIFEST.test(e.path) && (0,glob/* matchesAny */._)(e.path, r.configPaths));
    if (files.length > LIMITS.files) {
        throw new Error(`the ${side} has ${files.length} configuration files, over the limit of ${LIMITS.files}`);
    }
    let total = 0;
    const loaded = { objects: [], values: [] };
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
        const size = f.size ?? 0;
        total += size;
        if (size > LIMITS.fileBytes || total > LIMITS.totalBytes) {
            throw new Error(`the ${side}'s configuration files are over the size limit (${f.path})`);
        }
        const bytes = await r.gh.getBlob(r.repo, f.sha);
        // The same names as the measuring run's head side, so findings annotate the PR's lines.
        const part = (0,manifests/* parseManifestText */.k_)(bytes.toString('utf8'), f.path);
        loaded.objects.push(...part.objects);
        loaded.values.push(...part.values);
    }
    return loaded;
}
/**
 * The side as the measuring run validates it: its objects plus the gate's own workloads, except the plaintext
 * probe, which is outside the mesh on purpose (it is what tries plaintext): judging it would fail every run.
 */
function withGateWorkloads(side, mesh) {
    const probe = (o) => o.metadata?.namespace === workloads/* PROBE_NAMESPACE */.l8 ||
        (o.kind === 'Namespace' && o.metadata?.name === workloads/* PROBE_NAMESPACE */.l8);
    return {
        objects: [
            ...(0,workloads/* gateWorkloads */.WQ)({ mesh: install/* INSTALLERS */.UP[mesh], nodeLabels: null })
                .filter((object) => !probe(object))
                .map((object) => ({
                object: object,
                origin: { file: '(the gate’s workloads)', line: null },
            })),
            ...side.objects,
        ],
        values: side.values,
    };
}
/** Every (namespace, workload, port) whose mode the artifact states differently from the recomputed head matrix. */
function disagreementsWith(v, matrix) {
    const note = (message) => (0,model/* finding */.gk)('error', 'mtls-artifact-disagrees', message, null);
    if (!matrix) {
        return [note('the artifact carries no mTLS matrix, but the gate records one on every measuring run')];
    }
    const key = (e) => `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`;
    // The probe's rows (see withGateWorkloads) are the gate's own, not the PR's: not compared.
    const claimed = new Map(matrix.entries.filter((e) => e.namespace !== workloads/* PROBE_NAMESPACE */.l8).map((e) => [key(e), e]));
    const out = [];
    for (const e of v.matrix) {
        const c = claimed.get(key(e));
        claimed.delete(key(e));
        if (!c)
            out.push(note(`${(0,validate/* label */.Pf)(e)} is ${e.mode} in the pull request's files; the artifact does not list it`));
        else if (c.mode !== e.mode) {
            out.push(note(`${(0,validate/* label */.Pf)(e)}: the artifact says ${c.mode}, the pull request's files say ${e.mode}`));
        }
    }
    for (const c of claimed.values()) {
        out.push(note(`the artifact lists ${(0,validate/* label */.Pf)(c)} as ${c.mode}, which the pull request's files do not configure`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/pr-changes.ts
/**
 * Does a pull request change how it is measured? For a pull_request run GitHub takes the workflow file from the
 * PR's merge commit, so a fork's author who edits the measuring workflow, a local action it uses, or the gate's
 * config can make the measuring job upload any results. This module names the files the measuring job reads as its
 * own configuration and finds which of them the PR changes, by asking GitHub (the PR's file list, and the blob SHAs
 * of both commits' trees): data only, nothing of the PR is checked out or run.
 *
 * `config-paths` are not among them: the mesh configuration is what is under test.
 */


/** GitHub lists at most this many files of a pull request; a longer diff is cut. */
const PR_FILES_LIMIT = 3000;
/**
 * What the measuring job reads as its configuration: its workflow file, the gate config, and the local actions and
 * reusable workflows it uses (`uses: ./…`), read from the workflow as it is on the base branch (trusted: a PR
 * cannot change what is looked at). `fallback` are the report step's own `config` and `config-paths`, used where
 * the workflow does not set them.
 */
function gateInputsOf(workflowPath, baseWorkflow, fallback) {
    const watched = [{ path: workflowPath, why: 'the measuring workflow' }];
    const configs = new Set();
    const configPaths = new Set();
    for (const uses of usesOf(baseWorkflow)) {
        const local = /^\.\/(.*)$/.exec(uses.ref);
        if (local) {
            const dir = local[1].replace(/\/+$/, '');
            if (/\.ya?ml$/.test(dir))
                watched.push({ path: dir, why: `reusable workflow ${uses.ref}` });
            else if (dir === '') {
                // The repository is the action (`uses: ./`): its metadata and its built code.
                for (const path of ['action.yml', 'action.yaml', 'dist/'])
                    watched.push({ path, why: 'the action itself (uses: ./)' });
            }
            else
                watched.push({ path: `${dir}/`, why: `local action ${uses.ref}` });
        }
        if (local || /(^|\/)mesh-mtls-gate(@|\/|$)/.test(uses.ref)) {
            const config = literal(uses.with.config);
            if (config)
                configs.add(config.replace(/^\.\//, ''));
            for (const p of (literal(uses.with['config-paths']) ?? '').split(/\r?\n|,/)) {
                if (p.trim())
                    configPaths.add(p.trim());
            }
        }
    }
    if (configs.size === 0)
        configs.add(fallback.configFile.replace(/^\.\//, ''));
    for (const path of configs)
        watched.push({ path, why: 'the gate config' });
    return {
        watched: dedupe(watched),
        configPaths: configPaths.size > 0 ? [...configPaths] : fallback.configPaths,
    };
}
/**
 * The watched files the PR changes. A file counts when the PR's file list names it (or names it as a rename's old
 * name) and its blob differs between the base and the PR head; when GitHub cut the list at its limit, a differing
 * blob alone counts. A file that differs only because the base branch moved on is not the PR's change: the merge
 * commit that the measuring run used has the base's version of it.
 */
function touchedFiles(files, inputs, base, head) {
    const why = (path) => watchedBy(path, inputs);
    const blobs = (tree) => new Map(tree.tree.filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
    const baseBlobs = blobs(base);
    const headBlobs = blobs(head);
    // A path missing from a cut tree is unknown, not absent: treat it as different.
    const blobAt = (m, tree, path) => m.get(path) ?? (tree.truncated ? undefined : null);
    const out = new Map();
    const consider = (path, status, previousPath) => {
        const reason = why(path) ?? (previousPath ? why(previousPath) : null);
        if (!reason || out.has(path))
            return;
        const baseBlob = blobAt(baseBlobs, base, previousPath ?? path);
        const headBlob = blobAt(headBlobs, head, path);
        if (baseBlob !== undefined && headBlob !== undefined && baseBlob === headBlob && previousPath === null)
            return;
        out.set(path, {
            path,
            previousPath,
            status,
            why: reason,
            baseBlob: baseBlob ?? null,
            headBlob: headBlob ?? null,
        });
    };
    for (const f of files)
        consider(f.filename, f.status, f.previous_filename ?? null);
    if (files.length >= PR_FILES_LIMIT) {
        for (const path of new Set([...baseBlobs.keys(), ...headBlobs.keys()])) {
            if (baseBlobs.get(path) !== headBlobs.get(path)) {
                consider(path, baseBlobs.has(path) ? (headBlobs.has(path) ? 'modified' : 'removed') : 'added', null);
            }
        }
    }
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Why `path` matters, or null. A folder watch leaves out what `config-paths` covers: that is under test. */
function watchedBy(path, inputs) {
    for (const w of inputs.watched) {
        if (w.path === path)
            return w.why;
        if (w.path.endsWith('/') && path.startsWith(w.path) && !(0,glob/* matchesAny */._)(path, inputs.configPaths))
            return w.why;
    }
    return null;
}
/** Every `uses:` of the workflow: jobs calling reusable workflows, and steps. Malformed YAML has none. */
function usesOf(workflow) {
    if (!workflow)
        return [];
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(workflow, { maxAliasCount: 100 });
    }
    catch {
        return [];
    }
    const out = [];
    const jobs = record((record(doc) ?? {}).jobs) ?? {};
    for (const job of Object.values(jobs).map(record)) {
        if (!job)
            continue;
        if (typeof job.uses === 'string')
            out.push({ ref: job.uses.trim(), with: record(job.with) ?? {} });
        for (const step of Array.isArray(job.steps) ? job.steps.map(record) : []) {
            if (step && typeof step.uses === 'string') {
                out.push({ ref: step.uses.trim(), with: record(step.with) ?? {} });
            }
        }
    }
    return out;
}
function record(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
/** A `with:` value that is plain text; an expression (`${{ … }}`) cannot be known here. */
function literal(v) {
    return typeof v === 'string' && v.trim() !== '' && !v.includes('${{') ? v.trim() : null;
}
function dedupe(watched) {
    const seen = new Set();
    return watched.filter((w) => !seen.has(w.path) && seen.add(w.path));
}

// EXTERNAL MODULE: ./src/github/provenance.ts
var github_provenance = __webpack_require__(29436);
;// CONCATENATED MODULE: ./src/github/fork-review.ts




/** Where the docs explain the hold and the trusted re-run. */
const SECURITY_DOC = 'docs/security.md';
/** Touched files listed in the report; the rest are counted. */
const fork_review_MAX_LISTED = 20;
async function reviewTriggeringRun(r) {
    const lines = [];
    const provenance = r.bundle.provenance ?? null;
    if (provenance)
        lines.push((0,github_provenance/* describeMeasurer */.aV)(provenance, r.ownDigest));
    const workflowPath = r.trigger.path ?? provenance?.workflowPath ?? null;
    let touched = [];
    let fromFork = true;
    let commits = null;
    let unknown = null;
    try {
        if (!workflowPath)
            throw new Error('the workflow_run event names no workflow file');
        const pr = await r.gh.getPullRequest(r.repo, r.pullNumber);
        fromFork = !sameRepo(pr.head.repo?.full_name ?? null, r.repo);
        const base = await r.gh.getTree(r.repo, pr.base.sha);
        const head = await r.gh.getTree(r.repo, r.trigger.headSha);
        const inputs = gateInputsOf(workflowPath, await textAt(r, base, workflowPath), r.settings);
        touched = touchedFiles(await r.gh.listPullRequestFiles(r.repo, pr.number), inputs, base, head);
        commits = { base, head, configPaths: inputs.configPaths };
    }
    catch (e) {
        unknown = e.message;
    }
    let hold = null;
    if (unknown !== null) {
        // Fail closed: what cannot be checked is not trusted.
        hold = `could not ask GitHub which files the pull request changes: ${unknown}`;
        lines.push('', '### ⚠️ Maintainer review required', `The gate could not ask GitHub which files this pull request changes (${(0,report_escape/* untrusted */.bp)(unknown, 300)}), so it ` +
            'cannot tell whether the run that measured it was changed by the pull request. A maintainer must review ' +
            `it and re-run the report (the report workflow needs \`contents: read\` and \`pull-requests: read\`; see ${SECURITY_DOC}).`);
    }
    else if (touched.length > 0) {
        const table = touchedTable(touched);
        if (fromFork) {
            hold = `the pull request changes ${touched.map((t) => t.path).join(', ')}`;
            lines.push('', '### ⚠️ Maintainer review required', 'This pull request comes from a fork and changes files that the measuring job reads as its own ' +
                "configuration, so the results it uploaded may say anything: the pull request's author decided how they " +
                'were made.', '', ...table, '', 'A maintainer must review these changes and, if they are sound, measure again from a trusted context: ' +
                "push the pull request's head to a branch of this repository and let the measuring workflow run there " +
                `(see ${SECURITY_DOC}). Re-running this run does not help, it runs the same changed files. Until then ` +
                'this check concludes `action_required`, which branch protection does not accept as passing.');
        }
        else {
            lines.push('', '### ℹ️ This pull request changes how it is measured', ...table, '', 'It was measured from a branch of this repository (pushed by someone with write access), so the result ' +
                `stands; review these changes with the rest of the pull request (see ${SECURITY_DOC}).`);
        }
    }
    let mtls = null;
    if (commits && r.settings.requireMtls !== 'none') {
        const recheck = await recheckMtls({
            gh: r.gh,
            repo: r.repo,
            ...commits,
            require: r.settings.requireMtls,
            mesh: r.settings.mesh,
            artifact: { matrix: r.bundle.current.mtls, outcome: r.bundle.mtls },
        });
        mtls = recheck.outcome;
        lines.push('', recheck.markdown);
    }
    return { hold, markdown: lines.join('\n').trim(), mtls };
}
function touchedTable(touched) {
    const blob = (sha) => (sha ? sha.slice(0, 7) : '—');
    const rows = touched.slice(0, fork_review_MAX_LISTED).map((t) => {
        const name = t.previousPath
            ? `${(0,report_escape/* untrusted */.bp)(t.previousPath, 200)} → ${(0,report_escape/* untrusted */.bp)(t.path, 200)}`
            : (0,report_escape/* untrusted */.bp)(t.path, 200);
        return `| ${name} | ${(0,report_escape/* untrusted */.bp)(t.status, 20)} | ${t.why} | ${blob(t.baseBlob)} → ${blob(t.headBlob)} |`;
    });
    const more = touched.length > fork_review_MAX_LISTED ? ['', `…and ${touched.length - fork_review_MAX_LISTED} more changed files.`] : [];
    return [
        '| file | change | the measuring job reads it as | blob base → head |',
        '|---|---|---|---|',
        ...rows,
        ...more,
    ];
}
/** The text of a file at a commit, from its tree and the blobs API; null when absent or too large to be ours. */
async function textAt(r, tree, path) {
    const entry = tree.tree.find((e) => e.path === path && e.type === 'blob');
    if (!entry || (entry.size ?? 0) > 1024 * 1024)
        return null;
    return (await r.gh.getBlob(r.repo, entry.sha)).toString('utf8');
}
function sameRepo(fullName, repo) {
    return fullName !== null && fullName.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}
/** Bytes the review takes in a report, to leave room for it when the report is fitted to a limit. */
function reviewLength(review) {
    return review?.markdown ? Buffer.byteLength(review.markdown, 'utf8') + 2 : 0;
}
/**
 * The reports with the review inserted after the comment marker (which must stay first). A held pass is not a pass:
 * it becomes `inconclusive`, so the comment is written (`comment: on-change`) and `fail-on: inconclusive` holds.
 */
function withReview(reports, review) {
    if (!review?.markdown)
        return reports;
    const insert = (text) => {
        const marker = /^<!--[^\n]*-->\n*/.exec(text)?.[0] ?? '';
        return `${marker}${review.markdown}\n\n${text.slice(marker.length)}`;
    };
    return {
        ...reports,
        verdict: review.hold && reports.verdict === 'pass' ? 'inconclusive' : reports.verdict,
        comment: insert(reports.comment),
        summary: insert(reports.summary),
        check: insert(reports.check),
    };
}

// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
;// CONCATENATED MODULE: ./src/github/permissions.ts
/**
 * GitHub answers a write with a token that lacks the permission — every pull_request run from a fork, or a
 * workflow whose `permissions:` leave it out — with 403 "Resource not accessible by integration". That is not a
 * reason to lose the verdict: the caller downgrades it to a warning that names the permission to grant.
 */

const Permission = {
    PullRequestsWrite: 'pull-requests: write',
    ChecksWrite: 'checks: write',
    ActionsRead: 'actions: read',
};
function isPermissionDenied(e) {
    return (0,api/* httpStatus */.n)(e) === 403;
}
function permissionWarning(what, permission, e) {
    const message = e.message?.split('\n')[0] ?? String(e);
    return (`mesh-mtls-gate could not ${what}: ${message} (HTTP 403). The token lacks '${permission}': grant it in the ` +
        `workflow's 'permissions:'. Pull requests from forks get a read-only token whatever the workflow asks for: ` +
        `use 'mode: measure' on pull_request and 'mode: report' on workflow_run (see the README). ` +
        `The verdict is in the job summary.`);
}

;// CONCATENATED MODULE: ./src/github/publish.ts



async function publishToPullRequest(gh, req, log) {
    const published = { commentUrl: null, checkRunUrl: null };
    await attempt(log, 'write the PR comment', Permission.PullRequestsWrite, async () => {
        const r = await upsertStickyComment(gh, {
            repo: req.repo,
            issue: req.pullRequest.number,
            marker: commentMarker(req.gateId),
            body: req.comment.body,
            policy: req.comment.policy,
            verdict: req.verdict,
        });
        if (r.action === 'skipped')
            log.info(r.reason);
        else {
            log.info(`PR comment ${r.action}: ${r.url}`);
            published.commentUrl = r.url;
        }
    });
    await attempt(log, 'create the check run', Permission.ChecksWrite, async () => {
        const check = await publishCheckRun(gh, {
            repo: req.repo,
            name: `mesh-mtls-gate (${req.gateId})`,
            headSha: req.pullRequest.headSha,
            verdict: req.verdict,
            failing: req.failing,
            summary: req.check.summary,
            annotations: req.check.annotations,
            hold: req.hold ?? null,
            ...(req.check.detailsUrl ? { detailsUrl: req.check.detailsUrl } : {}),
        });
        published.checkRunUrl = check.html_url;
        log.info(`check run: ${check.html_url ?? check.id}`);
    });
    return published;
}
async function attempt(log, what, permission, write) {
    try {
        await write();
    }
    catch (e) {
        log.warning(isPermissionDenied(e)
            ? permissionWarning(what, permission, e)
            : `mesh-mtls-gate could not ${what}: ${e.message}. The verdict is in the job summary.`);
    }
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/**
 * The job summary: the same markdown as the comment, but GitHub allows up to 1 MiB per step's summary (in bytes),
 * so it gets the report with more detail when the comment had to be shortened.
 */
/** GitHub's limit on one step's job summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * The longest rendering that fits the summary limit. `render(maxLength)` returns a report of at most `maxLength`
 * characters; a character takes up to 4 bytes in UTF-8, so the limit is tried as characters first, then shrunk.
 */
function fitSummary(render, limitBytes = SUMMARY_LIMIT_BYTES) {
    // Leave room for what the runner adds around a step's summary.
    const budget = limitBytes - 1024;
    let maxLength = budget;
    for (;;) {
        const text = render(maxLength);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes <= budget)
            return text;
        maxLength = Math.floor((maxLength * budget) / bytes) - 1;
        if (maxLength < 1024)
            return render(Math.floor(budget / 4));
    }
}

// EXTERNAL MODULE: ./src/results/artifact.ts
var artifact = __webpack_require__(53754);
;// CONCATENATED MODULE: ./src/report/format.ts

/** The typographic minus, as `formatThreshold` uses, so that a row reads consistently. */
const MINUS = '\u2212';
const VERDICT_ICON = {
    pass: '✅',
    regression: '❌',
    inconclusive: '⚠️',
    info: 'ℹ️',
};
const METRIC_LABEL = {
    'latency-p50': 'p50 latency',
    'latency-p90': 'p90 latency',
    'latency-p99': 'p99 latency',
    'latency-p999': 'p99.9 latency',
    'error-rate': 'error rate',
    qps: 'throughput',
    'proxy-cpu': 'proxy CPU',
    'proxy-memory': 'proxy memory',
};
/**
 * `x` to `digits` significant digits as a plain decimal (Mermaid's parser rejects `1e-7`). Values with more integer
 * digits than that keep them all: 1234.5 → "1235".
 */
function significant(x, digits = 3) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    // Round first, so that 9.996 becomes "10.0" rather than "10.00".
    const rounded = Number(x.toPrecision(digits));
    const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
    const decimals = digits - 1 - magnitude;
    return decimals > 0 ? rounded.toFixed(Math.min(decimals, 20)) : Math.round(x).toFixed(0);
}
/** Drops trailing zeros after the point: "0.120" → "0.12", "1.00" → "1". */
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** A value in its metric's unit; latencies under a millisecond switch to µs. */
function formatValue(value, unit) {
    if (value === null || !Number.isFinite(value))
        return '—';
    switch (unit) {
        case 'ms':
            // Decide on the rounded value, so 0.9996 ms reads "1.00 ms", not "1000 µs".
            return value !== 0 && Math.abs(Number(value.toPrecision(3))) < 1
                ? `${significant(value * 1000)} µs`
                : `${significant(value)} ms`;
        case '%':
            return `${trimZeros(significant(value))}%`;
        case 'qps':
            return `${Math.round(value)} qps`;
        case 'millicores':
            return `${significant(value)} m`;
        case 'MiB':
            return `${significant(value)} MiB`;
        default:
            return `${significant(value)} ${(0,report_escape/* escapeMarkdown */.FV)(unit)}`;
    }
}
/** A signed change: relative ones are fractions shown in percent, absolute ones (error rate) in points. */
function formatChange(change, kind) {
    if (kind === 'relative')
        return `${signed((Math.abs(change) * 100).toFixed(1), change < 0)}%`;
    const size = Math.abs(change);
    // Error-rate thresholds are around 0.1 pt; a third decimal keeps tiny changes from reading as zero.
    return `${signed(size.toFixed(size >= 0.01 || size === 0 ? 2 : 3), change < 0)} pt`;
}
function formatInterval(interval, kind) {
    if (!interval)
        return '—';
    return `${formatChange(interval[0], kind)} … ${formatChange(interval[1], kind)}`;
}
/** A sign only when the rounded text is not zero, so no "+0.0%" or "−0.0%". */
function signed(magnitude, negative) {
    if (/^[0.]+$/.test(magnitude))
        return magnitude;
    return `${negative ? MINUS : '+'}${magnitude}`;
}
/**
 * A confidence level in percent with as many decimals as it takes not to read 100%, rounded down so that it
 * never overstates: 0.995 → "99.5%", 0.99999 → "99.999%".
 */
function formatConfidence(confidence) {
    const gap = 100 - confidence * 100;
    const decimals = gap > 0 ? Math.min(6, Math.max(1, Math.ceil(-Math.log10(gap)))) : 1;
    const scale = 10 ** decimals;
    // The epsilon absorbs binary noise: 0.995 × 100 is 99.49999999999999.
    return `${trimZeros((Math.floor(confidence * 100 * scale + 1e-6) / scale).toFixed(decimals))}%`;
}
/** A plain fraction in percent: 0.01 → "1%". */
function formatPercent(fraction) {
    return `${trimZeros(significant(fraction * 100))}%`;
}
/**
 * US dollars for markdown. The dollar sign is escaped because GitHub renders the text between two of them on one
 * line as math. Amounts of $100 or more drop the cents.
 */
function formatUsd(amount, options = {}) {
    const size = Math.abs(amount);
    const digits = size >= 100 ? size.toFixed(0) : size.toFixed(2);
    const zero = /^[0.]+$/.test(digits);
    const sign = zero ? '' : amount < 0 ? MINUS : options.sign ? '+' : '';
    return `${sign}\\$${digits}`;
}
/** A unit price such as 0.0316, with up to four significant digits and no exponent. */
function formatPrice(price) {
    return `\\$${trimZeros(significant(price, 4))}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report/headline.ts



/** Lists are cut here: with thousands of scenarios, notes alone could fill the comment. */
const MAX_LIST_ITEMS = 20;
/** How many undecided metrics the inconclusive headline names before "and N more". */
const MAX_NAMED = 3;
function headline(comparison) {
    const gated = comparison.metrics.filter((m) => m.verdict !== 'info');
    const icon = VERDICT_ICON[comparison.verdict];
    switch (comparison.verdict) {
        case 'regression': {
            const regressions = gated
                .filter((m) => m.verdict === 'regression')
                .sort((a, b) => severity(b) - severity(a));
            const worst = regressions[0];
            if (!worst)
                return `${icon} **Regression.**`;
            const more = regressions.length - 1;
            const tail = more > 0 ? ` ${plural(more, 'more gated metric')} regressed as well.` : '';
            return `${icon} **Regression.** ${describeRegression(worst)}${tail}`;
        }
        case 'inconclusive': {
            const undecided = gated.filter((m) => m.verdict === 'inconclusive');
            if (undecided.length === 0)
                return `${icon} **Inconclusive.** No gated metric could be compared.`;
            const named = undecided.slice(0, MAX_NAMED).map((m) => {
                const why = m.reason ? ` (${(0,report_escape/* untrusted */.bp)(m.reason, 200)})` : '';
                return `${METRIC_LABEL[m.metric]} of <code>${(0,report_escape/* untrusted */.bp)(m.scenario, 100)}</code>${why}`;
            });
            if (undecided.length > MAX_NAMED)
                named.push(`and ${undecided.length - MAX_NAMED} more`);
            const verb = undecided.length === 1 ? 'metric could' : 'metrics could';
            return `${icon} **Inconclusive.** ${undecided.length} gated ${verb} not be decided: ${named.join('; ')}.`;
        }
        case 'pass': {
            const scenarios = new Set(gated.map((m) => m.scenario)).size;
            return (`${icon} **Pass.** All ${plural(gated.length, 'gated metric')} in ${plural(scenarios, 'scenario')} ` +
                `are within their thresholds.`);
        }
    }
}
function describeRegression(m) {
    const verb = thresholds/* METRIC_INFO */.mp[m.metric].worse === 'up' ? 'rose' : 'fell';
    const size = m.change === null ? '' : ` ${formatChange(Math.abs(m.change), m.changeKind).replace(/^\+/, '')}`;
    return (`${METRIC_LABEL[m.metric]} of scenario <code>${(0,report_escape/* untrusted */.bp)(m.scenario, 100)}</code> ${verb}${size} ` +
        `(interval ${formatInterval(m.interval, m.changeKind)}; threshold ${(0,report_escape/* untrusted */.bp)(m.threshold, 40)}).`);
}
/**
 * How far past its threshold a regression is, so that the worst one leads: the change in the worse direction over
 * the threshold's size. The threshold is only available as text here, hence the parse.
 */
function severity(m) {
    const worse = thresholds/* METRIC_INFO */.mp[m.metric].worse === 'up' ? 1 : -1;
    const match = /(\d+(?:\.\d+)?)\s*(%|pt)/.exec(m.threshold);
    const size = match ? Number(match[1]) / (match[2] === '%' ? 100 : 1) : 0;
    return (worse * (m.change ?? 0)) / (size > 0 ? size : 1);
}
function statisticsLine(comparison) {
    const lines = [
        `${formatConfidence(comparison.confidence)} simultaneous intervals, false-alarm rate ` +
            `${formatPercent(comparison.falseAlarmRate)} over ${plural(comparison.gatedTests, 'gated metric')}; ` +
            `a metric whose change is as large as its threshold passes with probability at most ` +
            `${formatPercent(comparison.falsePassRate)}.`,
    ];
    for (const s of comparison.scenarios)
        lines.push(scenarioLookLine(comparison, s));
    return lines.join('\n');
}
/**
 * Per scenario: how it was analysed, how many repetitions it took and why it stopped, and what the verdict is
 * worth: the p99 change this run would have caught 90% of the time.
 */
function scenarioLookLine(comparison, s) {
    const name = `<code>${(0,report_escape/* untrusted */.bp)(s.scenario, 100)}</code>`;
    const design = s.design === 'paired'
        ? 'paired by time (same-run A/B)'
        : `independent samples${s.designReason ? ` (${(0,report_escape/* untrusted */.bp)(s.designReason, 200)})` : ''}`;
    const reps = s.look.maxRepetitions === null
        ? `${plural(s.look.repetitions, 'repetition')} per side`
        : `${s.look.repetitions} of at most ${s.look.maxRepetitions} repetitions per side (look ${s.look.index} of ${s.look.looks})`;
    const p99 = comparison.metrics.find((m) => m.scenario === s.scenario && m.metric === 'latency-p99');
    const mde = p99?.mde !== null && p99?.mde !== undefined
        ? `; smallest p99 change it would have caught 90% of the time: ${formatChange(p99.mde, p99.changeKind)}`
        : '';
    const stop = s.next === null ? '' : `; ${s.next === 'continue' ? 'continues' : 'stopped'}: ${(0,report_escape/* untrusted */.bp)(s.why, 300)}`;
    return `- ${name}: ${design}, ${reps}${stop}${mde}.`;
}
/** Fingerprint differences and notes, as GitHub alert blocks and a list. */
function contextBlocks(comparison) {
    const blocks = [];
    const { refused, flagged } = comparison.fingerprint;
    if (refused.length > 0) {
        blocks.push(headline_alert('CAUTION', '**Not comparable.** The runs differ in what was measured, so the verdict above does not hold:', refused));
    }
    if (flagged.length > 0) {
        blocks.push(headline_alert('WARNING', 'Measured in different environments; weigh small changes accordingly:', flagged));
    }
    if (comparison.notes.length > 0)
        blocks.push(`**Notes**\n\n${list(comparison.notes).join('\n')}`);
    return blocks;
}
function headline_alert(kind, lead, items) {
    return [`> [!${kind}]`, `> ${lead}`, ...list(items).map((line) => `> ${line}`)].join('\n');
}
function list(items) {
    const shown = items.slice(0, MAX_LIST_ITEMS).map((item) => `- ${(0,report_escape/* untrusted */.bp)(item, 500)}`);
    if (items.length > MAX_LIST_ITEMS)
        shown.push(`- … and ${items.length - MAX_LIST_ITEMS} more`);
    return shown;
}

;// CONCATENATED MODULE: ./src/report/chart.ts

const PERCENTILES = [
    ['latency-p50', 'p50'],
    ['latency-p90', 'p90'],
    ['latency-p99', 'p99'],
    ['latency-p999', 'p99.9'],
];
/**
 * A fenced ```mermaid xychart-beta``` block, or null when no percentile was measured on both sides. Percentiles
 * missing on either side are left off the x-axis rather than drawn as zero.
 *
 * Mermaid draws several bar series on top of one another, not side by side, so the series with the taller bars
 * goes first (behind) and the title says which is in front.
 */
function latencyChart(scenario, rows) {
    const points = [];
    for (const [metric, label] of PERCENTILES) {
        const row = rows.find((m) => m.metric === metric && m.unit === 'ms');
        if (!row || !isPlotted(row.baseline) || !isPlotted(row.current))
            continue;
        points.push({ label, baseline: row.baseline, current: row.current });
    }
    if (points.length === 0)
        return null;
    const sum = (side) => points.reduce((a, p) => a + p[side], 0);
    const [back, front] = sum('current') >= sum('baseline')
        ? ['current', 'baseline']
        : ['baseline', 'current'];
    const top = Math.max(...points.map((p) => Math.max(p.baseline, p.current)));
    const series = (side) => `  bar "${side}" [${points.map((p) => significant(p[side])).join(', ')}]`;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${chartText(scenario)}: ${front} in front of ${back}"`,
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        // An explicit range from zero: Mermaid's automatic one starts at the smallest value and would hide that bar.
        `  y-axis "latency (ms)" 0 --> ${top > 0 ? significant(top * 1.1, 2) : '1'}`,
        series(back),
        series(front),
        '```',
    ].join('\n');
}
function isPlotted(x) {
    return x !== null && Number.isFinite(x) && x >= 0;
}
/**
 * Inside a code fence markdown escaping does not apply, and a quote or backtick could end the string or the fence:
 * only plain characters survive.
 */
function chartText(text) {
    const plain = text.replace(/[^A-Za-z0-9 ._-]+/g, '_').trim();
    return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}

;// CONCATENATED MODULE: ./src/report/cost.ts

/** The cloud-pricing convention for a month: 365 × 24 / 12. */
const HOURS_PER_MONTH = 730;
/** USD/month = (current − baseline per pod) × pods × hourly price × 730, CPU as millicores/1000 vCPU, memory as MiB/1024 GiB. */
function monthlyOverheadCostUsd(metric, baselinePerPod, currentPerPod, cost) {
    const delta = currentPerPod - baselinePerPod;
    const hourly = metric === 'proxy-cpu' ? (delta / 1000) * cost.vcpuHourUsd : (delta / 1024) * cost.gibHourUsd;
    return hourly * cost.pods * HOURS_PER_MONTH;
}
/** The monthly cost of one scenario's proxy CPU and memory changes, or null when neither was measured. */
function scenarioOverheadCost(rows, cost) {
    const part = (metric) => {
        const row = rows.find((m) => m.metric === metric);
        if (!row || row.baseline === null || row.current === null)
            return null;
        return monthlyOverheadCostUsd(metric, row.baseline, row.current, cost);
    };
    const cpu = part('proxy-cpu');
    const memory = part('proxy-memory');
    if (cpu === null && memory === null)
        return null;
    return { cpu, memory, total: (cpu ?? 0) + (memory ?? 0) };
}
/** One report line, with the assumptions the figure rests on, since the pod count and prices are guesses. */
function renderCostLine(overhead, cost) {
    const parts = [
        overhead.cpu === null ? null : `CPU ${formatUsd(overhead.cpu, { sign: true })}`,
        overhead.memory === null ? null : `memory ${formatUsd(overhead.memory, { sign: true })}`,
    ].filter((p) => p !== null);
    return (`Proxy overhead cost: ≈ ${formatUsd(overhead.total, { sign: true })}/month (${parts.join(', ')}) ` +
        `for ${plural(cost.pods, 'meshed pod')} at ${formatPrice(cost.vcpuHourUsd)}/vCPU-hour, ` +
        `${formatPrice(cost.gibHourUsd)}/GiB-hour.`);
}

;// CONCATENATED MODULE: ./src/report/scenario.ts




const RANK = { regression: 0, inconclusive: 1, pass: 2, info: 3 };
/**
 * Groups the rows by scenario, worst scenario first (stable otherwise), so that what gets dropped to fit the
 * length limit is what matters least.
 */
function groupByScenario(metrics) {
    const byName = new Map();
    for (const m of metrics) {
        const rows = byName.get(m.scenario);
        if (rows)
            rows.push(m);
        else
            byName.set(m.scenario, [m]);
    }
    const groups = [...byName].map(([name, rows]) => {
        const verdict = rows.reduce((worst, m) => (RANK[m.verdict] < RANK[worst] ? m.verdict : worst), 'info');
        return { name, rows, verdict };
    });
    return groups.sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
}
function renderScenario(group, detail, cost) {
    const gated = group.rows.filter((m) => m.verdict !== 'info');
    const info = group.rows.filter((m) => m.verdict === 'info');
    const name = `<code>${(0,report_escape/* untrusted */.bp)(group.name, 100)}</code>`;
    const body = [gated.length > 0 ? metricTable(gated) : '_No gated metrics in this scenario._'];
    const overhead = scenarioOverheadCost(group.rows, cost);
    if (overhead)
        body.push(renderCostLine(overhead, cost));
    const perThousand = perThousandRps(group.rows);
    if (perThousand)
        body.push(perThousand);
    if (detail === 'full') {
        const chart = latencyChart(group.name, group.rows);
        if (chart)
            body.push(chart);
    }
    if (detail !== 'gated-only' && info.length > 0) {
        body.push(details(`Other metrics (${info.length})`, metricTable(info)));
    }
    // A passing scenario is folded away: the reader only needs to open it to check.
    if (group.verdict === 'pass' || group.verdict === 'info') {
        const summary = group.verdict === 'pass'
            ? `${VERDICT_ICON.pass} ${name}: ${plural(gated.length, 'gated metric')} within thresholds`
            : `${VERDICT_ICON.info} ${name}: not gated`;
        return details(summary, body.join('\n\n'));
    }
    return [`#### ${VERDICT_ICON[group.verdict]} ${name}`, ...body].join('\n\n');
}
/** The blank lines matter: without them GitHub does not render markdown inside the HTML block. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const HEADER = '| Metric | Baseline | Current | Change | Interval | Threshold | Verdict |\n|---|---:|---:|---:|---|---|---|';
function metricTable(rows) {
    return [HEADER, ...rows.map(row)].join('\n');
}
function row(m) {
    const why = m.reason && m.reason !== 'not gated' ? `: ${(0,report_escape/* untrusted */.bp)(m.reason, 200)}` : '';
    const cells = [
        METRIC_LABEL[m.metric] ?? (0,report_escape/* untrusted */.bp)(m.metric, 40),
        formatValue(m.baseline, m.unit),
        formatValue(m.current, m.unit),
        m.change === null ? '—' : formatChange(m.change, m.changeKind),
        formatInterval(m.interval, m.changeKind),
        (0,report_escape/* untrusted */.bp)(m.threshold, 40),
        `${VERDICT_ICON[m.verdict]} ${m.verdict}${why}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/**
 * Data-plane cost per 1,000 requests per second, so scenarios at different rates (and published figures) can be
 * compared: proxy CPU (millicores) and memory (MiB) per meshed pod divided by the achieved rate in thousands.
 */
function perThousandRps(rows) {
    const qps = rows.find((m) => m.metric === 'qps');
    if (!qps || !qps.baseline || !qps.current)
        return null;
    const parts = [];
    for (const [metric, unit] of [
        ['proxy-cpu', 'millicores'],
        ['proxy-memory', 'MiB'],
    ]) {
        const m = rows.find((r) => r.metric === metric);
        if (m?.baseline == null || m.current == null)
            continue;
        const base = m.baseline / (qps.baseline / 1000);
        const cur = m.current / (qps.current / 1000);
        parts.push(`${METRIC_LABEL[metric]} ${formatValue(base, unit)} → ${formatValue(cur, unit)}`);
    }
    return parts.length ? `Per 1k RPS and meshed pod: ${parts.join('; ')}.` : null;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub's limit on an issue or PR comment body, in characters. */
const GITHUB_COMMENT_LIMIT = 65536;
const WHERE = 'the full report is in the results artifact / job summary';
/** Shortening steps, tried in order until the report fits. */
const DETAILS = ['full', 'no-chart', 'gated-only'];
function renderReport(comparison, options) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
    const top = [
        ...(options.marker ? [options.marker] : []),
        `### ${(0,report_escape/* untrusted */.bp)(options.title ?? 'mesh-mtls-gate', 100)}`,
        headline(comparison),
        statisticsLine(comparison),
    ];
    const context = contextBlocks(comparison);
    const head = [...top, ...context];
    const groups = groupByScenario(comparison.metrics);
    for (const detail of DETAILS) {
        const sections = groups.map((g) => renderScenario(g, detail, options.cost));
        const text = join([...head, ...sections, ...shortened(detail)]);
        if (text.length <= maxLength)
            return text;
    }
    // Still too long: keep as many scenarios as fit, worst first (groupByScenario's order), and say how many are not.
    const sections = groups.map((g) => renderScenario(g, 'gated-only', options.cost));
    const tail = (omitted) => [
        `… ${plural(omitted, 'scenario')} omitted: ${WHERE}. The scenarios shown leave out latency charts and ungated metrics.`,
    ];
    let sectionsLength = sections.reduce((a, s) => a + s.length + 2, 0);
    for (let kept = sections.length - 1; kept >= 0; kept--) {
        sectionsLength -= sections[kept].length + 2;
        if (joinedLength([...head, ...tail(sections.length - kept)]) + sectionsLength <= maxLength) {
            return join([...head, ...sections.slice(0, kept), ...tail(sections.length - kept)]);
        }
    }
    // Not even the head fits (a tiny limit, or huge notes): keep the context blocks that fit, then cut between lines,
    // which is safe because the head holds no tables or code.
    const last = sections.length > 0 ? tail(sections.length) : [];
    let kept = context.length;
    while (kept > 0 && joinedLength([...top, ...context.slice(0, kept), ...last]) > maxLength)
        kept--;
    return cutAtLine(join([...top, ...context.slice(0, kept), ...last]), maxLength);
}
function shortened(detail) {
    if (detail === 'no-chart')
        return [`_Latency charts are left out to fit the size limit; ${WHERE}._`];
    if (detail === 'gated-only') {
        return [`_Latency charts and ungated metrics are left out to fit the size limit; ${WHERE}._`];
    }
    return [];
}
function join(blocks) {
    return `${blocks.join('\n\n')}\n`;
}
function joinedLength(blocks) {
    return blocks.reduce((a, b) => a + b.length, 0) + 2 * (blocks.length - 1) + 1;
}
function cutAtLine(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const suffix = '\n…\n';
    const cut = text.lastIndexOf('\n', maxLength - suffix.length);
    return cut > 0 ? text.slice(0, cut) + suffix : text.slice(0, maxLength);
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's pipeline: get the current results (measure, a file, or the bundle a `measure` run uploaded), get a
 * baseline (same run, a file, or the base branch's artifact), compare, and report to the job summary, the outputs,
 * one sticky PR comment and a check run. Only this module decides the step's outcome: helpers throw, `run` reports.
 * GitHub being unreachable or refusing a write (fork PRs) costs a warning, never the verdict.
 */























async function run(rt, deps) {
    // Known as soon as the inputs are read: a failure afterwards may have logs to upload.
    let uploads = null;
    try {
        const p = await pipelineOf(rt, deps);
        uploads = { store: p.store, gateId: p.settings.commentId };
        await (0,promises_.mkdir)(rt.tempDir, { recursive: true });
        if (p.settings.mode === 'measure')
            return await measureOnly(p);
        if (reportsAPush(p))
            return;
        const sides = await resolveSides(p);
        const review = sides.review ?? null;
        if (sides.baseline === null) {
            return await publish(p, sides, null, withReview(noBaselineReport(p.settings, sides.baselineMissing), review));
        }
        const comparison = compareSides(p.config, sides.baseline, sides.current);
        await publish(p, sides, comparison, withReview(reportsOf(p, comparison, review), review));
    }
    catch (e) {
        const failure = (0,errors/* failureOf */.g5)(e);
        const logs = failure.logsDir ? await uploadLogs(rt, uploads, failure.logsDir) : '';
        rt.fail(failure.message + logs, failure.exitCode);
    }
}
/** The inputs read (secrets masked first), the run context, the gate config and the GitHub clients. */
async function pipelineOf(rt, deps) {
    const settings = readSettings((name) => rt.getInput(name));
    // Mask before anything can print them: tokens and kubeconfigs never reach logs, comments or artifacts.
    if (settings.githubToken)
        rt.setSecret(settings.githubToken);
    if (settings.kubeconfig)
        rt.setSecret(settings.kubeconfig);
    const ctx = await readRunContext(deps.env);
    const config = await gateConfigFor(settings);
    const gh = settings.githubToken ? deps.github(settings.githubToken, ctx.apiUrl, (m) => rt.info(m)) : null;
    const store = settings.githubToken && ctx.repo ? deps.artifacts(settings.githubToken, ctx.repo) : null;
    return { rt, deps, settings, config, ctx, gh, store };
}
/** mode report, triggered by a run that measured a push: says so; true when there is nothing to report. */
function reportsAPush({ rt, settings, ctx }) {
    if (settings.mode !== 'report' || settings.currentResults || ctx.workflowRun?.event !== 'push')
        return false;
    // The measure workflow also runs on pushes, to make baselines; those runs have nothing to report.
    rt.info(`run ${ctx.workflowRun.id} measured a push to '${ctx.workflowRun.headBranch ?? '?'}': its results are the ` +
        'baseline for later pull requests; nothing to report');
    return true;
}
/** The comparison, refused (bad input) when the two sides share no scenario or measured different things. */
function compareSides(config, baseline, current) {
    const disjoint = noScenarioInCommon(baseline, current);
    if (disjoint)
        throw new errors/* InputError */.dz(`the baseline and current results cannot be compared: ${disjoint}`);
    const comparison = (0,verdict/* compareResults */.e)(baseline, current, config, {
        maxRepetitions: config.maxRepetitions,
    });
    if (comparison.fingerprint.refused.length > 0) {
        throw new errors/* InputError */.dz(`the baseline and current results measured different things: ${comparison.fingerprint.refused.join('; ')}`);
    }
    return comparison;
}
/** The comparison rendered for each place it goes, each within that place's size limit (less the review's part). */
function reportsOf({ settings, config }, comparison, review) {
    const render = (maxLength, marker) => renderReport(comparison, {
        cost: config.cost,
        maxLength: maxLength - reviewLength(review),
        ...(marker ? { marker: commentMarker(settings.commentId) } : {}),
    });
    return {
        verdict: comparison.verdict,
        comment: render(GITHUB_COMMENT_LIMIT, true),
        summary: fitSummary((max) => render(max, true)),
        check: render(CHECK_SUMMARY_LIMIT, false),
    };
}
/** A failed cluster's exported logs, uploaded as an artifact of the run; says where they are either way. */
async function uploadLogs(rt, uploads, dir) {
    if (!uploads?.store)
        return `\nThe logs stay on the runner in ${dir} (no '${constants/* Inputs */.G0.GithubToken}' to upload them).`;
    const name = (0,github_artifact/* clusterLogsArtifactName */.Zd)(uploads.gateId);
    try {
        await (0,github_artifact/* uploadFolder */.yi)(uploads.store, name, dir);
        return `\nThe logs are uploaded as the artifact '${name}' of this run.`;
    }
    catch (e) {
        rt.warning(`could not upload the cluster logs in ${dir}: ${e.message}`);
        return `\nThe logs stay on the runner in ${dir}.`;
    }
}
/** mode measure: measure (or take `current-results`), upload the bundle for a later `report`, decide nothing. */
async function measureOnly(p) {
    const { rt, deps, settings, ctx } = p;
    const measured = settings.currentResults
        ? { current: await (0,artifact/* readResults */.x8)(settings.currentResults), baseline: null }
        : await deps.measure(measureRequest(p));
    const baseline = settings.baselineResults ? await (0,artifact/* readResults */.x8)(settings.baselineResults) : measured.baseline;
    const resultsPath = await upload(p, {
        current: measured.current,
        baseline,
        pullRequest: ctx.pullRequest,
        mtls: measured.mtls ?? null,
    });
    rt.setOutput(constants/* Outputs */.tY.ResultsPath, resultsPath);
    rt.info('mode measure: results uploaded; the verdict comes from the mode report workflow (workflow_run)');
}
/** The current results, wherever they come from, then the baseline to compare them with. */
async function resolveSides(p) {
    const found = await currentResults(p);
    const { current, currentPath, pullRequest, mtls, review } = found;
    return { current, currentPath, pullRequest, mtls, review, ...(await baselineFor(p, found)) };
}
/** A results file given, else (mode report) the triggering run's bundle, else measured here. */
async function currentResults(p) {
    if (p.settings.currentResults)
        return fromResultsFile(p, p.settings.currentResults);
    if (p.settings.mode === 'report')
        return fromTriggeringRun(p);
    return measuredHere(p);
}
/** What this run's own context says, before the current results add theirs. */
function ofThisRun(ctx) {
    return { sameRun: null, mtls: null, review: null, pullRequest: ctx.pullRequest, workflow: ctx.workflowFile };
}
async function fromResultsFile({ ctx }, path) {
    return { ...ofThisRun(ctx), current: await (0,artifact/* readResults */.x8)(path), currentPath: path };
}
/** Measured in this run; a push run uploads them. */
async function measuredHere(p) {
    const measured = await p.deps.measure(measureRequest(p));
    const { current, baseline: sameRun } = measured;
    const mtls = measured.mtls ?? null;
    // A push to the base branch measures the baseline that later PRs compare with.
    const currentPath = p.ctx.eventName === 'push'
        ? await upload(p, { current, baseline: sameRun, pullRequest: null, mtls })
        : null;
    return { ...ofThisRun(p.ctx), current, currentPath, sameRun, mtls };
}
/**
 * mode report on workflow_run: the bundle the triggering `measure` run uploaded, its pull request checked with
 * GitHub, and (for that pull request) what the report step checks itself (fork-review.ts).
 */
async function fromTriggeringRun(p) {
    const { trigger, store } = reportTrigger(p);
    const { bundle, ownDigest } = await triggeringBundle(p, store, trigger);
    const pullRequest = await verifiedPullRequest(p, bundle.pullRequest);
    const review = pullRequest ? await reviewFor(p, trigger, pullRequest, bundle, ownDigest) : null;
    return {
        current: bundle.current,
        currentPath: null,
        sameRun: bundle.baseline,
        mtls: review?.mtls ?? bundle.mtls,
        review,
        pullRequest,
        workflow: trigger.workflowId,
    };
}
/** The workflow_run that triggered mode report, and the store its artifacts are read from; bad input without. */
function reportTrigger({ ctx, store }) {
    const trigger = ctx.workflowRun;
    if (!trigger) {
        throw new errors/* InputError */.dz(`mode 'report' needs both '${constants/* Inputs */.G0.BaselineResults}' and '${constants/* Inputs */.G0.CurrentResults}' (results files from ` +
            `'mesh-mtls-gate results' or an earlier run), or a workflow_run event whose run uploaded results with mode 'measure'`);
    }
    if (!store)
        throw new errors/* InputError */.dz(`mode 'report' on workflow_run needs '${constants/* Inputs */.G0.GithubToken}'`);
    return { trigger, store };
}
/** The triggering run's bundle, its provenance checked, and the digest of the gate running now. */
async function triggeringBundle({ rt, settings }, store, trigger) {
    const bundle = await downloadTriggeringBundle(store, trigger.id, rt.tempDir, settings.commentId, settings.mesh);
    rt.info(`results: artifact '${bundle.name}' of run ${trigger.id}`);
    (0,github_provenance/* checkProvenance */.ch)(bundle.provenance ?? null, trigger, `'${bundle.name}'`);
    // The measuring gate's version in the log whatever happens next; the report shows it too (fork-review.ts).
    const ownDigest = await (0,github_provenance/* runningDistDigest */.EL)();
    if (bundle.provenance)
        rt.info((0,github_provenance/* describeMeasurer */.aV)(bundle.provenance, ownDigest));
    return { bundle, ownDigest };
}
/** What the report step checks itself about the pull request's run (null without a client); warns of a hold. */
async function reviewFor({ rt, settings, ctx, gh }, trigger, pullRequest, bundle, ownDigest) {
    if (!gh || !ctx.repo)
        return null;
    const review = await reviewTriggeringRun({
        gh,
        repo: ctx.repo,
        trigger,
        pullNumber: pullRequest.number,
        bundle,
        settings,
        ownDigest,
    });
    if (review.hold)
        rt.warning(`mesh-mtls-gate: a maintainer must review this pull request before its check can pass: ${review.hold}`);
    return review;
}
/** A baseline file given, else the same run's base side (unless `baseline: artifact`), else the base branch's. */
async function baselineFor(p, c) {
    const { settings } = p;
    if (settings.baselineResults) {
        return { baseline: await (0,artifact/* readResults */.x8)(settings.baselineResults), baselineMissing: null };
    }
    if (c.sameRun && settings.baseline !== 'artifact') {
        return { baseline: c.sameRun, baselineMissing: null };
    }
    if (settings.baseline === 'none') {
        return { baseline: null, baselineMissing: `input '${constants/* Inputs */.G0.Baseline}' is 'none'` };
    }
    return baselineFromBaseBranch(p, c.current, c.pullRequest, c.workflow);
}
async function baselineFromBaseBranch({ rt, settings, ctx, gh, store }, current, pullRequest, workflow) {
    if (!pullRequest)
        return { baseline: null, baselineMissing: 'this run is not for a pull request' };
    if (!gh || !store || !ctx.repo || workflow === null) {
        return {
            baseline: null,
            baselineMissing: `no '${constants/* Inputs */.G0.BaselineResults}' and no way to download one (needs '${constants/* Inputs */.G0.GithubToken}')`,
        };
    }
    const name = (0,github_artifact/* artifactName */.Cs)(current, settings.commentId);
    try {
        const found = await findBaseline(gh, store, {
            repo: ctx.repo,
            workflow,
            branch: pullRequest.baseRef,
            artifactName: name,
            dir: rt.tempDir,
        });
        if (found) {
            rt.info(`baseline: artifact '${name}' of run ${found.runId} (${found.sha.slice(0, 12)} on ${pullRequest.baseRef})`);
            return { baseline: found.results, baselineMissing: null };
        }
        return {
            baseline: null,
            baselineMissing: `no successful push run on '${pullRequest.baseRef}' has uploaded '${name}' yet ` +
                '(the baseline appears after the next push to the base branch)',
        };
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        const hint = isPermissionDenied(e)
            ? permissionWarning('download the baseline', Permission.ActionsRead, e)
            : null;
        rt.warning(hint ?? `mesh-mtls-gate could not download the baseline: ${e.message}`);
        return { baseline: null, baselineMissing: 'the baseline could not be downloaded (see the warning)' };
    }
}
/**
 * The bundle's PR number comes from a run the PR author controls: it counts only when GitHub says that PR's head
 * is the commit the triggering run measured.
 */
async function verifiedPullRequest({ rt, gh, ctx }, claimed) {
    const trigger = ctx.workflowRun;
    if (!claimed || !trigger || !gh || !ctx.repo)
        return null;
    try {
        const pr = await gh.getPullRequest(ctx.repo, claimed.number);
        if (pr.head.sha === trigger.headSha && claimed.headSha === trigger.headSha) {
            return { number: pr.number, headSha: pr.head.sha, baseRef: pr.base.ref };
        }
        rt.warning(`the results claim pull request #${claimed.number}, whose head is not the measured commit ` +
            `${trigger.headSha.slice(0, 12)} (pushed again since?): no comment or check run`);
    }
    catch (e) {
        rt.warning(`mesh-mtls-gate could not look up pull request #${claimed.number}: ${e.message}`);
    }
    return null;
}
/** The verdict to the runner, then to the pull request; fails the step when the inputs say it must. */
async function publish(p, sides, comparison, reports) {
    // The summary and outputs first: they need no permission, so the verdict is visible whatever GitHub answers.
    await publishToRunner(p, sides, comparison, reports);
    const why = failures({ verdict: reports.verdict, mtls: sides.mtls?.verdict ?? null }, { failOn: p.settings.failOn, require: p.settings.requireMtls });
    await commentAndCheckRun(p, sides, reports, why.length > 0);
    if (why.length > 0) {
        p.rt.fail(`mesh-mtls-gate: ${why.join('; ')}`, errors/* ExitCode */.yU.Fail);
    }
}
/** The report file, the job summary, the outputs and the verdict's log line. */
async function publishToRunner({ rt, settings }, sides, comparison, reports) {
    const reportPath = (0,external_node_path_.join)(rt.tempDir, `mesh-mtls-gate-${settings.commentId}.md`);
    await (0,promises_.writeFile)(reportPath, reports.summary);
    await rt.writeSummary(reports.summary);
    rt.setOutput(constants/* Outputs */.tY.Verdict, reports.verdict);
    rt.setOutput(constants/* Outputs */.tY.P99Change, comparison ? p99Change(comparison) : '');
    rt.setOutput(constants/* Outputs */.tY.MtlsVerdict, sides.mtls?.verdict ?? '');
    rt.setOutput(constants/* Outputs */.tY.ReportPath, reportPath);
    if (sides.currentPath)
        rt.setOutput(constants/* Outputs */.tY.ResultsPath, sides.currentPath);
    rt.info(`verdict: ${reports.verdict}${comparison ? ` (${comparison.gatedTests} gated metric(s))` : ''}`);
}
/** The sticky comment and the check run, when the run is for a pull request and has a token; says why not. */
async function commentAndCheckRun({ rt, settings, ctx, gh }, sides, reports, failing) {
    const pr = sides.pullRequest;
    if (!pr) {
        rt.info('not a pull request run: no PR comment or check run');
        return;
    }
    if (!gh || !ctx.repo) {
        rt.warning(`no '${constants/* Inputs */.G0.GithubToken}': no PR comment or check run; the verdict is in the job summary`);
        return;
    }
    const repo = ctx.repo;
    const published = await publishToPullRequest(gh, {
        repo,
        pullRequest: pr,
        gateId: settings.commentId,
        verdict: reports.verdict,
        failing,
        hold: sides.review?.hold ?? null,
        comment: { body: reports.comment, policy: settings.comment },
        check: {
            summary: reports.check,
            annotations: annotationsFor(sides.mtls?.findings ?? []),
            detailsUrl: ctx.runId
                ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${ctx.runId}`
                : null,
        },
    }, rt);
    if (published.commentUrl)
        rt.setOutput(constants/* Outputs */.tY.CommentUrl, published.commentUrl);
}
async function upload({ rt, settings, store, deps, ctx }, bundle) {
    const dir = (0,external_node_path_.join)(rt.tempDir, 'mesh-mtls-gate-results');
    const measuredBy = (0,github_provenance/* provenanceOf */.Jj)(deps.env, ctx.pullRequest?.headSha ?? ctx.sha, await (0,github_provenance/* runningDistDigest */.EL)());
    const files = await (0,github_artifact/* writeBundle */.Mf)(dir, { ...bundle, provenance: measuredBy });
    const name = (0,github_artifact/* artifactName */.Cs)(bundle.current, settings.commentId);
    if (!store) {
        throw new errors/* InputError */.dz(`uploading the results artifact needs '${constants/* Inputs */.G0.GithubToken}'`);
    }
    const { id } = await store.upload(name, files, dir);
    rt.info(`results artifact '${name}' uploaded${id ? ` (id ${id})` : ''}`);
    return files[0];
}
function measureRequest({ rt, settings, config, ctx }) {
    // On a pull request the base branch's configuration is measured in the same run (fetch-depth: 0 brings it).
    const defaultRef = ctx.baseBranch ? `origin/${ctx.baseBranch}` : null;
    return {
        settings,
        config,
        tempDir: rt.tempDir,
        repo: ctx.workspace ?? process.cwd(),
        baseRef: settings.baseline === 'same-run' ? (settings.baseRef ?? defaultRef) : null,
        log: (line) => rt.info(line),
        warn: (line) => rt.warning(line),
        mask: (secret) => rt.setSecret(secret),
        saveClusterForCleanup: (name) => rt.saveState?.(constants/* State */.Uw.ClusterToDelete, name),
        runnerName: ctx.runnerName,
    };
}
function noBaselineReport(settings, why) {
    const text = [
        commentMarker(settings.commentId),
        '### mesh-mtls-gate',
        '**Inconclusive: no baseline to compare with.**',
        (0,report_escape/* untrusted */.bp)(why ?? 'no baseline', 500),
    ].join('\n\n');
    return { verdict: 'inconclusive', comment: text, summary: text, check: text };
}
async function gateConfigFor(settings) {
    let config;
    if (settings.configFile === constants/* DEFAULT_CONFIG_PATH */.Bi)
        config = await loadDefaultGateConfig();
    else if (await (0,promises_.access)(settings.configFile).then(() => true, () => false))
        config = await loadGateConfig(settings.configFile);
    else
        throw new errors/* InputError */.dz(`Input '${constants/* Inputs */.G0.Config}': file '${settings.configFile}' does not exist.`);
    if (settings.thresholds)
        config = overrideThresholds(config, settings.thresholds, `input '${constants/* Inputs */.G0.Thresholds}'`);
    return config;
}
/** The largest p99 change over the compared scenarios, as "+12.3%"; empty when none was measured. */
function p99Change(c) {
    const changes = c.metrics
        .filter((m) => m.metric === 'latency-p99' && m.change !== null)
        .map((m) => m.change);
    if (changes.length === 0)
        return '';
    const worst = Math.max(...changes);
    return `${worst >= 0 ? '+' : ''}${(worst * 100).toFixed(1)}%`;
}


/***/ }),

/***/ 77361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UP: () => (/* binding */ INSTALLERS),
  bd: () => (/* binding */ containerRoles),
  cN: () => (/* binding */ createMeshInstaller)
});

// UNUSED EXPORTS: CILIUM_PROFILE, CiliumInstaller, DEFAULT_CILIUM_VERSION, DEFAULT_INSTALL_TIMEOUT_MS, GATEWAY_API_CRD, ISTIO_NAMESPACE, IstioInstaller, LINKERD_NAMESPACE, LinkerdInstaller, MUTUAL_AUTH_WIREGUARD_VALUES, MeshInstallError, NoMeshInstaller, durationFlag, kubeFor, kubeOps, manifestObjects, meshCli, parseCiliumStatus, parseIstioctlVersion, parseLinkerdCheck, userValues, withValues

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/pins.ts
var pins = __webpack_require__(87507);
// EXTERNAL MODULE: ./src/mesh/installer.ts
var installer = __webpack_require__(99485);
;// CONCATENATED MODULE: ./src/mesh/outputs.ts
/** Reading what the mesh CLIs print: versions and health checks (fixtures in fixtures/mesh, with their sources). */
/** `istioctl version`: `client version: 1.28.0` / `control plane version: 1.28.0` / `data plane version: …`. */
function parseIstioctlVersion(text) {
    const line = (label) => new RegExp(`^${label} version:\\s*(\\S.*?)\\s*$`, 'm').exec(text)?.[1] ?? null;
    return { client: line('client'), controlPlane: line('control plane'), dataPlane: line('data plane') };
}
/** `linkerd check`: `√` passed, `‼` warning, `×` failed; the summary `Status check results are √`. */
function parseLinkerdCheck(text) {
    const lines = text.split('\n');
    const failures = [];
    const warnings = [];
    let checks = 0;
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (/^Status check results/.test(line))
            return;
        const mark = line[0];
        if (mark !== '√' && mark !== '×' && mark !== '‼')
            return;
        checks++;
        const detail = lines[i + 1]?.trim() ?? '';
        const explained = detail && !/^[√×‼]/.test(detail) && !/^see https?:/.test(detail) ? `: ${detail}` : '';
        if (mark === '×')
            failures.push(line.slice(1).trim() + explained);
        if (mark === '‼')
            warnings.push(line.slice(1).trim() + explained);
    });
    const summary = /Status check results are (\S)/.exec(text)?.[1];
    return { ok: summary === '√' && failures.length === 0, failures, warnings, checks };
}
/** `cilium status` (summary output). */
function parseCiliumStatus(text) {
    const components = {};
    const workloads = {};
    const errors = [];
    let inErrors = false;
    for (const raw of text.split('\n')) {
        const component = /^[\s/¯\\_]*([A-Z][A-Za-z ]+?):\s+(OK|disabled|\d+ errors?|\d+ warnings?|[A-Za-z ]+)\s*$/.exec(raw);
        if (component &&
            !/^(Containers|Cluster Pods|Helm chart version|Image versions|Errors|Warnings)$/.test(component[1])) {
            components[component[1]] = component[2];
            continue;
        }
        const workload = /^(Deployment|DaemonSet|StatefulSet)\s+(\S+)\s+(.+?)\s*$/.exec(raw.trim());
        if (workload)
            workloads[`${workload[1]}/${workload[2]}`] = workload[3];
        if (/^Errors:/.test(raw.trim()))
            inErrors = true;
        else if (/^\S/.test(raw) && !/^Errors:/.test(raw))
            inErrors = false;
        if (inErrors)
            errors.push(raw.replace(/^\s*Errors:\s*/, '').trim());
    }
    const bad = Object.entries(components).filter(([, v]) => /error/.test(v));
    return {
        components,
        workloads,
        errors: errors.filter(Boolean),
        ok: bad.length === 0 && errors.length === 0,
    };
}

;// CONCATENATED MODULE: ./src/mesh/cilium.ts
/**
 * Cilium with the pinned cilium-cli: `cilium install --version …` with mutual authentication through a SPIRE
 * server Cilium installs (`authentication.mutual.spire.enabled`, `authentication.mutual.spire.install.enabled`)
 * and WireGuard encryption (`encryption.enabled`, `encryption.type=wireguard`) — mutual authentication alone does
 * not encrypt. On kind it also replaces kube-proxy (the cluster was made without it). Then the gate's
 * watch-based waits and `cilium status --wait` as the final word. User Helm values go to `--values`.
 */



/**
 * cilium-cli v0.19.7, the project's stable.txt ("Update stable release to v0.19.7", cilium/cilium-cli#3280). Its
 * version is the CLI's own, not Cilium's (DEFAULT_CILIUM_VERSION below). Verified by the checksum file
 * `cilium-linux-<arch>.tar.gz.sha256sum`, checked with `sha256sum --check` in Cilium's install docs.
 */
const CILIUM_CLI_PIN = {
    name: 'cilium',
    version: 'v0.19.7',
    url: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz`,
    checksumUrl: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz.sha256sum`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'tar.gz',
    binary: 'cilium',
};
/** The Cilium release installed by default (the agent; cilium-cli is pinned by CILIUM_CLI_PIN above). */
const DEFAULT_CILIUM_VERSION = '1.19.5';
const CILIUM_PROFILE = 'spire-mutual-auth+wireguard';
const CILIUM_NAMESPACE = 'kube-system';
const SPIRE_NAMESPACE = 'cilium-spire';
/** Helm values names as in Cilium's Helm reference. */
const MUTUAL_AUTH_WIREGUARD_VALUES = [
    'authentication.mutual.spire.enabled=true',
    'authentication.mutual.spire.install.enabled=true',
    'encryption.enabled=true',
    'encryption.type=wireguard',
];
class CiliumInstaller {
    ctx;
    options;
    mesh = 'cilium';
    systemNamespaces = [CILIUM_NAMESPACE, SPIRE_NAMESPACE];
    version;
    valuesDigest = null;
    constructor(ctx, options = {}) {
        this.ctx = ctx;
        this.options = options;
        this.version = (options.version ?? DEFAULT_CILIUM_VERSION).replace(/^v/, '');
    }
    timeout() {
        return this.options.timeoutMs ?? installer/* DEFAULT_INSTALL_TIMEOUT_MS */.XI;
    }
    installArgs() {
        const net = this.ctx.cluster.network;
        const sets = [...MUTUAL_AUTH_WIREGUARD_VALUES];
        if (!net.kubeProxy) {
            if (!net.apiServer)
                throw new installer/* MeshInstallError */.Dm('cilium: the cluster has no kube-proxy but no API server address was given');
            sets.push('kubeProxyReplacement=true', `k8sServiceHost=${net.apiServer.host}`, `k8sServicePort=${net.apiServer.port}`);
        }
        return [
            'install',
            '--version',
            this.version,
            ...sets.flatMap((s) => ['--set', s]),
            ...(this.options.valuesPath ? ['--values', this.options.valuesPath] : []),
            '--kubeconfig',
            this.ctx.cluster.kubeconfigPath,
        ];
    }
    statusArgs() {
        return [
            'status',
            '--wait',
            '--wait-duration',
            (0,installer/* durationFlag */.h5)(this.timeout()),
            '--interactive=false',
            '--kubeconfig',
            this.ctx.cluster.kubeconfigPath,
        ];
    }
    describe() {
        const cli = this.options.cliPath ?? 'cilium';
        return {
            downloads: this.options.cliPath
                ? []
                : [(0,pins/* downloadSpecFor */.Tv)(CILIUM_CLI_PIN, this.ctx.platform, { sha256: this.options.cliSha256 })],
            files: [],
            commands: [
                {
                    command: cli,
                    args: this.installArgs(),
                    why: `install Cilium ${this.version} with SPIRE mutual authentication and WireGuard`,
                },
                { command: cli, args: this.statusArgs(), why: 'Cilium’s own readiness check' },
            ],
            notes: [
                `wait (watch, ≤ ${(0,installer/* durationFlag */.h5)(this.timeout())}) for daemonsets ${CILIUM_NAMESPACE}/cilium and ${SPIRE_NAMESPACE}/spire-agent, deployment ${CILIUM_NAMESPACE}/cilium-operator`,
                'cilium-cli takes the Cilium Helm chart for this version from its own embedded copy or Cilium’s chart repository',
                ...(this.options.valuesPath ? [`the user's Helm values ${this.options.valuesPath}`] : []),
            ],
        };
    }
    async install() {
        const { runner, log } = this.ctx;
        const values = await (0,installer/* userValues */.UF)(this.options.valuesPath);
        this.valuesDigest = values?.digest ?? null;
        const cilium = await (0,installer/* meshCli */.ky)(CILIUM_CLI_PIN, this.ctx, this.options);
        const started = Date.now();
        await runner.run(cilium, this.installArgs(), { timeoutMs: this.timeout() });
        const kube = (0,installer/* kubeFor */.nu)(this.ctx);
        await kube.waitForDaemonSet(CILIUM_NAMESPACE, 'cilium', this.timeout());
        await kube.waitForDeployment(CILIUM_NAMESPACE, 'cilium-operator', this.timeout());
        await kube.waitForDaemonSet(SPIRE_NAMESPACE, 'spire-agent', this.timeout());
        const status = await runner.run(cilium, this.statusArgs(), {
            timeoutMs: this.timeout() + 60_000,
            allowFailure: true,
        });
        const parsed = parseCiliumStatus(status.stdout);
        if (status.exitCode !== 0 || !parsed.ok)
            throw new installer/* MeshInstallError */.Dm(`cilium status failed (exit ${status.exitCode}): ${parsed.errors.join('; ') || status.stderr.trim() || JSON.stringify(parsed.components)}`);
        log(`cilium: ${this.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${Object.entries(parsed.components)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`);
        return this.fingerprint();
    }
    fingerprint() {
        return {
            name: 'cilium',
            version: this.version,
            profile: (0,installer/* withValues */.tV)(CILIUM_PROFILE, this.valuesDigest ? { digest: this.valuesDigest } : null),
        };
    }
}
const CILIUM_SETUP = {
    // Cilium enforces per endpoint from the policies themselves; the namespace needs nothing.
    enrol: { labels: {}, annotations: {} },
    exclude: { labels: {}, annotations: {} },
    containers: { proxy: [], node: ['cilium-agent', 'cilium-envoy', 'spire-agent'] },
    // It replaces kube-proxy too (see the module comment).
    replacesCni: true,
    cli: CILIUM_CLI_PIN,
    create: (ctx, options) => new CiliumInstaller(ctx, options),
};

// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
;// CONCATENATED MODULE: ./src/mesh/istio.ts
/**
 * Istio, sidecar (`profile=default`) or ambient (`profile=ambient`), installed with the pinned istioctl:
 * `istioctl install --set profile=… -y`, then the gate's own watch-based waits for istiod (and for ambient the
 * ztunnel and istio-cni-node DaemonSets), then `istioctl version` to read what really runs. A user overlay
 * (IstioOperator) from the repository is passed with `-f`.
 */



const ISTIO_NAMESPACE = 'istio-system';
/**
 * istioctl 1.30.4, whose version is also the Istio installed by default: istio.io's "1.30.x Releases" page lists
 * 1.30.4 (2026-08-27) as the newest patch. No digest pinned from here: the checksum file
 * `istioctl-<v>-linux-<arch>.tar.gz.sha256` (`sha256sum` format) published with the release verifies it.
 */
const ISTIOCTL_PIN = {
    name: 'istioctl',
    version: '1.30.4',
    url: (p, v) => `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz`,
    checksumUrl: (p, v) => `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz.sha256`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'tar.gz',
    binary: 'istioctl',
};
class IstioInstaller {
    ctx;
    ambient;
    options;
    mesh;
    systemNamespaces = [ISTIO_NAMESPACE];
    version;
    observedVersion = null;
    valuesDigest = null;
    constructor(ctx, ambient, options = {}) {
        this.ctx = ctx;
        this.ambient = ambient;
        this.options = options;
        this.mesh = ambient ? 'istio-ambient' : 'istio';
        this.version = options.version ?? ISTIOCTL_PIN.version;
    }
    get profile() {
        return this.ambient ? 'ambient' : 'default';
    }
    timeout() {
        return this.options.timeoutMs ?? installer/* DEFAULT_INSTALL_TIMEOUT_MS */.XI;
    }
    installArgs() {
        return [
            'install',
            '--kubeconfig',
            this.ctx.cluster.kubeconfigPath,
            '--set',
            `profile=${this.profile}`,
            ...(this.options.valuesPath ? ['-f', this.options.valuesPath] : []),
            '--readiness-timeout',
            (0,installer/* durationFlag */.h5)(this.timeout()),
            '-y',
        ];
    }
    describe() {
        const cli = this.options.cliPath ?? 'istioctl';
        return {
            downloads: this.options.cliPath
                ? []
                : [
                    (0,pins/* downloadSpecFor */.Tv)(ISTIOCTL_PIN, this.ctx.platform, {
                        version: this.version,
                        sha256: this.options.cliSha256,
                    }),
                ],
            files: [],
            commands: [
                {
                    command: cli,
                    args: this.installArgs(),
                    why: `install Istio ${this.version}, profile ${this.profile}`,
                },
                {
                    command: cli,
                    args: ['version', '--kubeconfig', this.ctx.cluster.kubeconfigPath],
                    why: 'read the control plane version that runs',
                },
            ],
            notes: [
                `wait (watch, ≤ ${(0,installer/* durationFlag */.h5)(this.timeout())}) for deployment ${ISTIO_NAMESPACE}/istiod to roll out`,
                ...(this.ambient
                    ? [
                        `wait (watch) for daemonsets ${ISTIO_NAMESPACE}/ztunnel and ${ISTIO_NAMESPACE}/istio-cni-node to roll out`,
                    ]
                    : []),
                ...(this.options.valuesPath ? [`the user's IstioOperator overlay ${this.options.valuesPath}`] : []),
                'Istio’s images are pulled by the cluster from Istio’s registry at the version above',
            ],
        };
    }
    async install() {
        const { runner, log, warn } = this.ctx;
        const values = await (0,installer/* userValues */.UF)(this.options.valuesPath);
        this.valuesDigest = values?.digest ?? null;
        const istioctl = await (0,installer/* meshCli */.ky)(ISTIOCTL_PIN, this.ctx, this.options, this.version);
        const started = Date.now();
        await runner.run(istioctl, this.installArgs(), { timeoutMs: this.timeout() + 60_000 });
        const kube = (0,installer/* kubeFor */.nu)(this.ctx);
        await kube.waitForDeployment(ISTIO_NAMESPACE, 'istiod', this.timeout());
        if (this.ambient) {
            await kube.waitForDaemonSet(ISTIO_NAMESPACE, 'ztunnel', this.timeout());
            await kube.waitForDaemonSet(ISTIO_NAMESPACE, 'istio-cni-node', this.timeout());
        }
        const version = parseIstioctlVersion((await runner.run(istioctl, ['version', '--kubeconfig', this.ctx.cluster.kubeconfigPath], {
            timeoutMs: 60_000,
        })).stdout);
        // `istioctl version` asks istiod itself (through a port-forward), which a network policy or a cluster without
        // pod networking for the API server can prevent; the istiod image the rollout just completed tells the same.
        const controlPlane = version.controlPlane ?? imageTag(await kube.deploymentImages(ISTIO_NAMESPACE, 'istiod'));
        if (!controlPlane)
            throw new installer/* MeshInstallError */.Dm(`istio: neither istioctl version nor the istiod image shows a control plane version`);
        if (!version.controlPlane)
            warn(`istio: istioctl version could not reach istiod; the version ${controlPlane} is read from the istiod image`);
        this.observedVersion = controlPlane;
        if (controlPlane !== this.version)
            warn(`istio: asked for ${this.version}, the control plane reports ${controlPlane}`);
        log(`istio: ${this.mesh} ${controlPlane} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return this.fingerprint();
    }
    fingerprint() {
        return {
            name: this.mesh,
            version: this.observedVersion ?? this.version,
            profile: (0,installer/* withValues */.tV)(this.profile, this.valuesDigest ? { digest: this.valuesDigest } : null),
        };
    }
}
/** `docker.io/istio/pilot:1.28.0` (or `...@sha256:...`) → `1.28.0`; null without a tag. */
function imageTag(images) {
    const image = images[0]?.split('@')[0];
    const colon = image?.lastIndexOf(':') ?? -1;
    return image && colon > image.lastIndexOf('/') ? image.slice(colon + 1) : null;
}
/**
 * Sidecar: a namespace label makes the injector add `istio-proxy` to its pods; the probe's namespace says
 * `disabled`, so a revision-based or default injection leaves it alone. Ambient: the namespace label puts its pods
 * into ztunnel's data plane (node agents: ztunnel and the istio-cni node agent), no label leaves them out.
 */
function istioSetup(ambient) {
    return {
        enrol: ambient
            ? { labels: { 'istio.io/dataplane-mode': 'ambient' }, annotations: {} }
            : { labels: { 'istio-injection': 'enabled' }, annotations: {} },
        exclude: ambient
            ? { labels: {}, annotations: {} }
            : { labels: { 'istio-injection': 'disabled' }, annotations: {} },
        containers: { proxy: ['istio-proxy'], node: ['ztunnel', 'install-cni', 'istio-cni-node'] },
        replacesCni: false,
        cli: ISTIOCTL_PIN,
        create: (ctx, options) => new IstioInstaller(ctx, ambient, options),
    };
}
const ISTIO_SETUP = istioSetup(false);
const ISTIO_AMBIENT_SETUP = istioSetup(true);

;// CONCATENATED MODULE: ./src/mesh/linkerd.ts
/**
 * Linkerd with the pinned CLI: the Gateway API CRDs it requires (installed by `linkerd install --crds --set
 * installGatewayAPI=true` only when the cluster has none, so a cluster's own Gateway API is left alone), then
 * `linkerd install --crds`, `linkerd install` (each applied by the gate's server-side apply, CRDs waited for until
 * Established), watch-based waits for the control plane, and `linkerd check` as the final word. User Helm values
 * from the repository go to `linkerd install --values`.
 */



const LINKERD_NAMESPACE = 'linkerd';
/**
 * The Linkerd CLI edge-26.9.1, whose version is also the Linkerd installed by default: the newest edge release
 * (2026-09-04) listed from github.com/linkerd/linkerd2/releases; open-source Linkerd ships edge releases only. Verified
 * by the checksum file `linkerd2-cli-<v>-linux-<arch>.sha256`, which holds the bare digest (the project's install
 * script compares the whole file: run.linkerd.io/install-edge).
 */
const LINKERD_CLI_PIN = {
    name: 'linkerd',
    version: 'edge-26.9.1',
    url: (p, v) => `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}`,
    checksumUrl: (p, v) => `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}.sha256`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'binary',
    binary: 'linkerd',
};
const LINKERD_DEPLOYMENTS = [
    'linkerd-identity',
    'linkerd-destination',
    'linkerd-proxy-injector',
];
const GATEWAY_API_CRD = 'httproutes.gateway.networking.k8s.io';
class LinkerdInstaller {
    ctx;
    options;
    mesh = 'linkerd';
    systemNamespaces = [LINKERD_NAMESPACE];
    version;
    valuesDigest = null;
    constructor(ctx, options = {}) {
        this.ctx = ctx;
        this.options = options;
        this.version = options.version ?? LINKERD_CLI_PIN.version;
    }
    timeout() {
        return this.options.timeoutMs ?? installer/* DEFAULT_INSTALL_TIMEOUT_MS */.XI;
    }
    kubeconfig() {
        return ['--kubeconfig', this.ctx.cluster.kubeconfigPath];
    }
    crdsArgs(installGatewayApi) {
        return [
            'install',
            '--crds',
            ...(installGatewayApi ? ['--set', 'installGatewayAPI=true'] : []),
            ...this.kubeconfig(),
        ];
    }
    controlPlaneArgs() {
        return [
            'install',
            ...(this.options.valuesPath ? ['--values', this.options.valuesPath] : []),
            ...this.kubeconfig(),
        ];
    }
    checkArgs() {
        return ['check', '--wait', (0,installer/* durationFlag */.h5)(this.timeout()), ...this.kubeconfig()];
    }
    describe() {
        const cli = this.options.cliPath ?? 'linkerd';
        return {
            downloads: this.options.cliPath
                ? []
                : [
                    (0,pins/* downloadSpecFor */.Tv)(LINKERD_CLI_PIN, this.ctx.platform, {
                        version: this.version,
                        sha256: this.options.cliSha256,
                    }),
                ],
            files: [],
            commands: [
                {
                    command: cli,
                    args: this.crdsArgs(true),
                    why: `Linkerd's CRDs (with the Gateway API CRDs only when the cluster has no ${GATEWAY_API_CRD}); applied with server-side apply`,
                },
                {
                    command: cli,
                    args: this.controlPlaneArgs(),
                    why: `Linkerd ${this.version} control plane; applied with server-side apply`,
                },
                { command: cli, args: this.checkArgs(), why: 'Linkerd’s own health checks' },
            ],
            notes: [
                'CRDs are waited for until Established (watch)',
                `wait (watch, ≤ ${(0,installer/* durationFlag */.h5)(this.timeout())}) for deployments ${LINKERD_DEPLOYMENTS.map((d) => `${LINKERD_NAMESPACE}/${d}`).join(', ')}`,
                ...(this.options.valuesPath ? [`the user's Helm values ${this.options.valuesPath}`] : []),
                'linkerd install generates the trust anchor and issuer certificates for this throw-away cluster',
            ],
        };
    }
    async install() {
        const { runner, log } = this.ctx;
        const values = await (0,installer/* userValues */.UF)(this.options.valuesPath);
        this.valuesDigest = values?.digest ?? null;
        const linkerd = await (0,installer/* meshCli */.ky)(LINKERD_CLI_PIN, this.ctx, this.options, this.version);
        const started = Date.now();
        const kube = (0,installer/* kubeFor */.nu)(this.ctx);
        const hasGatewayApi = await kube.crdExists(GATEWAY_API_CRD);
        if (!hasGatewayApi)
            log(`linkerd: the cluster has no Gateway API (${GATEWAY_API_CRD}); Linkerd's CRDs bring it`);
        const crds = await runner.run(linkerd, this.crdsArgs(!hasGatewayApi), {
            timeoutMs: 120_000,
            quiet: false,
        });
        const n1 = await kube.applyManifests(crds.stdout, 'linkerd install --crds', this.timeout());
        const cp = await runner.run(linkerd, this.controlPlaneArgs(), { timeoutMs: 120_000 });
        const n2 = await kube.applyManifests(cp.stdout, 'linkerd install', this.timeout());
        log(`linkerd: applied ${n1} CRD objects and ${n2} control-plane objects`);
        for (const d of LINKERD_DEPLOYMENTS)
            await kube.waitForDeployment(LINKERD_NAMESPACE, d, this.timeout());
        const check = await runner.run(linkerd, this.checkArgs(), {
            timeoutMs: this.timeout() + 60_000,
            allowFailure: true,
        });
        const result = parseLinkerdCheck(check.stdout);
        if (check.exitCode !== 0 || !result.ok)
            throw new installer/* MeshInstallError */.Dm(`linkerd check failed (exit ${check.exitCode}): ${result.failures.join('; ') || check.stderr.trim() || 'no result'}`);
        for (const w of result.warnings)
            this.ctx.warn(`linkerd check: ${w}`);
        log(`linkerd: ${this.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.checks} checks passed)`);
        return this.fingerprint();
    }
    fingerprint() {
        return {
            name: 'linkerd',
            version: this.version,
            profile: (0,installer/* withValues */.tV)('default', this.valuesDigest ? { digest: this.valuesDigest } : null),
        };
    }
}
const LINKERD_SETUP = {
    // An annotation: `linkerd.io/inject` as a label does nothing. The proxy injector adds `linkerd-proxy`.
    enrol: { labels: {}, annotations: { 'linkerd.io/inject': 'enabled' } },
    exclude: { labels: {}, annotations: {} },
    containers: { proxy: ['linkerd-proxy'], node: [] },
    replacesCni: false,
    cli: LINKERD_CLI_PIN,
    create: (ctx, options) => new LinkerdInstaller(ctx, options),
};

;// CONCATENATED MODULE: ./src/mesh/none.ts
class NoMeshInstaller {
    mesh = 'none';
    systemNamespaces = [];
    describe() {
        return {
            downloads: [],
            commands: [],
            files: [],
            notes: [
                'mesh: none: no mesh is installed; the gate measures the cluster without one (the reference point of what a mesh adds), and plaintext must be accepted between its pods',
            ],
        };
    }
    async install() {
        return this.fingerprint();
    }
    fingerprint() {
        return { name: 'none', version: 'none', profile: 'none' };
    }
}
const NONE_SETUP = {
    // Nothing enrols or excludes a namespace, and no container is a proxy: every container's cost is the app's.
    enrol: { labels: {}, annotations: {} },
    exclude: { labels: {}, annotations: {} },
    containers: { proxy: [], node: [] },
    replacesCni: false,
    cli: null,
    create: () => new NoMeshInstaller(),
};

// EXTERNAL MODULE: ./src/mesh/kube-ops.ts
var kube_ops = __webpack_require__(28089);
;// CONCATENATED MODULE: ./src/mesh/install.ts
/**
 * The public face of the mesh installers: `INSTALLERS` registers each mesh's setup (installer.ts `MeshSetup`) in a
 * `Record` over every `MeshName`, so a new name in the vocabulary does not compile until its setup is here;
 * `createMeshInstaller` is what `run` calls.
 */






const INSTALLERS = {
    istio: ISTIO_SETUP,
    'istio-ambient': ISTIO_AMBIENT_SETUP,
    linkerd: LINKERD_SETUP,
    cilium: CILIUM_SETUP,
    none: NONE_SETUP,
};







/** Every mesh's data-plane containers: a sample is attributed alike whichever mesh (or none) runs them. */
function containerRoles() {
    const setups = Object.values(INSTALLERS);
    return {
        proxy: new Set(setups.flatMap((s) => s.containers.proxy)),
        dataPlane: new Set(setups.flatMap((s) => s.containers.node)),
    };
}
function createMeshInstaller(mesh, ctx, options = {}) {
    if (!Object.hasOwn(INSTALLERS, mesh))
        throw new errors/* InputError */.dz(`mesh '${String(mesh)}' is not one of ${vocabulary/* MESHES */.Sc.join(', ')}`);
    return INSTALLERS[mesh].create(ctx, options);
}


/***/ }),

/***/ 99485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ MeshInstallError),
/* harmony export */   UF: () => (/* binding */ userValues),
/* harmony export */   XI: () => (/* binding */ DEFAULT_INSTALL_TIMEOUT_MS),
/* harmony export */   h5: () => (/* binding */ durationFlag),
/* harmony export */   ky: () => (/* binding */ meshCli),
/* harmony export */   nu: () => (/* binding */ kubeFor),
/* harmony export */   tV: () => (/* binding */ withValues)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _k8s_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46213);
/* harmony import */ var _tools_pins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87507);
/* harmony import */ var _kube_ops_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28089);
/**
 * Mesh installers behind one interface: Istio (sidecar), Istio ambient, Linkerd and Cilium (mutual authentication
 * via SPIRE, WireGuard). Each uses its project's own CLI at a pinned, checksummed version, installs with explicit
 * readiness checks (watch-based waits plus the CLI's own health check), and reports the fingerprint that goes into
 * the results: mesh, version, profile.
 */






const DEFAULT_INSTALL_TIMEOUT_MS = 600_000;
/** The mesh did not install or never became ready (exit code 5). */
class MeshInstallError extends Error {
    name = 'MeshInstallError';
}
function kubeFor(ctx) {
    return ctx.kube ?? (0,_kube_ops_js__WEBPACK_IMPORTED_MODULE_5__/* .kubeOps */ .Y)((0,_k8s_client_js__WEBPACK_IMPORTED_MODULE_3__/* .connect */ .N)(ctx.cluster.kubeconfigPath));
}
/** Reads the user's values file (refused with its path when missing) and a short digest for the fingerprint. */
async function userValues(path) {
    if (!path)
        return null;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read the mesh install values: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ioReason */ .Ny)(e)}`, path);
    }
    return { path, digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12) };
}
function withValues(profile, values) {
    return values ? `${profile}+values:${values.digest}` : profile;
}
function durationFlag(ms) {
    return `${Math.round(ms / 1000)}s`;
}
/**
 * The mesh CLI to run: the user's binary (`cliPath`), else the release download, verified by SHA-256 (the pin, the
 * user's `cliSha256`, or the release's checksum file). `version` is the CLI's when it follows the mesh's version.
 */
async function meshCli(pin, ctx, options, version) {
    if (options.cliPath)
        return options.cliPath;
    const override = { ...(version === undefined ? {} : { version }), sha256: options.cliSha256 };
    return (await (0,_tools_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .installTool */ .Gn)(pin, { store: ctx.store, platform: ctx.platform, override })).path;
}


/***/ }),

/***/ 28089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ kubeOps)
/* harmony export */ });
/* unused harmony export manifestObjects */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _k8s_apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66684);
/* harmony import */ var _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78143);
/* harmony import */ var _k8s_wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66051);




/** The objects of a YAML stream as a CLI prints them (`linkerd install`): empty documents and Lists flattened. */
function manifestObjects(yaml, source) {
    const out = [];
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(yaml)) {
        if (doc.errors.length)
            throw new Error(`${source}: ${doc.errors[0].message}`);
        const value = doc.toJS();
        if (!value)
            continue;
        if (value.kind?.endsWith('List') && Array.isArray(value.items))
            out.push(...(value.items ?? []));
        else
            out.push(value);
    }
    return out;
}
function kubeOps(cluster) {
    return {
        async applyManifests(yaml, source, timeoutMs) {
            const objects = manifestObjects(yaml, source);
            for (const o of objects) {
                try {
                    await (0,_k8s_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .serverSideApply */ .jY)(cluster, o);
                }
                catch (e) {
                    const what = `${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`;
                    throw new Error(`${source}: applying ${what}: ${e.message}`);
                }
            }
            for (const o of objects)
                if (o.kind === 'CustomResourceDefinition' && o.metadata?.name)
                    await (0,_k8s_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForCrdEstablished */ .mw)(cluster, o.metadata.name, timeoutMs);
            return objects.length;
        },
        async crdExists(name) {
            try {
                await cluster.objects.read({
                    apiVersion: 'apiextensions.k8s.io/v1',
                    kind: 'CustomResourceDefinition',
                    metadata: { name },
                });
                return true;
            }
            catch (e) {
                const code = e instanceof _k8s_raw_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .KubernetesApiError */ .d ? e.code : e.code;
                if (code === 404)
                    return false;
                throw e;
            }
        },
        async waitForDeployment(namespace, name, timeoutMs) {
            await (0,_k8s_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRollout */ .gj)(cluster, namespace, name, timeoutMs);
        },
        async waitForDaemonSet(namespace, name, timeoutMs) {
            await (0,_k8s_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForDaemonSetRollout */ .oC)(cluster, namespace, name, timeoutMs);
        },
        async deploymentImages(namespace, name) {
            const d = (await cluster.objects.read({
                apiVersion: 'apps/v1',
                kind: 'Deployment',
                metadata: { name, namespace },
            }));
            return (d.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
        },
    };
}


/***/ }),

/***/ 97634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J6: () => (/* binding */ assertValidObjects),
  Np: () => (/* binding */ splitApiVersion)
});

// UNUSED EXPORTS: editDistance, findCrd, knownGroups, strictSchema, validateObject

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/mtls/crds/schemas.gen.ts
// Generated by fixtures/crds/generate.mjs from the CRDs vendored in fixtures/crds (see its README): do not edit.
// prettier-ignore
const CRD_DATA = "{\"crds\":[{\"group\":\"cilium.io\",\"kind\":\"CiliumClusterwideNetworkPolicy\",\"plural\":\"ciliumclusterwidenetworkpolicies\",\"scope\":\"Cluster\",\"file\":\"cilium-ciliumclusterwidenetworkpolicies.yaml\",\"versions\":[{\"name\":\"v2\",\"served\":true,\"storage\":true,\"schema\":0}]},{\"group\":\"cilium.io\",\"kind\":\"CiliumNetworkPolicy\",\"plural\":\"ciliumnetworkpolicies\",\"scope\":\"Namespaced\",\"file\":\"cilium-ciliumnetworkpolicies.yaml\",\"versions\":[{\"name\":\"v2\",\"served\":true,\"storage\":true,\"schema\":1}]},{\"group\":\"security.istio.io\",\"kind\":\"AuthorizationPolicy\",\"plural\":\"authorizationpolicies\",\"scope\":\"Namespaced\",\"file\":\"istio-authorizationpolicies.security.istio.io.yaml\",\"versions\":[{\"name\":\"v1\",\"served\":true,\"storage\":true,\"schema\":2},{\"name\":\"v1beta1\",\"served\":true,\"storage\":false,\"schema\":2}]},{\"group\":\"networking.istio.io\",\"kind\":\"DestinationRule\",\"plural\":\"destinationrules\",\"scope\":\"Namespaced\",\"file\":\"istio-destinationrules.networking.istio.io.yaml\",\"versions\":[{\"name\":\"v1\",\"served\":true,\"storage\":true,\"schema\":3},{\"name\":\"v1alpha3\",\"served\":true,\"storage\":false,\"schema\":3},{\"name\":\"v1beta1\",\"served\":true,\"storage\":false,\"schema\":3}]},{\"group\":\"security.istio.io\",\"kind\":\"PeerAuthentication\",\"plural\":\"peerauthentications\",\"scope\":\"Namespaced\",\"file\":\"istio-peerauthentications.security.istio.io.yaml\",\"versions\":[{\"name\":\"v1\",\"served\":true,\"storage\":true,\"schema\":4},{\"name\":\"v1beta1\",\"served\":true,\"storage\":false,\"schema\":4}]},{\"group\":\"policy.linkerd.io\",\"kind\":\"AuthorizationPolicy\",\"plural\":\"authorizationpolicies\",\"scope\":\"Namespaced\",\"file\":\"linkerd-authorization-policy.yaml\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":true,\"schema\":5}]},{\"group\":\"policy.linkerd.io\",\"kind\":\"MeshTLSAuthentication\",\"plural\":\"meshtlsauthentications\",\"scope\":\"Namespaced\",\"file\":\"linkerd-meshtls-authentication.yaml\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":true,\"schema\":6}]},{\"group\":\"policy.linkerd.io\",\"kind\":\"NetworkAuthentication\",\"plural\":\"networkauthentications\",\"scope\":\"Namespaced\",\"file\":\"linkerd-network-authentication.yaml\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":true,\"schema\":7}]},{\"group\":\"policy.linkerd.io\",\"kind\":\"ServerAuthorization\",\"plural\":\"serverauthorizations\",\"scope\":\"Namespaced\",\"file\":\"linkerd-server-authorization.yaml\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":false,\"schema\":8},{\"name\":\"v1beta1\",\"served\":true,\"storage\":true,\"schema\":8}]},{\"group\":\"policy.linkerd.io\",\"kind\":\"Server\",\"plural\":\"servers\",\"scope\":\"Namespaced\",\"file\":\"linkerd-server.yaml\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":false,\"schema\":9},{\"name\":\"v1beta1\",\"served\":true,\"storage\":false,\"schema\":10},{\"name\":\"v1beta2\",\"served\":true,\"storage\":false,\"schema\":11},{\"name\":\"v1beta3\",\"served\":true,\"storage\":true,\"schema\":12}]}],\"schemas\":[{\"description\":\"CiliumClusterwideNetworkPolicy is a Kubernetes third-party resource with an\\nmodified version of CiliumNetworkPolicy which is cluster scoped rather than\\nnamespace scoped.\",\"properties\":{\"apiVersion\":{\"description\":\"APIVersion defines the versioned schema of this representation of an object.\\nServers should convert recognized schemas to the latest internal value, and\\nmay reject unrecognized values.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources\",\"type\":\"string\"},\"kind\":{\"description\":\"Kind is a string value representing the REST resource this object represents.\\nServers may infer this from the endpoint the client submits requests to.\\nCannot be updated.\\nIn CamelCase.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds\",\"type\":\"string\"},\"metadata\":{\"type\":\"object\"},\"spec\":{\"description\":\"Spec is the desired Cilium specific rule specification.\",\"oneOf\":[{\"properties\":{\"endpointSelector\":{}},\"required\":[\"endpointSelector\"]},{\"properties\":{\"nodeSelector\":{}},\"required\":[\"nodeSelector\"]}],\"properties\":{\"description\":{\"description\":\"Description is a free form string, it can be used by the creator of\\nthe rule to store human readable explanation of the purpose of this\\nrule. Rules cannot be identified by comment.\",\"type\":\"string\"},\"egress\":{\"description\":\"Egress is a list of EgressRule which are enforced at egress.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toFQDNs\":{\"description\":\"ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result\\nfrom DNS resolution of `ToFQDN.MatchName`s are added to the same\\nEgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and\\nL7 rules within this EgressRule will also apply to these IPs.\\nThe DNS -> IP mapping is re-resolved periodically from within the\\ncilium-agent, and the IPs in the DNS response are effected in the policy\\nfor selected pods as-is (i.e. the list of IPs is not modified in any way).\\nNote: An explicit rule to allow for DNS traffic is needed for the pods, as\\nToFQDN counts as an egress rule and will enforce egress policy when\\nPolicyEnforcment=default.\\nNote: If the resolved IPs are IPs within the kubernetes cluster, the\\nToFQDN rule will not apply to that IP.\\nNote: ToFQDN cannot occur in the same policy as other To* rules.\",\"items\":{\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nconnect to.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"egressDeny\":{\"description\":\"EgressDeny is a list of EgressDenyRule which are enforced at egress.\\nAny rule inserted here will be denied regardless of the allowed egress\\nrules in the 'egress' field.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressDenyRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is not allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to connect\\nto.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is not allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"enableDefaultDeny\":{\"description\":\"EnableDefaultDeny determines whether this policy configures the\\nsubject endpoint(s) to have a default deny mode. If enabled,\\nthis causes all traffic not explicitly allowed by a network policy\\nto be dropped.\\n\\nIf not specified, the default is true for each traffic direction\\nthat has rules, and false otherwise. For example, if a policy\\nonly has Ingress or IngressDeny rules, then the default for\\ningress is true and egress is false.\\n\\nIf multiple policies apply to an endpoint, that endpoint's default deny\\nwill be enabled if any policy requests it.\\n\\nThis is useful for creating broad-based network policies that will not\\ncause endpoints to enter default-deny mode.\",\"properties\":{\"egress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto egress traffic.\",\"type\":\"boolean\"},\"ingress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto ingress traffic.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"endpointSelector\":{\"description\":\"EndpointSelector selects all endpoints which should be subject to\\nthis rule. EndpointSelector and NodeSelector cannot be both empty and\\nare mutually exclusive.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"ingress\":{\"description\":\"Ingress is a list of IngressRule which are enforced at ingress.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"ingressDeny\":{\"description\":\"IngressDeny is a list of IngressDenyRule which are enforced at ingress.\\nAny rule inserted here will be denied regardless of the allowed ingress\\nrules in the 'ingress' field.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressDenyRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"labels\":{\"description\":\"Labels is a list of optional strings which can be used to\\nre-identify the rule or to store metadata. It is possible to lookup\\nor delete strings based on labels. Labels are not required to be\\nunique, multiple rules can have overlapping or identical labels.\",\"items\":{\"description\":\"Label is the Cilium's representation of a container label.\",\"properties\":{\"key\":{\"type\":\"string\"},\"source\":{\"description\":\"Source can be one of the above values (e.g.: LabelSourceContainer).\",\"type\":\"string\"},\"value\":{\"type\":\"string\"}},\"required\":[\"key\"],\"type\":\"object\"},\"type\":\"array\"},\"nodeSelector\":{\"description\":\"NodeSelector selects all nodes which should be subject to this rule.\\nEndpointSelector and NodeSelector cannot be both empty and are mutually\\nexclusive. Can only be used in CiliumClusterwideNetworkPolicies.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"type\":\"object\"},\"specs\":{\"description\":\"Specs is a list of desired Cilium specific rule specification.\",\"items\":{\"description\":\"Rule is a policy rule which must be applied to all endpoints which match the\\nlabels contained in the endpointSelector\\n\\nEach rule is split into an ingress section which contains all rules\\napplicable at ingress, and an egress section applicable at egress. For rule\\ntypes such as `L4Rule` and `CIDR` which can be applied at both ingress and\\negress, both ingress and egress side have to either specifically allow the\\nconnection or one side has to be omitted.\\n\\nEither ingress, egress, or both can be provided. If both ingress and egress\\nare omitted, the rule has no effect.\",\"oneOf\":[{\"properties\":{\"endpointSelector\":{}},\"required\":[\"endpointSelector\"]},{\"properties\":{\"nodeSelector\":{}},\"required\":[\"nodeSelector\"]}],\"properties\":{\"description\":{\"description\":\"Description is a free form string, it can be used by the creator of\\nthe rule to store human readable explanation of the purpose of this\\nrule. Rules cannot be identified by comment.\",\"type\":\"string\"},\"egress\":{\"description\":\"Egress is a list of EgressRule which are enforced at egress.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toFQDNs\":{\"description\":\"ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result\\nfrom DNS resolution of `ToFQDN.MatchName`s are added to the same\\nEgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and\\nL7 rules within this EgressRule will also apply to these IPs.\\nThe DNS -> IP mapping is re-resolved periodically from within the\\ncilium-agent, and the IPs in the DNS response are effected in the policy\\nfor selected pods as-is (i.e. the list of IPs is not modified in any way).\\nNote: An explicit rule to allow for DNS traffic is needed for the pods, as\\nToFQDN counts as an egress rule and will enforce egress policy when\\nPolicyEnforcment=default.\\nNote: If the resolved IPs are IPs within the kubernetes cluster, the\\nToFQDN rule will not apply to that IP.\\nNote: ToFQDN cannot occur in the same policy as other To* rules.\",\"items\":{\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nconnect to.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"egressDeny\":{\"description\":\"EgressDeny is a list of EgressDenyRule which are enforced at egress.\\nAny rule inserted here will be denied regardless of the allowed egress\\nrules in the 'egress' field.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressDenyRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is not allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to connect\\nto.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is not allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"enableDefaultDeny\":{\"description\":\"EnableDefaultDeny determines whether this policy configures the\\nsubject endpoint(s) to have a default deny mode. If enabled,\\nthis causes all traffic not explicitly allowed by a network policy\\nto be dropped.\\n\\nIf not specified, the default is true for each traffic direction\\nthat has rules, and false otherwise. For example, if a policy\\nonly has Ingress or IngressDeny rules, then the default for\\ningress is true and egress is false.\\n\\nIf multiple policies apply to an endpoint, that endpoint's default deny\\nwill be enabled if any policy requests it.\\n\\nThis is useful for creating broad-based network policies that will not\\ncause endpoints to enter default-deny mode.\",\"properties\":{\"egress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto egress traffic.\",\"type\":\"boolean\"},\"ingress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto ingress traffic.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"endpointSelector\":{\"description\":\"EndpointSelector selects all endpoints which should be subject to\\nthis rule. EndpointSelector and NodeSelector cannot be both empty and\\nare mutually exclusive.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"ingress\":{\"description\":\"Ingress is a list of IngressRule which are enforced at ingress.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"ingressDeny\":{\"description\":\"IngressDeny is a list of IngressDenyRule which are enforced at ingress.\\nAny rule inserted here will be denied regardless of the allowed ingress\\nrules in the 'ingress' field.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressDenyRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"labels\":{\"description\":\"Labels is a list of optional strings which can be used to\\nre-identify the rule or to store metadata. It is possible to lookup\\nor delete strings based on labels. Labels are not required to be\\nunique, multiple rules can have overlapping or identical labels.\",\"items\":{\"description\":\"Label is the Cilium's representation of a container label.\",\"properties\":{\"key\":{\"type\":\"string\"},\"source\":{\"description\":\"Source can be one of the above values (e.g.: LabelSourceContainer).\",\"type\":\"string\"},\"value\":{\"type\":\"string\"}},\"required\":[\"key\"],\"type\":\"object\"},\"type\":\"array\"},\"nodeSelector\":{\"description\":\"NodeSelector selects all nodes which should be subject to this rule.\\nEndpointSelector and NodeSelector cannot be both empty and are mutually\\nexclusive. Can only be used in CiliumClusterwideNetworkPolicies.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"type\":\"object\"},\"type\":\"array\"},\"status\":{\"description\":\"Status is the status of the Cilium policy rule.\\n\\nThe reason this field exists in this structure is due a bug in the k8s\\ncode-generator that doesn't create a `UpdateStatus` method because the\\nfield does not exist in the structure.\",\"properties\":{\"conditions\":{\"items\":{\"properties\":{\"lastTransitionTime\":{\"description\":\"The last time the condition transitioned from one status to another.\",\"format\":\"date-time\",\"type\":\"string\"},\"message\":{\"description\":\"A human readable message indicating details about the transition.\",\"type\":\"string\"},\"reason\":{\"description\":\"The reason for the condition's last transition.\",\"type\":\"string\"},\"status\":{\"description\":\"The status of the condition, one of True, False, or Unknown\",\"type\":\"string\"},\"type\":{\"description\":\"The type of the policy condition\",\"type\":\"string\"}},\"required\":[\"status\",\"type\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-map-keys\":[\"type\"],\"x-kubernetes-list-type\":\"map\"},\"derivativePolicies\":{\"additionalProperties\":{\"description\":\"CiliumNetworkPolicyNodeStatus is the status of a Cilium policy rule for a\\nspecific node.\",\"properties\":{\"annotations\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"Annotations corresponds to the Annotations in the ObjectMeta of the CNP\\nthat have been realized on the node for CNP. That is, if a CNP has been\\nimported and has been assigned annotation X=Y by the user,\\nAnnotations in CiliumNetworkPolicyNodeStatus will be X=Y once the\\nCNP that was imported corresponding to Annotation X=Y has been realized on\\nthe node.\",\"type\":\"object\"},\"enforcing\":{\"description\":\"Enforcing is set to true once all endpoints present at the time the\\npolicy has been imported are enforcing this policy.\",\"type\":\"boolean\"},\"error\":{\"description\":\"Error describes any error that occurred when parsing or importing the\\npolicy, or realizing the policy for the endpoints to which it applies\\non the node.\",\"type\":\"string\"},\"lastUpdated\":{\"description\":\"LastUpdated contains the last time this status was updated\",\"format\":\"date-time\",\"type\":\"string\"},\"localPolicyRevision\":{\"description\":\"Revision is the policy revision of the repository which first implemented\\nthis policy.\",\"format\":\"int64\",\"type\":\"integer\"},\"ok\":{\"description\":\"OK is true when the policy has been parsed and imported successfully\\ninto the in-memory policy repository on the node.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"description\":\"DerivativePolicies is the status of all policies derived from the Cilium\\npolicy\",\"type\":\"object\"}},\"type\":\"object\"}},\"required\":[\"metadata\"],\"type\":\"object\"},{\"description\":\"CiliumNetworkPolicy is a Kubernetes third-party resource with an extended\\nversion of NetworkPolicy.\",\"properties\":{\"apiVersion\":{\"description\":\"APIVersion defines the versioned schema of this representation of an object.\\nServers should convert recognized schemas to the latest internal value, and\\nmay reject unrecognized values.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources\",\"type\":\"string\"},\"kind\":{\"description\":\"Kind is a string value representing the REST resource this object represents.\\nServers may infer this from the endpoint the client submits requests to.\\nCannot be updated.\\nIn CamelCase.\\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds\",\"type\":\"string\"},\"metadata\":{\"type\":\"object\"},\"spec\":{\"description\":\"Spec is the desired Cilium specific rule specification.\",\"oneOf\":[{\"properties\":{\"endpointSelector\":{}},\"required\":[\"endpointSelector\"]},{\"properties\":{\"nodeSelector\":{}},\"required\":[\"nodeSelector\"]}],\"properties\":{\"description\":{\"description\":\"Description is a free form string, it can be used by the creator of\\nthe rule to store human readable explanation of the purpose of this\\nrule. Rules cannot be identified by comment.\",\"type\":\"string\"},\"egress\":{\"description\":\"Egress is a list of EgressRule which are enforced at egress.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toFQDNs\":{\"description\":\"ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result\\nfrom DNS resolution of `ToFQDN.MatchName`s are added to the same\\nEgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and\\nL7 rules within this EgressRule will also apply to these IPs.\\nThe DNS -> IP mapping is re-resolved periodically from within the\\ncilium-agent, and the IPs in the DNS response are effected in the policy\\nfor selected pods as-is (i.e. the list of IPs is not modified in any way).\\nNote: An explicit rule to allow for DNS traffic is needed for the pods, as\\nToFQDN counts as an egress rule and will enforce egress policy when\\nPolicyEnforcment=default.\\nNote: If the resolved IPs are IPs within the kubernetes cluster, the\\nToFQDN rule will not apply to that IP.\\nNote: ToFQDN cannot occur in the same policy as other To* rules.\",\"items\":{\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nconnect to.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"egressDeny\":{\"description\":\"EgressDeny is a list of EgressDenyRule which are enforced at egress.\\nAny rule inserted here will be denied regardless of the allowed egress\\nrules in the 'egress' field.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressDenyRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is not allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to connect\\nto.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is not allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"enableDefaultDeny\":{\"description\":\"EnableDefaultDeny determines whether this policy configures the\\nsubject endpoint(s) to have a default deny mode. If enabled,\\nthis causes all traffic not explicitly allowed by a network policy\\nto be dropped.\\n\\nIf not specified, the default is true for each traffic direction\\nthat has rules, and false otherwise. For example, if a policy\\nonly has Ingress or IngressDeny rules, then the default for\\ningress is true and egress is false.\\n\\nIf multiple policies apply to an endpoint, that endpoint's default deny\\nwill be enabled if any policy requests it.\\n\\nThis is useful for creating broad-based network policies that will not\\ncause endpoints to enter default-deny mode.\",\"properties\":{\"egress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto egress traffic.\",\"type\":\"boolean\"},\"ingress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto ingress traffic.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"endpointSelector\":{\"description\":\"EndpointSelector selects all endpoints which should be subject to\\nthis rule. EndpointSelector and NodeSelector cannot be both empty and\\nare mutually exclusive.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"ingress\":{\"description\":\"Ingress is a list of IngressRule which are enforced at ingress.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"ingressDeny\":{\"description\":\"IngressDeny is a list of IngressDenyRule which are enforced at ingress.\\nAny rule inserted here will be denied regardless of the allowed ingress\\nrules in the 'ingress' field.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressDenyRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"labels\":{\"description\":\"Labels is a list of optional strings which can be used to\\nre-identify the rule or to store metadata. It is possible to lookup\\nor delete strings based on labels. Labels are not required to be\\nunique, multiple rules can have overlapping or identical labels.\",\"items\":{\"description\":\"Label is the Cilium's representation of a container label.\",\"properties\":{\"key\":{\"type\":\"string\"},\"source\":{\"description\":\"Source can be one of the above values (e.g.: LabelSourceContainer).\",\"type\":\"string\"},\"value\":{\"type\":\"string\"}},\"required\":[\"key\"],\"type\":\"object\"},\"type\":\"array\"},\"nodeSelector\":{\"description\":\"NodeSelector selects all nodes which should be subject to this rule.\\nEndpointSelector and NodeSelector cannot be both empty and are mutually\\nexclusive. Can only be used in CiliumClusterwideNetworkPolicies.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"type\":\"object\"},\"specs\":{\"description\":\"Specs is a list of desired Cilium specific rule specification.\",\"items\":{\"description\":\"Rule is a policy rule which must be applied to all endpoints which match the\\nlabels contained in the endpointSelector\\n\\nEach rule is split into an ingress section which contains all rules\\napplicable at ingress, and an egress section applicable at egress. For rule\\ntypes such as `L4Rule` and `CIDR` which can be applied at both ingress and\\negress, both ingress and egress side have to either specifically allow the\\nconnection or one side has to be omitted.\\n\\nEither ingress, egress, or both can be provided. If both ingress and egress\\nare omitted, the rule has no effect.\",\"oneOf\":[{\"properties\":{\"endpointSelector\":{}},\"required\":[\"endpointSelector\"]},{\"properties\":{\"nodeSelector\":{}},\"required\":[\"nodeSelector\"]}],\"properties\":{\"description\":{\"description\":\"Description is a free form string, it can be used by the creator of\\nthe rule to store human readable explanation of the purpose of this\\nrule. Rules cannot be identified by comment.\",\"type\":\"string\"},\"egress\":{\"description\":\"Egress is a list of EgressRule which are enforced at egress.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toFQDNs\":{\"description\":\"ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result\\nfrom DNS resolution of `ToFQDN.MatchName`s are added to the same\\nEgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and\\nL7 rules within this EgressRule will also apply to these IPs.\\nThe DNS -> IP mapping is re-resolved periodically from within the\\ncilium-agent, and the IPs in the DNS response are effected in the policy\\nfor selected pods as-is (i.e. the list of IPs is not modified in any way).\\nNote: An explicit rule to allow for DNS traffic is needed for the pods, as\\nToFQDN counts as an egress rule and will enforce egress policy when\\nPolicyEnforcment=default.\\nNote: If the resolved IPs are IPs within the kubernetes cluster, the\\nToFQDN rule will not apply to that IP.\\nNote: ToFQDN cannot occur in the same policy as other To* rules.\",\"items\":{\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nconnect to.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"egressDeny\":{\"description\":\"EgressDeny is a list of EgressDenyRule which are enforced at egress.\\nAny rule inserted here will be denied regardless of the allowed egress\\nrules in the 'egress' field.\\nIf omitted or empty, this rule does not apply at egress.\",\"items\":{\"description\":\"EgressDenyRule contains all rule types which can be applied at egress, i.e.\\nnetwork traffic that originates inside the endpoint and exits the endpoint\\nselected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members of the structure are specified, then all members\\n    must match in order for the rule to take effect. The exception to this\\n    rule is the ToRequires member; the effects of any Requires field in any\\n    rule will apply to all other rules as well.\\n\\n  - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are\\n    mutually exclusive. Only one of these members may be present within an\\n    individual rule.\",\"properties\":{\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to connect to.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" is not allowed to initiate\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toCIDR\":{\"description\":\"ToCIDR is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections. Only connections destined for\\noutside of the cluster and not targeting the host will be subject\\nto CIDR rules.  This will match on the destination IP address of\\noutgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet\\nwith no ExcludeCIDRs is equivalent. Overlaps are allowed between\\nToCIDR and ToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"toCIDRSet\":{\"description\":\"ToCIDRSet is a list of IP blocks which the endpoint subject to the rule\\nis allowed to initiate connections to in addition to connections\\nwhich are allowed via ToEndpoints, along with a list of subnets contained\\nwithin their corresponding IP block to which traffic should not be\\nallowed. This will match on the destination IP address of outgoing\\nconnections. Adding a prefix into ToCIDR or into ToCIDRSet with no\\nExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and\\nToCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=database-proxy\\\" is allowed to\\ninitiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toEndpoints\":{\"description\":\"ToEndpoints is a list of endpoints identified by an EndpointSelector to\\nwhich the endpoints subject to the rule are allowed to communicate.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" can communicate with any\\nendpoint carrying the label \\\"role=backend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toEntities\":{\"description\":\"ToEntities is a list of special entities to which the endpoint subject\\nto the rule is allowed to initiate connections. Supported entities are\\n`world`, `cluster`,`host`,`remote-node`,`kube-apiserver`, `init`,\\n`health`,`unmanaged` and `all`.\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"toGroups\":{\"description\":\"ToGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\ntoGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"toNodes\":{\"description\":\"ToNodes is a list of nodes identified by an\\nEndpointSelector to which endpoints subject to the rule is allowed to communicate.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to connect\\nto.\\n\\nExample:\\nAny endpoint with the label \\\"role=frontend\\\" is not allowed to initiate\\nconnections to destination port 8080/tcp\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toRequires\":{\"description\":\"ToRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be able to connect to other\\nendpoints. These additional constraints do no by itself grant access\\nprivileges and must always be accompanied with at least one matching\\nToEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires any endpoint to which it\\ncommunicates to also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"toServices\":{\"description\":\"ToServices is a list of services to which the endpoint subject\\nto the rule is allowed to initiate connections.\\nCurrently Cilium only supports toServices for K8s services without\\nselectors.\\n\\nExample:\\nAny endpoint with the label \\\"app=backend-app\\\" is allowed to\\ninitiate connections to all cidrs backing the \\\"external-service\\\" service\",\"items\":{\"description\":\"Service wraps around selectors for services\",\"properties\":{\"k8sService\":{\"description\":\"K8sService selects service by name and namespace pair\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"serviceName\":{\"type\":\"string\"}},\"type\":\"object\"},\"k8sServiceSelector\":{\"description\":\"K8sServiceSelector selects services by k8s labels and namespace\",\"properties\":{\"namespace\":{\"type\":\"string\"},\"selector\":{\"description\":\"ServiceSelector is a label selector for k8s services\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"required\":[\"selector\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"enableDefaultDeny\":{\"description\":\"EnableDefaultDeny determines whether this policy configures the\\nsubject endpoint(s) to have a default deny mode. If enabled,\\nthis causes all traffic not explicitly allowed by a network policy\\nto be dropped.\\n\\nIf not specified, the default is true for each traffic direction\\nthat has rules, and false otherwise. For example, if a policy\\nonly has Ingress or IngressDeny rules, then the default for\\ningress is true and egress is false.\\n\\nIf multiple policies apply to an endpoint, that endpoint's default deny\\nwill be enabled if any policy requests it.\\n\\nThis is useful for creating broad-based network policies that will not\\ncause endpoints to enter default-deny mode.\",\"properties\":{\"egress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto egress traffic.\",\"type\":\"boolean\"},\"ingress\":{\"description\":\"Whether or not the endpoint should have a default-deny rule applied\\nto ingress traffic.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"endpointSelector\":{\"description\":\"EndpointSelector selects all endpoints which should be subject to\\nthis rule. EndpointSelector and NodeSelector cannot be both empty and\\nare mutually exclusive.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"ingress\":{\"description\":\"Ingress is a list of IngressRule which are enforced at ingress.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"authentication\":{\"description\":\"Authentication is the required authentication type for the allowed traffic, if any.\",\"properties\":{\"mode\":{\"description\":\"Mode is the required authentication mode for the allowed traffic, if any.\",\"enum\":[\"disabled\",\"required\",\"test-always-fail\"],\"type\":\"string\"}},\"required\":[\"mode\"],\"type\":\"object\"},\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can only accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortRule is a list of ports/protocol combinations with optional Layer 7\\nrules which must be met.\",\"properties\":{\"listener\":{\"description\":\"listener specifies the name of a custom Envoy listener to which this traffic should be\\nredirected to.\",\"properties\":{\"envoyConfig\":{\"description\":\"EnvoyConfig is a reference to the CEC or CCEC resource in which\\nthe listener is defined.\",\"properties\":{\"kind\":{\"description\":\"Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or\\nCiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,\\nrespectively. The only case this is currently explicitly needed is when referring to a\\nCiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener\\nfrom a cluster scoped policy is not allowed.\",\"enum\":[\"CiliumEnvoyConfig\",\"CiliumClusterwideEnvoyConfig\"],\"type\":\"string\"},\"name\":{\"description\":\"Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where\\nthe listener is defined in.\",\"minLength\":1,\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"name\":{\"description\":\"Name is the name of the listener.\",\"minLength\":1,\"type\":\"string\"},\"priority\":{\"description\":\"Priority for this Listener that is used when multiple rules would apply different\\nlisteners to a policy map entry. Behavior of this is implementation dependent.\",\"maximum\":100,\"minimum\":1,\"type\":\"integer\"}},\"required\":[\"envoyConfig\",\"name\"],\"type\":\"object\"},\"originatingTLS\":{\"description\":\"OriginatingTLS is the TLS context for the connections originated by\\nthe L7 proxy.  For egress policy this specifies the client-side TLS\\nparameters for the upstream connection originating from the L7 proxy\\nto the remote destination. For ingress policy this specifies the\\nclient-side TLS parameters for the connection from the L7 proxy to\\nthe local endpoint.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"},\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"},\"rules\":{\"description\":\"Rules is a list of additional port level rules which must be met in\\norder for the PortRule to allow the traffic. If omitted or empty,\\nno layer 7 rules are enforced.\",\"oneOf\":[{\"properties\":{\"http\":{}},\"required\":[\"http\"]},{\"properties\":{\"kafka\":{}},\"required\":[\"kafka\"]},{\"properties\":{\"dns\":{}},\"required\":[\"dns\"]},{\"properties\":{\"l7proto\":{}},\"required\":[\"l7proto\"]}],\"properties\":{\"dns\":{\"description\":\"DNS-specific rules.\",\"items\":{\"description\":\"PortRuleDNS is a list of allowed DNS lookups.\",\"oneOf\":[{\"properties\":{\"matchName\":{}},\"required\":[\"matchName\"]},{\"properties\":{\"matchPattern\":{}},\"required\":[\"matchPattern\"]}],\"properties\":{\"matchName\":{\"description\":\"MatchName matches literal DNS names. A trailing \\\".\\\" is automatically added\\nwhen missing.\",\"pattern\":\"^([-a-zA-Z0-9_]+[.]?)+$\",\"type\":\"string\"},\"matchPattern\":{\"description\":\"MatchPattern allows using wildcards to match DNS names. All wildcards are\\ncase insensitive. The wildcards are:\\n- \\\"*\\\" matches 0 or more DNS valid characters, and may occur anywhere in\\nthe pattern. As a special case a \\\"*\\\" as the leftmost character, without a\\nfollowing \\\".\\\" matches all subdomains as well as the name to the right.\\nA trailing \\\".\\\" is automatically added when missing.\\n\\nExamples:\\n`*.cilium.io` matches subomains of cilium at that level\\n  www.cilium.io and blog.cilium.io match, cilium.io and google.com do not\\n`*cilium.io` matches cilium.io and all subdomains ends with \\\"cilium.io\\\"\\n  except those containing \\\".\\\" separator, subcilium.io and sub-cilium.io match,\\n  www.cilium.io and blog.cilium.io does not\\nsub*.cilium.io matches subdomains of cilium where the subdomain component\\nbegins with \\\"sub\\\"\\n  sub.cilium.io and subdomain.cilium.io match, www.cilium.io,\\n  blog.cilium.io, cilium.io and google.com do not\",\"pattern\":\"^([-a-zA-Z0-9_*]+[.]?)+$\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"http\":{\"description\":\"HTTP specific rules.\",\"items\":{\"description\":\"PortRuleHTTP is a list of HTTP protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule does not have any\\neffect.\\n\\nAll fields of this type are extended POSIX regex as defined by IEEE Std\\n1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)\\nmatched against the path of an incoming request. Currently it can contain\\ncharacters disallowed from the conventional \\\"path\\\" part of a URL as defined\\nby RFC 3986.\",\"properties\":{\"headerMatches\":{\"description\":\"HeaderMatches is a list of HTTP headers which must be\\npresent and match against the given values. Mismatch field can be used\\nto specify what to do when there is no match.\",\"items\":{\"description\":\"HeaderMatch extends the HeaderValue for matching requirement of a\\nnamed header field against an immediate string, a secret value, or\\na regex.  If none of the optional fields is present, then the\\nheader value is not matched, only presence of the header is enough.\",\"properties\":{\"mismatch\":{\"description\":\"Mismatch identifies what to do in case there is no match. The default is\\nto drop the request. Otherwise the overall rule is still considered as\\nmatching, but the mismatches are logged in the access log.\",\"enum\":[\"LOG\",\"ADD\",\"DELETE\",\"REPLACE\"],\"type\":\"string\"},\"name\":{\"description\":\"Name identifies the header.\",\"minLength\":1,\"type\":\"string\"},\"secret\":{\"description\":\"Secret refers to a secret that contains the value to be matched against.\\nThe secret must only contain one entry. If the referred secret does not\\nexist, and there is no \\\"Value\\\" specified, the match will fail.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"value\":{\"description\":\"Value matches the exact value of the header. Can be specified either\\nalone or together with \\\"Secret\\\"; will be used as the header value if the\\nsecret can not be found in the latter case.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"headers\":{\"description\":\"Headers is a list of HTTP headers which must be present in the\\nrequest. If omitted or empty, requests are allowed regardless of\\nheaders present.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"Host is an extended POSIX regex matched against the host header of a\\nrequest. Examples:\\n\\n- foo.bar.com will match the host fooXbar.com or foo-bar.com\\n- foo\\\\.bar\\\\.com will only match the host foo.bar.com\\n\\nIf omitted or empty, the value of the host header is ignored.\",\"format\":\"idn-hostname\",\"type\":\"string\"},\"method\":{\"description\":\"Method is an extended POSIX regex matched against the method of a\\nrequest, e.g. \\\"GET\\\", \\\"POST\\\", \\\"PUT\\\", \\\"PATCH\\\", \\\"DELETE\\\", ...\\n\\nIf omitted or empty, all methods are allowed.\",\"type\":\"string\"},\"path\":{\"description\":\"Path is an extended POSIX regex matched against the path of a\\nrequest. Currently it can contain characters disallowed from the\\nconventional \\\"path\\\" part of a URL as defined by RFC 3986.\\n\\nIf omitted or empty, all paths are all allowed.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"kafka\":{\"description\":\"Kafka-specific rules.\",\"items\":{\"description\":\"PortRule is a list of Kafka protocol constraints. All fields are\\noptional, if all fields are empty or missing, the rule will match all\\nKafka messages.\",\"properties\":{\"apiKey\":{\"description\":\"APIKey is a case-insensitive string matched against the key of a\\nrequest, e.g. \\\"produce\\\", \\\"fetch\\\", \\\"createtopic\\\", \\\"deletetopic\\\", et al\\nReference: https://kafka.apache.org/protocol#protocol_api_keys\\n\\nIf omitted or empty, and if Role is not specified, then all keys are allowed.\",\"type\":\"string\"},\"apiVersion\":{\"description\":\"APIVersion is the version matched against the api version of the\\nKafka message. If set, it has to be a string representing a positive\\ninteger.\\n\\nIf omitted or empty, all versions are allowed.\",\"type\":\"string\"},\"clientID\":{\"description\":\"ClientID is the client identifier as provided in the request.\\n\\nFrom Kafka protocol documentation:\\nThis is a user supplied identifier for the client application. The\\nuser can use any identifier they like and it will be used when\\nlogging errors, monitoring aggregates, etc. For example, one might\\nwant to monitor not just the requests per second overall, but the\\nnumber coming from each client application (each of which could\\nreside on multiple servers). This id acts as a logical grouping\\nacross all requests from a particular client.\\n\\nIf omitted or empty, all client identifiers are allowed.\",\"type\":\"string\"},\"role\":{\"description\":\"Role is a case-insensitive string and describes a group of API keys\\nnecessary to perform certain higher-level Kafka operations such as \\\"produce\\\"\\nor \\\"consume\\\". A Role automatically expands into all APIKeys required\\nto perform the specified higher-level operation.\\n\\nThe following values are supported:\\n - \\\"produce\\\": Allow producing to the topics specified in the rule\\n - \\\"consume\\\": Allow consuming from the topics specified in the rule\\n\\nThis field is incompatible with the APIKey field, i.e APIKey and Role\\ncannot both be specified in the same rule.\\n\\nIf omitted or empty, and if APIKey is not specified, then all keys are\\nallowed.\",\"enum\":[\"produce\",\"consume\"],\"type\":\"string\"},\"topic\":{\"description\":\"Topic is the topic name contained in the message. If a Kafka request\\ncontains multiple topics, then all topics must be allowed or the\\nmessage will be rejected.\\n\\nThis constraint is ignored if the matched request message type\\ndoesn't contain any topic. Maximum size of Topic can be 249\\ncharacters as per recent Kafka spec and allowed characters are\\na-z, A-Z, 0-9, -, . and _.\\n\\nOlder Kafka versions had longer topic lengths of 255, but in Kafka 0.10\\nversion the length was changed from 255 to 249. For compatibility\\nreasons we are using 255.\\n\\nIf omitted or empty, all topics are allowed.\",\"maxLength\":255,\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"l7\":{\"description\":\"Key-value pair rules.\",\"items\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"PortRuleL7 is a list of key-value pairs interpreted by a L7 protocol as\\nprotocol constraints. All fields are optional, if all fields are empty or\\nmissing, the rule does not have any effect.\",\"type\":\"object\"},\"type\":\"array\"},\"l7proto\":{\"description\":\"Name of the L7 protocol for which the Key-value pair rules apply.\",\"type\":\"string\"}},\"type\":\"object\"},\"serverNames\":{\"description\":\"ServerNames is a list of allowed TLS SNI values. If not empty, then\\nTLS must be present and one of the provided SNIs must be indicated in the\\nTLS handshake.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"terminatingTLS\":{\"description\":\"TerminatingTLS is the TLS context for the connection terminated by\\nthe L7 proxy.  For egress policy this specifies the server-side TLS\\nparameters to be applied on the connections originated from the local\\nendpoint and terminated by the L7 proxy. For ingress policy this specifies\\nthe server-side TLS parameters to be applied on the connections\\noriginated from a remote source and terminated by the L7 proxy.\",\"properties\":{\"certificate\":{\"description\":\"Certificate is the file name or k8s secret item name for the certificate\\nchain. If omitted, 'tls.crt' is assumed, if it exists. If given, the\\nitem must exist.\",\"type\":\"string\"},\"privateKey\":{\"description\":\"PrivateKey is the file name or k8s secret item name for the private key\\nmatching the certificate chain. If omitted, 'tls.key' is assumed, if it\\nexists. If given, the item must exist.\",\"type\":\"string\"},\"secret\":{\"description\":\"Secret is the secret that contains the certificates and private key for\\nthe TLS context.\\nBy default, Cilium will search in this secret for the following items:\\n - 'ca.crt'  - Which represents the trusted CA to verify remote source.\\n - 'tls.crt' - Which represents the public key certificate.\\n - 'tls.key' - Which represents the private key matching the public key\\n               certificate.\",\"properties\":{\"name\":{\"description\":\"Name is the name of the secret.\",\"type\":\"string\"},\"namespace\":{\"description\":\"Namespace is the namespace in which the secret exists. Context of use\\ndetermines the default value if left out (e.g., \\\"default\\\").\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"trustedCA\":{\"description\":\"TrustedCA is the file name or k8s secret item name for the trusted CA.\\nIf omitted, 'ca.crt' is assumed, if it exists. If given, the item must\\nexist.\",\"type\":\"string\"}},\"required\":[\"secret\"],\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"ingressDeny\":{\"description\":\"IngressDeny is a list of IngressDenyRule which are enforced at ingress.\\nAny rule inserted here will be denied regardless of the allowed ingress\\nrules in the 'ingress' field.\\nIf omitted or empty, this rule does not apply at ingress.\",\"items\":{\"description\":\"IngressDenyRule contains all rule types which can be applied at ingress,\\ni.e. network traffic that originates outside of the endpoint and\\nis entering the endpoint selected by the endpointSelector.\\n\\n  - All members of this structure are optional. If omitted or empty, the\\n    member will have no effect on the rule.\\n\\n  - If multiple members are set, all of them need to match in order for\\n    the rule to take effect. The exception to this rule is FromRequires field;\\n    the effects of any Requires field in any rule will apply to all other\\n    rules as well.\\n\\n  - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually\\n    exclusive. Only one of these members may be present within an individual\\n    rule.\",\"properties\":{\"fromCIDR\":{\"description\":\"FromCIDR is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from. Only connections which\\ndo *not* originate from the cluster or from the local host are subject\\nto CIDR rules. In order to allow in-cluster connectivity, use the\\nFromEndpoints field.  This will match on the source IP address of\\nincoming connections. Adding  a prefix into FromCIDR or into\\nFromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are\\nallowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.3.9.1\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"},\"fromCIDRSet\":{\"description\":\"FromCIDRSet is a list of IP blocks which the endpoint subject to the\\nrule is allowed to receive connections from in addition to FromEndpoints,\\nalong with a list of subnets contained within their corresponding IP block\\nfrom which traffic should not be allowed.\\nThis will match on the source IP address of incoming connections. Adding\\na prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is\\nequivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.\\n\\nExample:\\nAny endpoint with the label \\\"app=my-legacy-pet\\\" is allowed to receive\\nconnections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.\",\"items\":{\"description\":\"CIDRRule is a rule that specifies a CIDR prefix to/from which outside\\ncommunication  is allowed, along with an optional list of subnets within that\\nCIDR prefix to/from which outside communication is not allowed.\",\"oneOf\":[{\"properties\":{\"cidr\":{}},\"required\":[\"cidr\"]},{\"properties\":{\"cidrGroupRef\":{}},\"required\":[\"cidrGroupRef\"]}],\"properties\":{\"cidr\":{\"description\":\"CIDR is a CIDR prefix / IP Block.\",\"format\":\"cidr\",\"type\":\"string\"},\"cidrGroupRef\":{\"description\":\"CIDRGroupRef is a reference to a CiliumCIDRGroup object.\\nA CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to\\nthe rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive\\nconnections from.\",\"maxLength\":253,\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"except\":{\"description\":\"ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule\\nis not allowed to initiate connections to. These CIDR prefixes should be\\ncontained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not\\nsupported yet.\\nThese exceptions are only applied to the Cidr in this CIDRRule, and do not\\napply to any other CIDR prefixes in any other CIDRRules.\",\"items\":{\"description\":\"CIDR specifies a block of IP addresses.\\nExample: 192.0.2.1/32\",\"format\":\"cidr\",\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromEndpoints\":{\"description\":\"FromEndpoints is a list of endpoints identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\\n\\nExample:\\nAny endpoint with the label \\\"role=backend\\\" can be consumed by any\\nendpoint carrying the label \\\"role=frontend\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromEntities\":{\"description\":\"FromEntities is a list of special entities which the endpoint subject\\nto the rule is allowed to receive connections from. Supported entities are\\n`world`, `cluster` and `host`\",\"items\":{\"description\":\"Entity specifies the class of receiver/sender endpoints that do not have\\nindividual identities.  Entities are used to describe \\\"outside of cluster\\\",\\n\\\"host\\\", etc.\",\"enum\":[\"all\",\"world\",\"cluster\",\"host\",\"init\",\"ingress\",\"unmanaged\",\"remote-node\",\"health\",\"none\",\"kube-apiserver\"],\"type\":\"string\"},\"type\":\"array\"},\"fromGroups\":{\"description\":\"FromGroups is a directive that allows the integration with multiple outside\\nproviders. Currently, only AWS is supported, and the rule can select by\\nmultiple sub directives:\\n\\nExample:\\nFromGroups:\\n- aws:\\n    securityGroupsIds:\\n    - 'sg-XXXXXXXXXXXXX'\",\"items\":{\"description\":\"Groups structure to store all kinds of new integrations that needs a new\\nderivative policy.\",\"properties\":{\"aws\":{\"description\":\"AWSGroup is an structure that can be used to whitelisting information from AWS integration\",\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},\"region\":{\"type\":\"string\"},\"securityGroupsIds\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"securityGroupsNames\":{\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"fromNodes\":{\"description\":\"FromNodes is a list of nodes identified by an\\nEndpointSelector which are allowed to communicate with the endpoint\\nsubject to the rule.\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"fromRequires\":{\"description\":\"FromRequires is a list of additional constraints which must be met\\nin order for the selected endpoints to be reachable. These\\nadditional constraints do no by itself grant access privileges and\\nmust always be accompanied with at least one matching FromEndpoints.\\n\\nExample:\\nAny Endpoint with the label \\\"team=A\\\" requires consuming endpoint\\nto also carry the label \\\"team=A\\\".\",\"items\":{\"description\":\"EndpointSelector is a wrapper for k8s LabelSelector.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"},\"type\":\"array\"},\"icmps\":{\"description\":\"ICMPs is a list of ICMP rule identified by type number\\nwhich the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\ntype 8 ICMP connections.\",\"items\":{\"description\":\"ICMPRule is a list of ICMP fields.\",\"properties\":{\"fields\":{\"description\":\"Fields is a list of ICMP fields.\",\"items\":{\"description\":\"ICMPField is a ICMP field.\",\"properties\":{\"family\":{\"default\":\"IPv4\",\"description\":\"Family is a IP address version.\\nCurrently, we support `IPv4` and `IPv6`.\\n`IPv4` is set as default.\",\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"},\"type\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Type is a ICMP-type.\\nIt should be an 8bit code (0-255), or it's CamelCase name (for example, \\\"EchoReply\\\").\\nAllowed ICMP types are:\\n    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |\\n\\t\\t     RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |\\n\\t\\t\\t Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply\\n    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |\\n\\t\\t\\t EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |\\n\\t\\t\\t MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |\\n\\t\\t\\t NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |\\n\\t\\t\\t ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |\\n\\t\\t\\t HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |\\n\\t\\t\\t MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |\\n\\t\\t\\t ExtendedEchoRequest | ExtendedEchoReply\",\"pattern\":\"^([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]|EchoReply|DestinationUnreachable|Redirect|Echo|RouterAdvertisement|RouterSelection|TimeExceeded|ParameterProblem|Timestamp|TimestampReply|Photuris|ExtendedEchoRequest|ExtendedEcho Reply|PacketTooBig|ParameterProblem|EchoRequest|MulticastListenerQuery|MulticastListenerReport|MulticastListenerDone|RouterSolicitation|RouterAdvertisement|NeighborSolicitation|NeighborAdvertisement|RedirectMessage|RouterRenumbering|ICMPNodeInformationQuery|ICMPNodeInformationResponse|InverseNeighborDiscoverySolicitation|InverseNeighborDiscoveryAdvertisement|HomeAgentAddressDiscoveryRequest|HomeAgentAddressDiscoveryReply|MobilePrefixSolicitation|MobilePrefixAdvertisement|DuplicateAddressRequestCodeSuffix|DuplicateAddressConfirmationCodeSuffix)$\",\"x-kubernetes-int-or-string\":true}},\"required\":[\"type\"],\"type\":\"object\"},\"maxItems\":40,\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"toPorts\":{\"description\":\"ToPorts is a list of destination ports identified by port number and\\nprotocol which the endpoint subject to the rule is not allowed to\\nreceive connections on.\\n\\nExample:\\nAny endpoint with the label \\\"app=httpd\\\" can not accept incoming\\nconnections on port 80/tcp.\",\"items\":{\"description\":\"PortDenyRule is a list of ports/protocol that should be used for deny\\npolicies. This structure lacks the L7Rules since it's not supported in deny\\npolicies.\",\"properties\":{\"ports\":{\"description\":\"Ports is a list of L4 port/protocol\",\"items\":{\"description\":\"PortProtocol specifies an L4 port with an optional transport protocol\",\"properties\":{\"endPort\":{\"description\":\"EndPort can only be an L4 port number.\",\"format\":\"int32\",\"maximum\":65535,\"minimum\":0,\"type\":\"integer\"},\"port\":{\"description\":\"Port can be an L4 port number, or a name in the form of \\\"http\\\"\\nor \\\"http-8080\\\".\",\"pattern\":\"^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$\",\"type\":\"string\"},\"protocol\":{\"description\":\"Protocol is the L4 protocol. If omitted or empty, any protocol\\nmatches. Accepted values: \\\"TCP\\\", \\\"UDP\\\", \\\"SCTP\\\", \\\"ANY\\\"\\n\\nMatching on ICMP is not supported.\\n\\nNamed port specified for a container may narrow this down, but may not\\ncontradict this.\",\"enum\":[\"TCP\",\"UDP\",\"SCTP\",\"ANY\"],\"type\":\"string\"}},\"required\":[\"port\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"type\":\"array\"},\"labels\":{\"description\":\"Labels is a list of optional strings which can be used to\\nre-identify the rule or to store metadata. It is possible to lookup\\nor delete strings based on labels. Labels are not required to be\\nunique, multiple rules can have overlapping or identical labels.\",\"items\":{\"description\":\"Label is the Cilium's representation of a container label.\",\"properties\":{\"key\":{\"type\":\"string\"},\"source\":{\"description\":\"Source can be one of the above values (e.g.: LabelSourceContainer).\",\"type\":\"string\"},\"value\":{\"type\":\"string\"}},\"required\":[\"key\"],\"type\":\"object\"},\"type\":\"array\"},\"nodeSelector\":{\"description\":\"NodeSelector selects all nodes which should be subject to this rule.\\nEndpointSelector and NodeSelector cannot be both empty and are mutually\\nexclusive. Can only be used in CiliumClusterwideNetworkPolicies.\",\"properties\":{\"matchExpressions\":{\"description\":\"matchExpressions is a list of label selector requirements. The requirements are ANDed.\",\"items\":{\"description\":\"A label selector requirement is a selector that contains values, a key, and an operator that\\nrelates the key and values.\",\"properties\":{\"key\":{\"description\":\"key is the label key that the selector applies to.\",\"type\":\"string\"},\"operator\":{\"description\":\"operator represents a key's relationship to a set of values.\\nValid operators are In, NotIn, Exists and DoesNotExist.\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"],\"type\":\"string\"},\"values\":{\"description\":\"values is an array of string values. If the operator is In or NotIn,\\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\\nthe values array must be empty. This array is replaced during a strategic\\nmerge patch.\",\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"}},\"required\":[\"key\",\"operator\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\"},\"matchLabels\":{\"additionalProperties\":{\"description\":\"MatchLabelsValue represents the value from the MatchLabels {key,value} pair.\",\"maxLength\":63,\"pattern\":\"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$\",\"type\":\"string\"},\"description\":\"matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\\nmap is equivalent to an element of matchExpressions, whose key field is \\\"key\\\", the\\noperator is \\\"In\\\", and the values array contains only \\\"value\\\". The requirements are ANDed.\",\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-map-type\":\"atomic\"}},\"type\":\"object\"},\"type\":\"array\"},\"status\":{\"description\":\"Status is the status of the Cilium policy rule\",\"properties\":{\"conditions\":{\"items\":{\"properties\":{\"lastTransitionTime\":{\"description\":\"The last time the condition transitioned from one status to another.\",\"format\":\"date-time\",\"type\":\"string\"},\"message\":{\"description\":\"A human readable message indicating details about the transition.\",\"type\":\"string\"},\"reason\":{\"description\":\"The reason for the condition's last transition.\",\"type\":\"string\"},\"status\":{\"description\":\"The status of the condition, one of True, False, or Unknown\",\"type\":\"string\"},\"type\":{\"description\":\"The type of the policy condition\",\"type\":\"string\"}},\"required\":[\"status\",\"type\"],\"type\":\"object\"},\"type\":\"array\",\"x-kubernetes-list-map-keys\":[\"type\"],\"x-kubernetes-list-type\":\"map\"},\"derivativePolicies\":{\"additionalProperties\":{\"description\":\"CiliumNetworkPolicyNodeStatus is the status of a Cilium policy rule for a\\nspecific node.\",\"properties\":{\"annotations\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"Annotations corresponds to the Annotations in the ObjectMeta of the CNP\\nthat have been realized on the node for CNP. That is, if a CNP has been\\nimported and has been assigned annotation X=Y by the user,\\nAnnotations in CiliumNetworkPolicyNodeStatus will be X=Y once the\\nCNP that was imported corresponding to Annotation X=Y has been realized on\\nthe node.\",\"type\":\"object\"},\"enforcing\":{\"description\":\"Enforcing is set to true once all endpoints present at the time the\\npolicy has been imported are enforcing this policy.\",\"type\":\"boolean\"},\"error\":{\"description\":\"Error describes any error that occurred when parsing or importing the\\npolicy, or realizing the policy for the endpoints to which it applies\\non the node.\",\"type\":\"string\"},\"lastUpdated\":{\"description\":\"LastUpdated contains the last time this status was updated\",\"format\":\"date-time\",\"type\":\"string\"},\"localPolicyRevision\":{\"description\":\"Revision is the policy revision of the repository which first implemented\\nthis policy.\",\"format\":\"int64\",\"type\":\"integer\"},\"ok\":{\"description\":\"OK is true when the policy has been parsed and imported successfully\\ninto the in-memory policy repository on the node.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"description\":\"DerivativePolicies is the status of all policies derived from the Cilium\\npolicy\",\"type\":\"object\"}},\"type\":\"object\"}},\"required\":[\"metadata\"],\"type\":\"object\"},{\"properties\":{\"spec\":{\"description\":\"Configuration for access control on workloads. See more details at: https://istio.io/docs/reference/config/security/authorization-policy.html\",\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"provider\"]}]}},{\"required\":[\"provider\"]}],\"properties\":{\"action\":{\"description\":\"Optional.\\n\\nValid Options: ALLOW, DENY, AUDIT, CUSTOM\",\"enum\":[\"ALLOW\",\"DENY\",\"AUDIT\",\"CUSTOM\"],\"type\":\"string\"},\"provider\":{\"description\":\"Specifies detailed configuration of the CUSTOM action.\",\"properties\":{\"name\":{\"description\":\"Specifies the name of the extension provider.\",\"type\":\"string\"}},\"type\":\"object\"},\"rules\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"source\":{\"description\":\"Source specifies the source of a request.\",\"properties\":{\"ipBlocks\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"namespaces\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notIpBlocks\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notNamespaces\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notPrincipals\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notRemoteIpBlocks\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notRequestPrincipals\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notServiceAccounts\":{\"description\":\"Optional.\",\"items\":{\"maxLength\":320,\"type\":\"string\"},\"maxItems\":16,\"type\":\"array\"},\"notTrustDomains\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"principals\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"remoteIpBlocks\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"requestPrincipals\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"serviceAccounts\":{\"description\":\"Optional.\",\"items\":{\"maxLength\":320,\"type\":\"string\"},\"maxItems\":16,\"type\":\"array\"},\"trustDomains\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"Cannot set serviceAccounts with namespaces or principals\",\"rule\":\"(has(self.serviceAccounts) || has(self.notServiceAccounts)) ? (!has(self.principals) &&\\n!has(self.notPrincipals) && !has(self.namespaces) && !has(self.notNamespaces)) : true\"}]}},\"type\":\"object\"},\"maxItems\":512,\"type\":\"array\"},\"to\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"operation\":{\"description\":\"Operation specifies the operation of a request.\",\"properties\":{\"hosts\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"methods\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notHosts\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notMethods\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notPaths\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"notPorts\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"paths\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"ports\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"when\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"key\":{\"description\":\"The name of an Istio attribute.\",\"type\":\"string\"},\"notValues\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"values\":{\"description\":\"Optional.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"required\":[\"key\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"maxItems\":512,\"type\":\"array\"},\"selector\":{\"description\":\"Optional.\",\"properties\":{\"matchLabels\":{\"additionalProperties\":{\"maxLength\":63,\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label value match\",\"rule\":\"!self.contains(\\\"*\\\")\"}]},\"description\":\"One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.\",\"maxProperties\":4096,\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label key match\",\"rule\":\"self.all(key, !key.contains(\\\"*\\\"))\"},{\"message\":\"key must not be empty\",\"rule\":\"self.all(key, key.size() != 0)\"}]}},\"type\":\"object\"},\"targetRef\":{\"properties\":{\"group\":{\"description\":\"group is the group of the target resource.\",\"maxLength\":253,\"pattern\":\"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"kind\":{\"description\":\"kind is kind of the target resource.\",\"maxLength\":63,\"minLength\":1,\"pattern\":\"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$\",\"type\":\"string\"},\"name\":{\"description\":\"name is the name of the target resource.\",\"maxLength\":253,\"minLength\":1,\"type\":\"string\"},\"namespace\":{\"description\":\"namespace is the namespace of the referent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"cross namespace referencing is not currently supported\",\"rule\":\"self.size() == 0\"}]}},\"required\":[\"kind\",\"name\"],\"type\":\"object\"},\"targetRefs\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"group\":{\"description\":\"group is the group of the target resource.\",\"maxLength\":253,\"pattern\":\"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"kind\":{\"description\":\"kind is kind of the target resource.\",\"maxLength\":63,\"minLength\":1,\"pattern\":\"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$\",\"type\":\"string\"},\"name\":{\"description\":\"name is the name of the target resource.\",\"maxLength\":253,\"minLength\":1,\"type\":\"string\"},\"namespace\":{\"description\":\"namespace is the namespace of the referent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"cross namespace referencing is not currently supported\",\"rule\":\"self.size() == 0\"}]}},\"required\":[\"kind\",\"name\"],\"type\":\"object\"},\"maxItems\":16,\"type\":\"array\"}},\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"only one of targetRefs or selector can be set\",\"rule\":\"(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1\"}]},\"status\":{\"properties\":{\"conditions\":{\"description\":\"Current service state of the resource.\",\"items\":{\"properties\":{\"lastProbeTime\":{\"description\":\"Last time we probed the condition.\",\"format\":\"date-time\",\"type\":\"string\"},\"lastTransitionTime\":{\"description\":\"Last time the condition transitioned from one status to another.\",\"format\":\"date-time\",\"type\":\"string\"},\"message\":{\"description\":\"Human-readable message indicating details about last transition.\",\"type\":\"string\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Resource Generation to which the Condition refers.\",\"x-kubernetes-int-or-string\":true},\"reason\":{\"description\":\"Unique, one-word, CamelCase reason for the condition's last transition.\",\"type\":\"string\"},\"status\":{\"description\":\"Status is the status of the condition.\",\"type\":\"string\"},\"type\":{\"description\":\"Type is the type of the condition.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true},\"validationMessages\":{\"description\":\"Includes any errors or warnings detected by Istio's analyzers.\",\"items\":{\"properties\":{\"documentationUrl\":{\"description\":\"A url pointing to the Istio documentation for this specific error type.\",\"type\":\"string\"},\"level\":{\"description\":\"Represents how severe a message is.\\n\\nValid Options: UNKNOWN, ERROR, WARNING, INFO\",\"enum\":[\"UNKNOWN\",\"ERROR\",\"WARNING\",\"INFO\"],\"type\":\"string\"},\"type\":{\"properties\":{\"code\":{\"description\":\"A 7 character code matching `^IST[0-9]{4}$` intended to uniquely identify the message type.\",\"type\":\"string\"},\"name\":{\"description\":\"A human-readable name for the message type.\",\"type\":\"string\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}},\"type\":\"object\"},{\"properties\":{\"spec\":{\"description\":\"Configuration affecting load balancing, outlier detection, etc. See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html\",\"properties\":{\"exportTo\":{\"description\":\"A list of namespaces to which this destination rule is exported.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"host\":{\"description\":\"The name of a service from the service registry.\",\"type\":\"string\"},\"subsets\":{\"description\":\"One or more named sets that represent individual versions of a service.\",\"items\":{\"properties\":{\"labels\":{\"additionalProperties\":{\"type\":\"string\"},\"description\":\"Labels apply a filter over the endpoints of a service in the service registry.\",\"type\":\"object\"},\"name\":{\"description\":\"Name of the subset.\",\"type\":\"string\"},\"trafficPolicy\":{\"description\":\"Traffic policies that apply to this subset.\",\"properties\":{\"connectionPool\":{\"properties\":{\"http\":{\"description\":\"HTTP connection pool settings.\",\"properties\":{\"h2UpgradePolicy\":{\"description\":\"Specify if http1.1 connection should be upgraded to http2 for the associated destination.\\n\\nValid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE\",\"enum\":[\"DEFAULT\",\"DO_NOT_UPGRADE\",\"UPGRADE\"],\"type\":\"string\"},\"http1MaxPendingRequests\":{\"description\":\"Maximum number of requests that will be queued while waiting for a ready connection pool connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"http2KeepAlive\":{\"description\":\"Configure HTTP/2 PING frames for upstream connections.\",\"properties\":{\"interval\":{\"description\":\"Send HTTP/2 PING frames at this interval.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"timeout\":{\"description\":\"How long to wait for a response to an HTTP/2 PING frame before closing the connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"},\"http2MaxRequests\":{\"description\":\"Maximum number of active requests to a destination.\",\"format\":\"int32\",\"type\":\"integer\"},\"idleTimeout\":{\"description\":\"The idle timeout for upstream connection pool connections.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConcurrentStreams\":{\"description\":\"The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRequestsPerConnection\":{\"description\":\"Maximum number of requests per connection to a backend.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRetries\":{\"description\":\"Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.\",\"format\":\"int32\",\"type\":\"integer\"},\"useClientProtocol\":{\"description\":\"If set to true, client protocol will be preserved while initiating connection to backend.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"tcp\":{\"description\":\"Settings common to both HTTP and TCP upstream connections.\",\"properties\":{\"connectTimeout\":{\"description\":\"TCP connection timeout.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"idleTimeout\":{\"description\":\"The idle timeout for TCP connections.\",\"type\":\"string\"},\"maxConnectionDuration\":{\"description\":\"The maximum duration of a connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConnections\":{\"description\":\"Maximum number of HTTP1 /TCP connections to a destination host.\",\"format\":\"int32\",\"type\":\"integer\"},\"tcpKeepalive\":{\"description\":\"If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.\",\"properties\":{\"interval\":{\"description\":\"The time duration between keep-alive probes.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"probes\":{\"description\":\"Maximum number of keepalive probes to send without response before deciding the connection is dead.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"time\":{\"description\":\"The time duration a connection needs to be idle before keep-alive probes start being sent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"}},\"type\":\"object\"}},\"type\":\"object\"},\"loadBalancer\":{\"description\":\"Settings controlling the load balancer algorithms.\",\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}]}},{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}],\"properties\":{\"backendUtilization\":{\"description\":\"Utilization-based load balancing that uses backend-reported ORCA metrics to weight endpoints by their current load.\",\"properties\":{\"errorUtilizationPenaltyPercent\":{\"description\":\"Additional penalty applied to endpoints that return errors, expressed as a percentage of the utilization.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"metricNamesForComputingUtilization\":{\"description\":\"Custom ORCA metric names used to compute utilization.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"weightExpirationPeriod\":{\"description\":\"If an endpoint stops reporting utilization metrics for this long, its reported weight is discarded and it reverts to the default (equal) weight.\",\"type\":\"string\"},\"weightStabilizationPeriod\":{\"description\":\"Duration after an endpoint first reports metrics before its weight is trusted.\",\"type\":\"string\"},\"weightUpdatePeriod\":{\"description\":\"How often the load balancer recomputes endpoint weights from the latest reported utilization data.\",\"type\":\"string\"}},\"type\":\"object\"},\"consistentHash\":{\"allOf\":[{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]}},{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]},{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}},{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}],\"description\":\"Consistent Hash-based load balancing can be used to provide soft session affinity based on HTTP headers, cookies or other properties.\",\"properties\":{\"httpCookie\":{\"description\":\"Hash based on HTTP cookie.\",\"properties\":{\"attributes\":{\"description\":\"Additional attributes for the cookie.\",\"items\":{\"properties\":{\"name\":{\"description\":\"The name of the cookie attribute.\",\"type\":\"string\"},\"value\":{\"description\":\"The optional value of the cookie attribute.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"name\":{\"description\":\"Name of the cookie.\",\"type\":\"string\"},\"path\":{\"description\":\"Path to set for the cookie.\",\"type\":\"string\"},\"ttl\":{\"description\":\"Lifetime of the cookie.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"httpHeaderName\":{\"description\":\"Hash based on a specific HTTP header.\",\"type\":\"string\"},\"httpQueryParameterName\":{\"description\":\"Hash based on a specific HTTP query parameter.\",\"type\":\"string\"},\"maglev\":{\"description\":\"The Maglev load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"tableSize\":{\"description\":\"The table size for Maglev hashing.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"minimumRingSize\":{\"description\":\"Deprecated.\",\"minimum\":0,\"type\":\"integer\"},\"ringHash\":{\"description\":\"The ring/modulo hash load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"minimumRingSize\":{\"description\":\"The minimum number of virtual nodes to use for the hash ring.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"useSourceIp\":{\"description\":\"Hash based on the source IP address.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"localityLbSetting\":{\"description\":\"Locality load balancer settings.\",\"properties\":{\"distribute\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating locality, '/' separated, e.g.\",\"type\":\"string\"},\"to\":{\"additionalProperties\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"description\":\"Map of upstream localities to traffic distribution weights.\",\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"enabled\":{\"description\":\"Enable locality load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"simple\":{\"description\":\"Standard load balancing algorithms that require no tuning.\\n\\nValid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST\",\"enum\":[\"UNSPECIFIED\",\"LEAST_CONN\",\"RANDOM\",\"PASSTHROUGH\",\"ROUND_ROBIN\",\"LEAST_REQUEST\"],\"type\":\"string\"},\"warmup\":{\"description\":\"Represents the warmup configuration of Service.\",\"properties\":{\"aggression\":{\"description\":\"This parameter controls the speed of traffic increase over the warmup duration.\",\"format\":\"double\",\"minimum\":0,\"nullable\":true,\"type\":\"number\"},\"duration\":{\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"minimumPercent\":{\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"required\":[\"duration\"],\"type\":\"object\"},\"warmupDurationSecs\":{\"description\":\"Deprecated: use `warmup` instead.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"zoneAwareLbSetting\":{\"description\":\"Zone Aware load balancer settings.\",\"properties\":{\"enabled\":{\"description\":\"Enable zone aware load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints for priority-based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"minClusterSize\":{\"description\":\"Minimum number of hosts in the upstream cluster's local region required for zone-aware load balancing to be enabled.\",\"maximum\":4294967295,\"minimum\":1,\"nullable\":true,\"type\":\"integer\"}},\"type\":\"object\"}},\"type\":\"object\"},\"outlierDetection\":{\"properties\":{\"baseEjectionTime\":{\"description\":\"Minimum ejection duration.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"consecutive5xxErrors\":{\"description\":\"Number of 5xx errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveErrors\":{\"format\":\"int32\",\"type\":\"integer\"},\"consecutiveGatewayErrors\":{\"description\":\"Number of gateway errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveLocalOriginFailures\":{\"description\":\"The number of consecutive locally originated failures before ejection occurs.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"interval\":{\"description\":\"Time interval between ejection sweep analysis.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxEjectionPercent\":{\"description\":\"Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.\",\"format\":\"int32\",\"type\":\"integer\"},\"minHealthPercent\":{\"description\":\"Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.\",\"format\":\"int32\",\"type\":\"integer\"},\"outlierDetectionHttpErrorCodes\":{\"description\":\"Specifies the HTTP response status codes that are treated as outlier detection errors.\",\"items\":{\"maximum\":599,\"minimum\":100,\"type\":\"integer\"},\"type\":\"array\"},\"splitExternalLocalOriginErrors\":{\"description\":\"Determines whether to distinguish local origin failures from external errors.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"portLevelSettings\":{\"description\":\"Traffic policies specific to individual ports.\",\"items\":{\"properties\":{\"connectionPool\":{\"properties\":{\"http\":{\"description\":\"HTTP connection pool settings.\",\"properties\":{\"h2UpgradePolicy\":{\"description\":\"Specify if http1.1 connection should be upgraded to http2 for the associated destination.\\n\\nValid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE\",\"enum\":[\"DEFAULT\",\"DO_NOT_UPGRADE\",\"UPGRADE\"],\"type\":\"string\"},\"http1MaxPendingRequests\":{\"description\":\"Maximum number of requests that will be queued while waiting for a ready connection pool connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"http2KeepAlive\":{\"description\":\"Configure HTTP/2 PING frames for upstream connections.\",\"properties\":{\"interval\":{\"description\":\"Send HTTP/2 PING frames at this interval.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"timeout\":{\"description\":\"How long to wait for a response to an HTTP/2 PING frame before closing the connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"},\"http2MaxRequests\":{\"description\":\"Maximum number of active requests to a destination.\",\"format\":\"int32\",\"type\":\"integer\"},\"idleTimeout\":{\"description\":\"The idle timeout for upstream connection pool connections.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConcurrentStreams\":{\"description\":\"The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRequestsPerConnection\":{\"description\":\"Maximum number of requests per connection to a backend.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRetries\":{\"description\":\"Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.\",\"format\":\"int32\",\"type\":\"integer\"},\"useClientProtocol\":{\"description\":\"If set to true, client protocol will be preserved while initiating connection to backend.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"tcp\":{\"description\":\"Settings common to both HTTP and TCP upstream connections.\",\"properties\":{\"connectTimeout\":{\"description\":\"TCP connection timeout.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"idleTimeout\":{\"description\":\"The idle timeout for TCP connections.\",\"type\":\"string\"},\"maxConnectionDuration\":{\"description\":\"The maximum duration of a connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConnections\":{\"description\":\"Maximum number of HTTP1 /TCP connections to a destination host.\",\"format\":\"int32\",\"type\":\"integer\"},\"tcpKeepalive\":{\"description\":\"If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.\",\"properties\":{\"interval\":{\"description\":\"The time duration between keep-alive probes.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"probes\":{\"description\":\"Maximum number of keepalive probes to send without response before deciding the connection is dead.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"time\":{\"description\":\"The time duration a connection needs to be idle before keep-alive probes start being sent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"}},\"type\":\"object\"}},\"type\":\"object\"},\"loadBalancer\":{\"description\":\"Settings controlling the load balancer algorithms.\",\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}]}},{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}],\"properties\":{\"backendUtilization\":{\"description\":\"Utilization-based load balancing that uses backend-reported ORCA metrics to weight endpoints by their current load.\",\"properties\":{\"errorUtilizationPenaltyPercent\":{\"description\":\"Additional penalty applied to endpoints that return errors, expressed as a percentage of the utilization.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"metricNamesForComputingUtilization\":{\"description\":\"Custom ORCA metric names used to compute utilization.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"weightExpirationPeriod\":{\"description\":\"If an endpoint stops reporting utilization metrics for this long, its reported weight is discarded and it reverts to the default (equal) weight.\",\"type\":\"string\"},\"weightStabilizationPeriod\":{\"description\":\"Duration after an endpoint first reports metrics before its weight is trusted.\",\"type\":\"string\"},\"weightUpdatePeriod\":{\"description\":\"How often the load balancer recomputes endpoint weights from the latest reported utilization data.\",\"type\":\"string\"}},\"type\":\"object\"},\"consistentHash\":{\"allOf\":[{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]}},{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]},{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}},{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}],\"description\":\"Consistent Hash-based load balancing can be used to provide soft session affinity based on HTTP headers, cookies or other properties.\",\"properties\":{\"httpCookie\":{\"description\":\"Hash based on HTTP cookie.\",\"properties\":{\"attributes\":{\"description\":\"Additional attributes for the cookie.\",\"items\":{\"properties\":{\"name\":{\"description\":\"The name of the cookie attribute.\",\"type\":\"string\"},\"value\":{\"description\":\"The optional value of the cookie attribute.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"name\":{\"description\":\"Name of the cookie.\",\"type\":\"string\"},\"path\":{\"description\":\"Path to set for the cookie.\",\"type\":\"string\"},\"ttl\":{\"description\":\"Lifetime of the cookie.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"httpHeaderName\":{\"description\":\"Hash based on a specific HTTP header.\",\"type\":\"string\"},\"httpQueryParameterName\":{\"description\":\"Hash based on a specific HTTP query parameter.\",\"type\":\"string\"},\"maglev\":{\"description\":\"The Maglev load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"tableSize\":{\"description\":\"The table size for Maglev hashing.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"minimumRingSize\":{\"description\":\"Deprecated.\",\"minimum\":0,\"type\":\"integer\"},\"ringHash\":{\"description\":\"The ring/modulo hash load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"minimumRingSize\":{\"description\":\"The minimum number of virtual nodes to use for the hash ring.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"useSourceIp\":{\"description\":\"Hash based on the source IP address.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"localityLbSetting\":{\"description\":\"Locality load balancer settings.\",\"properties\":{\"distribute\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating locality, '/' separated, e.g.\",\"type\":\"string\"},\"to\":{\"additionalProperties\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"description\":\"Map of upstream localities to traffic distribution weights.\",\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"enabled\":{\"description\":\"Enable locality load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"simple\":{\"description\":\"Standard load balancing algorithms that require no tuning.\\n\\nValid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST\",\"enum\":[\"UNSPECIFIED\",\"LEAST_CONN\",\"RANDOM\",\"PASSTHROUGH\",\"ROUND_ROBIN\",\"LEAST_REQUEST\"],\"type\":\"string\"},\"warmup\":{\"description\":\"Represents the warmup configuration of Service.\",\"properties\":{\"aggression\":{\"description\":\"This parameter controls the speed of traffic increase over the warmup duration.\",\"format\":\"double\",\"minimum\":0,\"nullable\":true,\"type\":\"number\"},\"duration\":{\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"minimumPercent\":{\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"required\":[\"duration\"],\"type\":\"object\"},\"warmupDurationSecs\":{\"description\":\"Deprecated: use `warmup` instead.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"zoneAwareLbSetting\":{\"description\":\"Zone Aware load balancer settings.\",\"properties\":{\"enabled\":{\"description\":\"Enable zone aware load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints for priority-based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"minClusterSize\":{\"description\":\"Minimum number of hosts in the upstream cluster's local region required for zone-aware load balancing to be enabled.\",\"maximum\":4294967295,\"minimum\":1,\"nullable\":true,\"type\":\"integer\"}},\"type\":\"object\"}},\"type\":\"object\"},\"outlierDetection\":{\"properties\":{\"baseEjectionTime\":{\"description\":\"Minimum ejection duration.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"consecutive5xxErrors\":{\"description\":\"Number of 5xx errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveErrors\":{\"format\":\"int32\",\"type\":\"integer\"},\"consecutiveGatewayErrors\":{\"description\":\"Number of gateway errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveLocalOriginFailures\":{\"description\":\"The number of consecutive locally originated failures before ejection occurs.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"interval\":{\"description\":\"Time interval between ejection sweep analysis.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxEjectionPercent\":{\"description\":\"Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.\",\"format\":\"int32\",\"type\":\"integer\"},\"minHealthPercent\":{\"description\":\"Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.\",\"format\":\"int32\",\"type\":\"integer\"},\"outlierDetectionHttpErrorCodes\":{\"description\":\"Specifies the HTTP response status codes that are treated as outlier detection errors.\",\"items\":{\"maximum\":599,\"minimum\":100,\"type\":\"integer\"},\"type\":\"array\"},\"splitExternalLocalOriginErrors\":{\"description\":\"Determines whether to distinguish local origin failures from external errors.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"port\":{\"description\":\"Specifies the number of a port on the destination service on which this policy is being applied.\",\"properties\":{\"number\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"tls\":{\"description\":\"TLS related settings for connections to the upstream service.\",\"properties\":{\"caCertificates\":{\"description\":\"OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.\",\"type\":\"string\"},\"caCrl\":{\"description\":\"OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.\",\"type\":\"string\"},\"clientCertificate\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"credentialName\":{\"description\":\"The name of the secret that holds the TLS certs for the client including the CA certificates.\",\"type\":\"string\"},\"insecureSkipVerify\":{\"description\":\"`insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.\",\"nullable\":true,\"type\":\"boolean\"},\"mode\":{\"description\":\"Indicates whether connections to this port should be secured using TLS.\\n\\nValid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL\",\"enum\":[\"DISABLE\",\"SIMPLE\",\"MUTUAL\",\"ISTIO_MUTUAL\"],\"type\":\"string\"},\"privateKey\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"sni\":{\"description\":\"SNI string to present to the server during TLS handshake.\",\"type\":\"string\"},\"subjectAltNames\":{\"description\":\"A list of alternate names to verify the subject identity in the certificate.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"maxItems\":4096,\"type\":\"array\"},\"proxyProtocol\":{\"description\":\"The upstream PROXY protocol settings.\",\"properties\":{\"version\":{\"description\":\"The PROXY protocol version to use.\\n\\nValid Options: V1, V2\",\"enum\":[\"V1\",\"V2\"],\"type\":\"string\"}},\"type\":\"object\"},\"retryBudget\":{\"description\":\"Specifies a limit on concurrent retries in relation to the number of active requests.\",\"properties\":{\"budgetInterval\":{\"description\":\"Specifies the duration in which requests will be considered when calculating the budget for retries.\",\"type\":\"string\"},\"minRetryConcurrency\":{\"description\":\"Specifies the minimum retry concurrency allowed for the retry budget.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"percent\":{\"description\":\"Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.\",\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"type\":\"object\"},\"tls\":{\"description\":\"TLS related settings for connections to the upstream service.\",\"properties\":{\"caCertificates\":{\"description\":\"OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.\",\"type\":\"string\"},\"caCrl\":{\"description\":\"OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.\",\"type\":\"string\"},\"clientCertificate\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"credentialName\":{\"description\":\"The name of the secret that holds the TLS certs for the client including the CA certificates.\",\"type\":\"string\"},\"insecureSkipVerify\":{\"description\":\"`insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.\",\"nullable\":true,\"type\":\"boolean\"},\"mode\":{\"description\":\"Indicates whether connections to this port should be secured using TLS.\\n\\nValid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL\",\"enum\":[\"DISABLE\",\"SIMPLE\",\"MUTUAL\",\"ISTIO_MUTUAL\"],\"type\":\"string\"},\"privateKey\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"sni\":{\"description\":\"SNI string to present to the server during TLS handshake.\",\"type\":\"string\"},\"subjectAltNames\":{\"description\":\"A list of alternate names to verify the subject identity in the certificate.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"tunnel\":{\"description\":\"Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.\",\"properties\":{\"protocol\":{\"description\":\"Specifies which protocol to use for tunneling the downstream connection.\",\"type\":\"string\"},\"targetHost\":{\"description\":\"Specifies a host to which the downstream connection is tunneled.\",\"type\":\"string\"},\"targetPort\":{\"description\":\"Specifies a port to which the downstream connection is tunneled.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"}},\"required\":[\"targetHost\",\"targetPort\"],\"type\":\"object\"}},\"type\":\"object\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"trafficPolicy\":{\"description\":\"Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).\",\"properties\":{\"connectionPool\":{\"properties\":{\"http\":{\"description\":\"HTTP connection pool settings.\",\"properties\":{\"h2UpgradePolicy\":{\"description\":\"Specify if http1.1 connection should be upgraded to http2 for the associated destination.\\n\\nValid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE\",\"enum\":[\"DEFAULT\",\"DO_NOT_UPGRADE\",\"UPGRADE\"],\"type\":\"string\"},\"http1MaxPendingRequests\":{\"description\":\"Maximum number of requests that will be queued while waiting for a ready connection pool connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"http2KeepAlive\":{\"description\":\"Configure HTTP/2 PING frames for upstream connections.\",\"properties\":{\"interval\":{\"description\":\"Send HTTP/2 PING frames at this interval.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"timeout\":{\"description\":\"How long to wait for a response to an HTTP/2 PING frame before closing the connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"},\"http2MaxRequests\":{\"description\":\"Maximum number of active requests to a destination.\",\"format\":\"int32\",\"type\":\"integer\"},\"idleTimeout\":{\"description\":\"The idle timeout for upstream connection pool connections.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConcurrentStreams\":{\"description\":\"The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRequestsPerConnection\":{\"description\":\"Maximum number of requests per connection to a backend.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRetries\":{\"description\":\"Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.\",\"format\":\"int32\",\"type\":\"integer\"},\"useClientProtocol\":{\"description\":\"If set to true, client protocol will be preserved while initiating connection to backend.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"tcp\":{\"description\":\"Settings common to both HTTP and TCP upstream connections.\",\"properties\":{\"connectTimeout\":{\"description\":\"TCP connection timeout.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"idleTimeout\":{\"description\":\"The idle timeout for TCP connections.\",\"type\":\"string\"},\"maxConnectionDuration\":{\"description\":\"The maximum duration of a connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConnections\":{\"description\":\"Maximum number of HTTP1 /TCP connections to a destination host.\",\"format\":\"int32\",\"type\":\"integer\"},\"tcpKeepalive\":{\"description\":\"If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.\",\"properties\":{\"interval\":{\"description\":\"The time duration between keep-alive probes.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"probes\":{\"description\":\"Maximum number of keepalive probes to send without response before deciding the connection is dead.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"time\":{\"description\":\"The time duration a connection needs to be idle before keep-alive probes start being sent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"}},\"type\":\"object\"}},\"type\":\"object\"},\"loadBalancer\":{\"description\":\"Settings controlling the load balancer algorithms.\",\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}]}},{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}],\"properties\":{\"backendUtilization\":{\"description\":\"Utilization-based load balancing that uses backend-reported ORCA metrics to weight endpoints by their current load.\",\"properties\":{\"errorUtilizationPenaltyPercent\":{\"description\":\"Additional penalty applied to endpoints that return errors, expressed as a percentage of the utilization.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"metricNamesForComputingUtilization\":{\"description\":\"Custom ORCA metric names used to compute utilization.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"weightExpirationPeriod\":{\"description\":\"If an endpoint stops reporting utilization metrics for this long, its reported weight is discarded and it reverts to the default (equal) weight.\",\"type\":\"string\"},\"weightStabilizationPeriod\":{\"description\":\"Duration after an endpoint first reports metrics before its weight is trusted.\",\"type\":\"string\"},\"weightUpdatePeriod\":{\"description\":\"How often the load balancer recomputes endpoint weights from the latest reported utilization data.\",\"type\":\"string\"}},\"type\":\"object\"},\"consistentHash\":{\"allOf\":[{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]}},{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]},{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}},{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}],\"description\":\"Consistent Hash-based load balancing can be used to provide soft session affinity based on HTTP headers, cookies or other properties.\",\"properties\":{\"httpCookie\":{\"description\":\"Hash based on HTTP cookie.\",\"properties\":{\"attributes\":{\"description\":\"Additional attributes for the cookie.\",\"items\":{\"properties\":{\"name\":{\"description\":\"The name of the cookie attribute.\",\"type\":\"string\"},\"value\":{\"description\":\"The optional value of the cookie attribute.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"name\":{\"description\":\"Name of the cookie.\",\"type\":\"string\"},\"path\":{\"description\":\"Path to set for the cookie.\",\"type\":\"string\"},\"ttl\":{\"description\":\"Lifetime of the cookie.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"httpHeaderName\":{\"description\":\"Hash based on a specific HTTP header.\",\"type\":\"string\"},\"httpQueryParameterName\":{\"description\":\"Hash based on a specific HTTP query parameter.\",\"type\":\"string\"},\"maglev\":{\"description\":\"The Maglev load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"tableSize\":{\"description\":\"The table size for Maglev hashing.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"minimumRingSize\":{\"description\":\"Deprecated.\",\"minimum\":0,\"type\":\"integer\"},\"ringHash\":{\"description\":\"The ring/modulo hash load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"minimumRingSize\":{\"description\":\"The minimum number of virtual nodes to use for the hash ring.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"useSourceIp\":{\"description\":\"Hash based on the source IP address.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"localityLbSetting\":{\"description\":\"Locality load balancer settings.\",\"properties\":{\"distribute\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating locality, '/' separated, e.g.\",\"type\":\"string\"},\"to\":{\"additionalProperties\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"description\":\"Map of upstream localities to traffic distribution weights.\",\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"enabled\":{\"description\":\"Enable locality load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"simple\":{\"description\":\"Standard load balancing algorithms that require no tuning.\\n\\nValid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST\",\"enum\":[\"UNSPECIFIED\",\"LEAST_CONN\",\"RANDOM\",\"PASSTHROUGH\",\"ROUND_ROBIN\",\"LEAST_REQUEST\"],\"type\":\"string\"},\"warmup\":{\"description\":\"Represents the warmup configuration of Service.\",\"properties\":{\"aggression\":{\"description\":\"This parameter controls the speed of traffic increase over the warmup duration.\",\"format\":\"double\",\"minimum\":0,\"nullable\":true,\"type\":\"number\"},\"duration\":{\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"minimumPercent\":{\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"required\":[\"duration\"],\"type\":\"object\"},\"warmupDurationSecs\":{\"description\":\"Deprecated: use `warmup` instead.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"zoneAwareLbSetting\":{\"description\":\"Zone Aware load balancer settings.\",\"properties\":{\"enabled\":{\"description\":\"Enable zone aware load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints for priority-based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"minClusterSize\":{\"description\":\"Minimum number of hosts in the upstream cluster's local region required for zone-aware load balancing to be enabled.\",\"maximum\":4294967295,\"minimum\":1,\"nullable\":true,\"type\":\"integer\"}},\"type\":\"object\"}},\"type\":\"object\"},\"outlierDetection\":{\"properties\":{\"baseEjectionTime\":{\"description\":\"Minimum ejection duration.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"consecutive5xxErrors\":{\"description\":\"Number of 5xx errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveErrors\":{\"format\":\"int32\",\"type\":\"integer\"},\"consecutiveGatewayErrors\":{\"description\":\"Number of gateway errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveLocalOriginFailures\":{\"description\":\"The number of consecutive locally originated failures before ejection occurs.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"interval\":{\"description\":\"Time interval between ejection sweep analysis.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxEjectionPercent\":{\"description\":\"Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.\",\"format\":\"int32\",\"type\":\"integer\"},\"minHealthPercent\":{\"description\":\"Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.\",\"format\":\"int32\",\"type\":\"integer\"},\"outlierDetectionHttpErrorCodes\":{\"description\":\"Specifies the HTTP response status codes that are treated as outlier detection errors.\",\"items\":{\"maximum\":599,\"minimum\":100,\"type\":\"integer\"},\"type\":\"array\"},\"splitExternalLocalOriginErrors\":{\"description\":\"Determines whether to distinguish local origin failures from external errors.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"portLevelSettings\":{\"description\":\"Traffic policies specific to individual ports.\",\"items\":{\"properties\":{\"connectionPool\":{\"properties\":{\"http\":{\"description\":\"HTTP connection pool settings.\",\"properties\":{\"h2UpgradePolicy\":{\"description\":\"Specify if http1.1 connection should be upgraded to http2 for the associated destination.\\n\\nValid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE\",\"enum\":[\"DEFAULT\",\"DO_NOT_UPGRADE\",\"UPGRADE\"],\"type\":\"string\"},\"http1MaxPendingRequests\":{\"description\":\"Maximum number of requests that will be queued while waiting for a ready connection pool connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"http2KeepAlive\":{\"description\":\"Configure HTTP/2 PING frames for upstream connections.\",\"properties\":{\"interval\":{\"description\":\"Send HTTP/2 PING frames at this interval.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"timeout\":{\"description\":\"How long to wait for a response to an HTTP/2 PING frame before closing the connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"},\"http2MaxRequests\":{\"description\":\"Maximum number of active requests to a destination.\",\"format\":\"int32\",\"type\":\"integer\"},\"idleTimeout\":{\"description\":\"The idle timeout for upstream connection pool connections.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConcurrentStreams\":{\"description\":\"The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRequestsPerConnection\":{\"description\":\"Maximum number of requests per connection to a backend.\",\"format\":\"int32\",\"type\":\"integer\"},\"maxRetries\":{\"description\":\"Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.\",\"format\":\"int32\",\"type\":\"integer\"},\"useClientProtocol\":{\"description\":\"If set to true, client protocol will be preserved while initiating connection to backend.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"tcp\":{\"description\":\"Settings common to both HTTP and TCP upstream connections.\",\"properties\":{\"connectTimeout\":{\"description\":\"TCP connection timeout.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"idleTimeout\":{\"description\":\"The idle timeout for TCP connections.\",\"type\":\"string\"},\"maxConnectionDuration\":{\"description\":\"The maximum duration of a connection.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxConnections\":{\"description\":\"Maximum number of HTTP1 /TCP connections to a destination host.\",\"format\":\"int32\",\"type\":\"integer\"},\"tcpKeepalive\":{\"description\":\"If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.\",\"properties\":{\"interval\":{\"description\":\"The time duration between keep-alive probes.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"probes\":{\"description\":\"Maximum number of keepalive probes to send without response before deciding the connection is dead.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"time\":{\"description\":\"The time duration a connection needs to be idle before keep-alive probes start being sent.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]}},\"type\":\"object\"}},\"type\":\"object\"}},\"type\":\"object\"},\"loadBalancer\":{\"description\":\"Settings controlling the load balancer algorithms.\",\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}]}},{\"required\":[\"simple\"]},{\"required\":[\"consistentHash\"]},{\"required\":[\"backendUtilization\"]}],\"properties\":{\"backendUtilization\":{\"description\":\"Utilization-based load balancing that uses backend-reported ORCA metrics to weight endpoints by their current load.\",\"properties\":{\"errorUtilizationPenaltyPercent\":{\"description\":\"Additional penalty applied to endpoints that return errors, expressed as a percentage of the utilization.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"metricNamesForComputingUtilization\":{\"description\":\"Custom ORCA metric names used to compute utilization.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"weightExpirationPeriod\":{\"description\":\"If an endpoint stops reporting utilization metrics for this long, its reported weight is discarded and it reverts to the default (equal) weight.\",\"type\":\"string\"},\"weightStabilizationPeriod\":{\"description\":\"Duration after an endpoint first reports metrics before its weight is trusted.\",\"type\":\"string\"},\"weightUpdatePeriod\":{\"description\":\"How often the load balancer recomputes endpoint weights from the latest reported utilization data.\",\"type\":\"string\"}},\"type\":\"object\"},\"consistentHash\":{\"allOf\":[{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]}},{\"required\":[\"httpHeaderName\"]},{\"required\":[\"httpCookie\"]},{\"required\":[\"useSourceIp\"]},{\"required\":[\"httpQueryParameterName\"]}]},{\"oneOf\":[{\"not\":{\"anyOf\":[{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}},{\"required\":[\"ringHash\"]},{\"required\":[\"maglev\"]}]}],\"description\":\"Consistent Hash-based load balancing can be used to provide soft session affinity based on HTTP headers, cookies or other properties.\",\"properties\":{\"httpCookie\":{\"description\":\"Hash based on HTTP cookie.\",\"properties\":{\"attributes\":{\"description\":\"Additional attributes for the cookie.\",\"items\":{\"properties\":{\"name\":{\"description\":\"The name of the cookie attribute.\",\"type\":\"string\"},\"value\":{\"description\":\"The optional value of the cookie attribute.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"type\":\"array\"},\"name\":{\"description\":\"Name of the cookie.\",\"type\":\"string\"},\"path\":{\"description\":\"Path to set for the cookie.\",\"type\":\"string\"},\"ttl\":{\"description\":\"Lifetime of the cookie.\",\"type\":\"string\"}},\"required\":[\"name\"],\"type\":\"object\"},\"httpHeaderName\":{\"description\":\"Hash based on a specific HTTP header.\",\"type\":\"string\"},\"httpQueryParameterName\":{\"description\":\"Hash based on a specific HTTP query parameter.\",\"type\":\"string\"},\"maglev\":{\"description\":\"The Maglev load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"tableSize\":{\"description\":\"The table size for Maglev hashing.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"minimumRingSize\":{\"description\":\"Deprecated.\",\"minimum\":0,\"type\":\"integer\"},\"ringHash\":{\"description\":\"The ring/modulo hash load balancer implements consistent hashing to backend hosts.\",\"properties\":{\"minimumRingSize\":{\"description\":\"The minimum number of virtual nodes to use for the hash ring.\",\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"useSourceIp\":{\"description\":\"Hash based on the source IP address.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"localityLbSetting\":{\"description\":\"Locality load balancer settings.\",\"properties\":{\"distribute\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating locality, '/' separated, e.g.\",\"type\":\"string\"},\"to\":{\"additionalProperties\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"description\":\"Map of upstream localities to traffic distribution weights.\",\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"},\"enabled\":{\"description\":\"Enable locality load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional: only one of distribute, failover or failoverPriority can be set.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"simple\":{\"description\":\"Standard load balancing algorithms that require no tuning.\\n\\nValid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST\",\"enum\":[\"UNSPECIFIED\",\"LEAST_CONN\",\"RANDOM\",\"PASSTHROUGH\",\"ROUND_ROBIN\",\"LEAST_REQUEST\"],\"type\":\"string\"},\"warmup\":{\"description\":\"Represents the warmup configuration of Service.\",\"properties\":{\"aggression\":{\"description\":\"This parameter controls the speed of traffic increase over the warmup duration.\",\"format\":\"double\",\"minimum\":0,\"nullable\":true,\"type\":\"number\"},\"duration\":{\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"minimumPercent\":{\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"required\":[\"duration\"],\"type\":\"object\"},\"warmupDurationSecs\":{\"description\":\"Deprecated: use `warmup` instead.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"zoneAwareLbSetting\":{\"description\":\"Zone Aware load balancer settings.\",\"properties\":{\"enabled\":{\"description\":\"Enable zone aware load balancing.\",\"nullable\":true,\"type\":\"boolean\"},\"failover\":{\"description\":\"Optional.\",\"items\":{\"properties\":{\"from\":{\"description\":\"Originating region.\",\"type\":\"string\"},\"to\":{\"description\":\"Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"failoverPriority\":{\"description\":\"failoverPriority is an ordered list of labels used to sort endpoints for priority-based load balancing.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"},\"minClusterSize\":{\"description\":\"Minimum number of hosts in the upstream cluster's local region required for zone-aware load balancing to be enabled.\",\"maximum\":4294967295,\"minimum\":1,\"nullable\":true,\"type\":\"integer\"}},\"type\":\"object\"}},\"type\":\"object\"},\"outlierDetection\":{\"properties\":{\"baseEjectionTime\":{\"description\":\"Minimum ejection duration.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"consecutive5xxErrors\":{\"description\":\"Number of 5xx errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveErrors\":{\"format\":\"int32\",\"type\":\"integer\"},\"consecutiveGatewayErrors\":{\"description\":\"Number of gateway errors before a host is ejected from the connection pool.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"consecutiveLocalOriginFailures\":{\"description\":\"The number of consecutive locally originated failures before ejection occurs.\",\"maximum\":4294967295,\"minimum\":0,\"nullable\":true,\"type\":\"integer\"},\"interval\":{\"description\":\"Time interval between ejection sweep analysis.\",\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"must be a valid duration greater than 1ms\",\"rule\":\"duration(self) >= duration('1ms')\"}]},\"maxEjectionPercent\":{\"description\":\"Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.\",\"format\":\"int32\",\"type\":\"integer\"},\"minHealthPercent\":{\"description\":\"Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.\",\"format\":\"int32\",\"type\":\"integer\"},\"outlierDetectionHttpErrorCodes\":{\"description\":\"Specifies the HTTP response status codes that are treated as outlier detection errors.\",\"items\":{\"maximum\":599,\"minimum\":100,\"type\":\"integer\"},\"type\":\"array\"},\"splitExternalLocalOriginErrors\":{\"description\":\"Determines whether to distinguish local origin failures from external errors.\",\"type\":\"boolean\"}},\"type\":\"object\"},\"port\":{\"description\":\"Specifies the number of a port on the destination service on which this policy is being applied.\",\"properties\":{\"number\":{\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"}},\"type\":\"object\"},\"tls\":{\"description\":\"TLS related settings for connections to the upstream service.\",\"properties\":{\"caCertificates\":{\"description\":\"OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.\",\"type\":\"string\"},\"caCrl\":{\"description\":\"OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.\",\"type\":\"string\"},\"clientCertificate\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"credentialName\":{\"description\":\"The name of the secret that holds the TLS certs for the client including the CA certificates.\",\"type\":\"string\"},\"insecureSkipVerify\":{\"description\":\"`insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.\",\"nullable\":true,\"type\":\"boolean\"},\"mode\":{\"description\":\"Indicates whether connections to this port should be secured using TLS.\\n\\nValid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL\",\"enum\":[\"DISABLE\",\"SIMPLE\",\"MUTUAL\",\"ISTIO_MUTUAL\"],\"type\":\"string\"},\"privateKey\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"sni\":{\"description\":\"SNI string to present to the server during TLS handshake.\",\"type\":\"string\"},\"subjectAltNames\":{\"description\":\"A list of alternate names to verify the subject identity in the certificate.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"}},\"type\":\"object\"},\"maxItems\":4096,\"type\":\"array\"},\"proxyProtocol\":{\"description\":\"The upstream PROXY protocol settings.\",\"properties\":{\"version\":{\"description\":\"The PROXY protocol version to use.\\n\\nValid Options: V1, V2\",\"enum\":[\"V1\",\"V2\"],\"type\":\"string\"}},\"type\":\"object\"},\"retryBudget\":{\"description\":\"Specifies a limit on concurrent retries in relation to the number of active requests.\",\"properties\":{\"budgetInterval\":{\"description\":\"Specifies the duration in which requests will be considered when calculating the budget for retries.\",\"type\":\"string\"},\"minRetryConcurrency\":{\"description\":\"Specifies the minimum retry concurrency allowed for the retry budget.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"},\"percent\":{\"description\":\"Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.\",\"format\":\"double\",\"maximum\":100,\"minimum\":0,\"nullable\":true,\"type\":\"number\"}},\"type\":\"object\"},\"tls\":{\"description\":\"TLS related settings for connections to the upstream service.\",\"properties\":{\"caCertificates\":{\"description\":\"OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.\",\"type\":\"string\"},\"caCrl\":{\"description\":\"OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.\",\"type\":\"string\"},\"clientCertificate\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"credentialName\":{\"description\":\"The name of the secret that holds the TLS certs for the client including the CA certificates.\",\"type\":\"string\"},\"insecureSkipVerify\":{\"description\":\"`insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.\",\"nullable\":true,\"type\":\"boolean\"},\"mode\":{\"description\":\"Indicates whether connections to this port should be secured using TLS.\\n\\nValid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL\",\"enum\":[\"DISABLE\",\"SIMPLE\",\"MUTUAL\",\"ISTIO_MUTUAL\"],\"type\":\"string\"},\"privateKey\":{\"description\":\"REQUIRED if mode is `MUTUAL`.\",\"type\":\"string\"},\"sni\":{\"description\":\"SNI string to present to the server during TLS handshake.\",\"type\":\"string\"},\"subjectAltNames\":{\"description\":\"A list of alternate names to verify the subject identity in the certificate.\",\"items\":{\"type\":\"string\"},\"type\":\"array\"}},\"type\":\"object\"},\"tunnel\":{\"description\":\"Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.\",\"properties\":{\"protocol\":{\"description\":\"Specifies which protocol to use for tunneling the downstream connection.\",\"type\":\"string\"},\"targetHost\":{\"description\":\"Specifies a host to which the downstream connection is tunneled.\",\"type\":\"string\"},\"targetPort\":{\"description\":\"Specifies a port to which the downstream connection is tunneled.\",\"maximum\":4294967295,\"minimum\":0,\"type\":\"integer\"}},\"required\":[\"targetHost\",\"targetPort\"],\"type\":\"object\"}},\"type\":\"object\"},\"workloadSelector\":{\"description\":\"Criteria used to select the specific set of pods/VMs on which this `DestinationRule` configuration should be applied.\",\"properties\":{\"matchLabels\":{\"additionalProperties\":{\"maxLength\":63,\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label value match\",\"rule\":\"!self.contains(\\\"*\\\")\"}]},\"description\":\"One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.\",\"maxProperties\":4096,\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label key match\",\"rule\":\"self.all(key, !key.contains(\\\"*\\\"))\"},{\"message\":\"key must not be empty\",\"rule\":\"self.all(key, key.size() != 0)\"}]}},\"type\":\"object\"}},\"required\":[\"host\"],\"type\":\"object\"},\"status\":{\"properties\":{\"conditions\":{\"description\":\"Current service state of the resource.\",\"items\":{\"properties\":{\"lastProbeTime\":{\"description\":\"Last time we probed the condition.\",\"format\":\"date-time\",\"type\":\"string\"},\"lastTransitionTime\":{\"description\":\"Last time the condition transitioned from one status to another.\",\"format\":\"date-time\",\"type\":\"string\"},\"message\":{\"description\":\"Human-readable message indicating details about last transition.\",\"type\":\"string\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Resource Generation to which the Condition refers.\",\"x-kubernetes-int-or-string\":true},\"reason\":{\"description\":\"Unique, one-word, CamelCase reason for the condition's last transition.\",\"type\":\"string\"},\"status\":{\"description\":\"Status is the status of the condition.\",\"type\":\"string\"},\"type\":{\"description\":\"Type is the type of the condition.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true},\"validationMessages\":{\"description\":\"Includes any errors or warnings detected by Istio's analyzers.\",\"items\":{\"properties\":{\"documentationUrl\":{\"description\":\"A url pointing to the Istio documentation for this specific error type.\",\"type\":\"string\"},\"level\":{\"description\":\"Represents how severe a message is.\\n\\nValid Options: UNKNOWN, ERROR, WARNING, INFO\",\"enum\":[\"UNKNOWN\",\"ERROR\",\"WARNING\",\"INFO\"],\"type\":\"string\"},\"type\":{\"properties\":{\"code\":{\"description\":\"A 7 character code matching `^IST[0-9]{4}$` intended to uniquely identify the message type.\",\"type\":\"string\"},\"name\":{\"description\":\"A human-readable name for the message type.\",\"type\":\"string\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}},\"type\":\"object\"},{\"properties\":{\"spec\":{\"description\":\"Peer authentication configuration for workloads. See more details at: https://istio.io/docs/reference/config/security/peer_authentication.html\",\"properties\":{\"mtls\":{\"description\":\"Mutual TLS settings for workload.\",\"properties\":{\"mode\":{\"description\":\"Defines the mTLS mode used for peer authentication.\\n\\nValid Options: DISABLE, PERMISSIVE, STRICT\",\"enum\":[\"UNSET\",\"DISABLE\",\"PERMISSIVE\",\"STRICT\"],\"type\":\"string\"}},\"type\":\"object\"},\"portLevelMtls\":{\"additionalProperties\":{\"properties\":{\"mode\":{\"description\":\"Defines the mTLS mode used for peer authentication.\\n\\nValid Options: DISABLE, PERMISSIVE, STRICT\",\"enum\":[\"UNSET\",\"DISABLE\",\"PERMISSIVE\",\"STRICT\"],\"type\":\"string\"}},\"type\":\"object\"},\"description\":\"Port specific mutual TLS settings.\",\"minProperties\":1,\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"port must be between 1-65535\",\"rule\":\"self.all(key, 0 < int(key) && int(key) <= 65535)\"}]},\"selector\":{\"description\":\"The selector determines the workloads to apply the PeerAuthentication on.\",\"properties\":{\"matchLabels\":{\"additionalProperties\":{\"maxLength\":63,\"type\":\"string\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label value match\",\"rule\":\"!self.contains(\\\"*\\\")\"}]},\"description\":\"One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.\",\"maxProperties\":4096,\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"wildcard not allowed in label key match\",\"rule\":\"self.all(key, !key.contains(\\\"*\\\"))\"},{\"message\":\"key must not be empty\",\"rule\":\"self.all(key, key.size() != 0)\"}]}},\"type\":\"object\"}},\"type\":\"object\",\"x-kubernetes-validations\":[{\"message\":\"portLevelMtls requires selector\",\"rule\":\"has(self.portLevelMtls) ? (((has(self.selector) && has(self.selector.matchLabels)) ? self.selector.matchLabels : {}).size() > 0) : true\"}]},\"status\":{\"properties\":{\"conditions\":{\"description\":\"Current service state of the resource.\",\"items\":{\"properties\":{\"lastProbeTime\":{\"description\":\"Last time we probed the condition.\",\"format\":\"date-time\",\"type\":\"string\"},\"lastTransitionTime\":{\"description\":\"Last time the condition transitioned from one status to another.\",\"format\":\"date-time\",\"type\":\"string\"},\"message\":{\"description\":\"Human-readable message indicating details about last transition.\",\"type\":\"string\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"description\":\"Resource Generation to which the Condition refers.\",\"x-kubernetes-int-or-string\":true},\"reason\":{\"description\":\"Unique, one-word, CamelCase reason for the condition's last transition.\",\"type\":\"string\"},\"status\":{\"description\":\"Status is the status of the condition.\",\"type\":\"string\"},\"type\":{\"description\":\"Type is the type of the condition.\",\"type\":\"string\"}},\"type\":\"object\"},\"type\":\"array\"},\"observedGeneration\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true},\"validationMessages\":{\"description\":\"Includes any errors or warnings detected by Istio's analyzers.\",\"items\":{\"properties\":{\"documentationUrl\":{\"description\":\"A url pointing to the Istio documentation for this specific error type.\",\"type\":\"string\"},\"level\":{\"description\":\"Represents how severe a message is.\\n\\nValid Options: UNKNOWN, ERROR, WARNING, INFO\",\"enum\":[\"UNKNOWN\",\"ERROR\",\"WARNING\",\"INFO\"],\"type\":\"string\"},\"type\":{\"properties\":{\"code\":{\"description\":\"A 7 character code matching `^IST[0-9]{4}$` intended to uniquely identify the message type.\",\"type\":\"string\"},\"name\":{\"description\":\"A human-readable name for the message type.\",\"type\":\"string\"}},\"type\":\"object\"}},\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}},\"type\":\"object\"},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"description\":\"Authorizes clients to communicate with Linkerd-proxied server resources.\",\"type\":\"object\",\"required\":[\"targetRef\",\"requiredAuthenticationRefs\"],\"properties\":{\"targetRef\":{\"description\":\"TargetRef references a resource to which the authorization policy applies.\",\"type\":\"object\",\"required\":[\"kind\",\"name\"],\"properties\":{\"group\":{\"description\":\"Group is the group of the referent. When empty, the Kubernetes core API group is inferred.\",\"maxLength\":253,\"pattern\":\"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"kind\":{\"description\":\"Kind is the kind of the referent.\",\"maxLength\":63,\"minLength\":1,\"pattern\":\"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$\",\"type\":\"string\"},\"name\":{\"description\":\"Name is the name of the referent.\",\"maxLength\":253,\"minLength\":1,\"type\":\"string\"}}},\"requiredAuthenticationRefs\":{\"description\":\"RequiredAuthenticationRefs enumerates a set of required authentications. ALL authentications must be satisfied for the authorization to apply. If any of the referred objects cannot be found, the authorization will be ignored.\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"kind\",\"name\"],\"properties\":{\"group\":{\"description\":\"Group is the group of the referent. When empty, the Kubernetes core API group is inferred.\\\"\",\"maxLength\":253,\"pattern\":\"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"kind\":{\"description\":\"Kind is the kind of the referent.\",\"maxLength\":63,\"minLength\":1,\"pattern\":\"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$\",\"type\":\"string\"},\"name\":{\"description\":\"Name is the name of the referent.\",\"maxLength\":253,\"minLength\":1,\"type\":\"string\"},\"namespace\":{\"description\":\"Name is the name of the referent. When unspecified, this authentication refers to the local namespace.\",\"maxLength\":253,\"type\":\"string\"}}}}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"description\":\"MeshTLSAuthentication defines a list of authenticated client IDs to be referenced by an `AuthorizationPolicy`. If a client connection has the mutually-authenticated identity that matches ANY of the of the provided identities, the connection is considered authenticated.\",\"type\":\"object\",\"oneOf\":[{\"required\":[\"identities\"]},{\"required\":[\"identityRefs\"]}],\"properties\":{\"identities\":{\"description\":\"Authorizes clients with the provided proxy identity strings (as provided via MTLS)\\nThe `*` prefix can be used to match all identities in a domain. An identity string of `*` indicates that all authentication clients are authorized.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}},\"identityRefs\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"group\":{\"description\":\"Group is the group of the referent. When empty, the Kubernetes core API group is inferred.\\\"\",\"maxLength\":253,\"pattern\":\"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\",\"type\":\"string\"},\"kind\":{\"description\":\"Kind is the kind of the referent.\",\"maxLength\":63,\"minLength\":1,\"pattern\":\"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$\",\"type\":\"string\"},\"name\":{\"description\":\"Name is the name of the referent. When unspecified, this refers to all resources of the specified Group and Kind in the specified namespace.\",\"maxLength\":253,\"minLength\":1,\"type\":\"string\"},\"namespace\":{\"description\":\"Name is the name of the referent. When unspecified, this authentication refers to the local namespace.\",\"maxLength\":253,\"type\":\"string\"}}}}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"description\":\"NetworkAuthentication defines a list of authenticated client networks to be referenced by an `AuthorizationPolicy`. If a client connection originates from ANY of the of the provided networks, the connection is considered authenticated.\",\"type\":\"object\",\"required\":[\"networks\"],\"properties\":{\"networks\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"cidr\"],\"properties\":{\"cidr\":{\"description\":\"The CIDR of the network to be authorized.\",\"type\":\"string\"},\"except\":{\"description\":\"A list of IP networks/addresses not to be included in the above `cidr`.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"description\":\"Authorizes clients to communicate with Linkerd-proxied servers.\",\"type\":\"object\",\"required\":[\"server\",\"client\"],\"properties\":{\"server\":{\"description\":\"Identifies servers in the same namespace for which this authorization applies.\\nOnly one of `name` or `selector` may be specified.\",\"type\":\"object\",\"oneOf\":[{\"required\":[\"name\"]},{\"required\":[\"selector\"]}],\"properties\":{\"name\":{\"description\":\"References a `Server` instance by name\",\"type\":\"string\",\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$\"},\"selector\":{\"description\":\"A label query over servers on which this authorization applies.\",\"type\":\"object\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}}}},\"client\":{\"description\":\"Describes clients authorized to access a server.\",\"type\":\"object\",\"properties\":{\"networks\":{\"description\":\"Limits the client IP addresses to which this authorization applies. If unset, the server chooses a default (typically, all IPs or the cluster's pod network).\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"cidr\"],\"properties\":{\"cidr\":{\"type\":\"string\"},\"except\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}},\"unauthenticated\":{\"description\":\"Authorizes unauthenticated clients to access a server.\",\"type\":\"boolean\"},\"meshTLS\":{\"type\":\"object\",\"properties\":{\"unauthenticatedTLS\":{\"type\":\"boolean\",\"description\":\"Indicates that no client identity is required for communication.\\nThis is mostly important for the identity controller, which must terminate TLS connections from clients that do not yet have a certificate.\"},\"identities\":{\"description\":\"Authorizes clients with the provided proxy identity strings (as provided via MTLS)\\nThe `*` prefix can be used to match all identities in a domain. An identity string of `*` indicates that all authentication clients are authorized.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^(\\\\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?)(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\"}},\"serviceAccounts\":{\"description\":\"Authorizes clients with the provided proxy identity service accounts (as provided via MTLS)\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"description\":\"The ServiceAccount's name.\",\"type\":\"string\",\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$\"},\"namespace\":{\"description\":\"The ServiceAccount's namespace. If unset, the authorization's namespace is used.\",\"type\":\"string\",\"pattern\":\"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$\"}}}}}}}}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"type\":\"object\",\"required\":[\"podSelector\",\"port\"],\"properties\":{\"podSelector\":{\"type\":\"object\",\"description\":\"Selects pods in the same namespace.\",\"oneOf\":[{\"required\":[\"matchExpressions\"]},{\"required\":[\"matchLabels\"]}],\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"port\":{\"description\":\"A port name or number. Must exist in a pod spec.\",\"x-kubernetes-int-or-string\":true},\"proxyProtocol\":{\"description\":\"Configures protocol discovery for inbound connections.\\nSupersedes the `config.linkerd.io/opaque-ports` annotation.\",\"type\":\"string\",\"default\":\"unknown\"}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"type\":\"object\",\"required\":[\"podSelector\",\"port\"],\"properties\":{\"podSelector\":{\"type\":\"object\",\"description\":\"Selects pods in the same namespace.\\nThe result of matchLabels and matchExpressions are ANDed. Selects all if empty.\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"port\":{\"description\":\"A port name or number. Must exist in a pod spec.\",\"x-kubernetes-int-or-string\":true},\"proxyProtocol\":{\"description\":\"Configures protocol discovery for inbound connections.\\nSupersedes the `config.linkerd.io/opaque-ports` annotation.\",\"type\":\"string\",\"default\":\"unknown\"}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"type\":\"object\",\"required\":[\"port\"],\"oneOf\":[{\"required\":[\"podSelector\"]},{\"required\":[\"externalWorkloadSelector\"]}],\"properties\":{\"podSelector\":{\"type\":\"object\",\"description\":\"Selects pods in the same namespace.\\nThe result of matchLabels and matchExpressions are ANDed. Selects all if empty.\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"externalWorkloadSelector\":{\"type\":\"object\",\"description\":\"Selects ExternalWorkloads in the same namespace.\\nThe result of matchLabels and matchExpressions are ANDed. Selects all if empty.\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"port\":{\"description\":\"A port name or number. Must exist in a pod spec.\",\"x-kubernetes-int-or-string\":true},\"proxyProtocol\":{\"description\":\"Configures protocol discovery for inbound connections.\\nSupersedes the `config.linkerd.io/opaque-ports` annotation.\",\"type\":\"string\",\"default\":\"unknown\"}}}}},{\"type\":\"object\",\"required\":[\"spec\"],\"properties\":{\"spec\":{\"type\":\"object\",\"required\":[\"port\"],\"oneOf\":[{\"required\":[\"podSelector\"]},{\"required\":[\"externalWorkloadSelector\"]}],\"properties\":{\"accessPolicy\":{\"type\":\"string\",\"default\":\"deny\",\"description\":\"Default access policy to apply when the traffic doesn't match any of the policy rules.\"},\"podSelector\":{\"type\":\"object\",\"description\":\"Selects pods in the same namespace.\\nThe result of matchLabels and matchExpressions are ANDed. Selects all if empty.\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"externalWorkloadSelector\":{\"type\":\"object\",\"description\":\"Selects ExternalWorkloads in the same namespace.\\nThe result of matchLabels and matchExpressions are ANDed. Selects all if empty.\",\"properties\":{\"matchLabels\":{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true},\"matchExpressions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"key\",\"operator\"],\"properties\":{\"key\":{\"type\":\"string\"},\"operator\":{\"type\":\"string\",\"enum\":[\"In\",\"NotIn\",\"Exists\",\"DoesNotExist\"]},\"values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}},\"port\":{\"description\":\"A port name or number. Must exist in a pod spec.\",\"x-kubernetes-int-or-string\":true},\"proxyProtocol\":{\"description\":\"Configures protocol discovery for inbound connections.\\nSupersedes the `config.linkerd.io/opaque-ports` annotation.\",\"type\":\"string\",\"default\":\"unknown\"}}}}}]}";

;// CONCATENATED MODULE: ./src/mtls/crd-validation.ts
/**
 * Validates mesh resources against the real CRD schemas (vendored in fixtures/crds, bundled as schemas.gen.ts),
 * the way the API server would when `kubectl apply` sends them: a resource it would refuse is bad input (exit 2).
 *
 * What the API server does, and what we copy:
 * - Structural schemas prune unknown fields, and since Kubernetes 1.27 (GA of server-side field validation) the
 *   server reports them; `kubectl` sends `fieldValidation=Strict` by default (`--validate=true` means strict), so
 *   `kubectl apply` of an unknown field fails with `strict decoding error: unknown field "spec.x"`.
 *   (kubernetes.io/docs/reference/using-api/api-concepts/#field-validation; KEP-2332 pruning for custom resources)
 *   So every `type: object` node without `additionalProperties` becomes closed, except under
 *   `x-kubernetes-preserve-unknown-fields: true`, where the server keeps unknown fields.
 * - `x-kubernetes-int-or-string: true` allows an integer or a string; `nullable: true` allows null (ajv knows it).
 * - apiVersion, kind and metadata are implicit in every CRD; metadata is checked as ObjectMeta (known fields only).
 * - `x-kubernetes-validations` (CEL) are not evaluated generally; the ones that decide mTLS semantics are checked
 *   by hand in `celChecks` below (PeerAuthentication's "portLevelMtls requires selector" and port range).
 * - `format` is not checked (the server checks only a few formats, and none that matter here).
 */



let data;
function crdData() {
    data ??= JSON.parse(CRD_DATA);
    return data;
}
/** The CRD for an apiVersion group and kind, or undefined when we carry none (core kinds, other CRDs). */
function findCrd(group, kind) {
    return crdData().crds.find((c) => c.group === group && c.kind === kind);
}
/** API groups whose kinds we validate; an unknown kind in one of them is an error (a typo like `PeerAuthentcation`). */
function knownGroups() {
    return new Set(crdData().crds.map((c) => c.group));
}
const OBJECT_META = {
    type: 'object',
    additionalProperties: false,
    properties: {
        name: { type: 'string', maxLength: 253 },
        generateName: { type: 'string' },
        namespace: { type: 'string', maxLength: 63 },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        annotations: { type: 'object', additionalProperties: { type: 'string' } },
        uid: { type: 'string' },
        resourceVersion: { type: 'string' },
        generation: { type: 'integer' },
        creationTimestamp: { type: ['string', 'null'] },
        deletionTimestamp: { type: ['string', 'null'] },
        deletionGracePeriodSeconds: { type: 'integer' },
        finalizers: { type: 'array', items: { type: 'string' } },
        ownerReferences: { type: 'array', items: { type: 'object' } },
        managedFields: { type: 'array', items: { type: 'object' } },
        selfLink: { type: 'string' },
    },
};
/** Rewrites a structural OpenAPI v3 schema into a JSON Schema that rejects what the API server would refuse. */
function strictSchema(node, root = true) {
    if (Array.isArray(node))
        return node.map((n) => strictSchema(n, false));
    if (node === null || typeof node !== 'object')
        return node;
    const src = node;
    const out = {};
    for (const [key, value] of Object.entries(src)) {
        if (key.startsWith('x-kubernetes-') || key === 'description' || key === 'format')
            continue;
        if (key === 'properties' || key === 'patternProperties') {
            out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strictSchema(v, false)]));
        }
        else if (key === 'default' || key === 'enum' || key === 'example') {
            out[key] = value;
        }
        else {
            out[key] = strictSchema(value, false);
        }
    }
    if (src['x-kubernetes-int-or-string'] === true && !out.anyOf && !out.type) {
        out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
    const preserve = src['x-kubernetes-preserve-unknown-fields'] === true;
    if (root) {
        out.type = 'object';
        const props = out.properties ?? {};
        out.properties = {
            ...props,
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            metadata: OBJECT_META,
        };
    }
    // Only nodes that declare `type: object` are closed: in a structural schema, anyOf/oneOf branches carry no type
    // and may only repeat properties of the main node, so closing them would reject valid objects.
    if (out.type === 'object' && out.additionalProperties === undefined && !preserve)
        out.additionalProperties = false;
    return out;
}
const crd_validation_ajv = new ajv.Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    validateFormats: false,
    unicodeRegExp: false,
});
const compiled = new Map();
function validatorFor(schemaIndex) {
    let fn = compiled.get(schemaIndex);
    if (!fn) {
        fn = crd_validation_ajv.compile(strictSchema(crdData().schemas[schemaIndex]));
        compiled.set(schemaIndex, fn);
    }
    return fn;
}
/** Splits `group/version` (core kinds have no group). */
function splitApiVersion(apiVersion) {
    if (typeof apiVersion !== 'string' || apiVersion === '')
        return null;
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** Problems of one object; empty when the API server would accept it (or when it is not a mesh resource). */
function validateObject(sourced) {
    const { object, origin } = sourced;
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const resource = `${String(object.kind)} ${name}`;
    const problem = (message, path = []) => ({
        file: origin.file,
        line: origin.lineOf?.(path) ?? origin.line,
        resource,
        message,
    });
    const gv = splitApiVersion(object.apiVersion);
    if (!gv)
        return [problem('apiVersion is missing or not a string', ['apiVersion'])];
    if (typeof object.kind !== 'string' || object.kind === '')
        return [problem('kind is missing', ['kind'])];
    if (!knownGroups().has(gv.group))
        return [];
    const crd = findCrd(gv.group, object.kind);
    if (!crd) {
        // Other real kinds of these groups (VirtualService, Linkerd's HTTPRoute, CiliumEnvoyConfig, ...) are not carried
        // here and pass unvalidated; a kind one or two letters away from one we carry is a typo the server would refuse.
        const near = crdData().crds.find((c) => c.group === gv.group && editDistance(c.kind, object.kind) <= 2);
        if (!near)
            return [];
        return [
            problem(`no kind "${object.kind}" is registered in ${gv.group} (did you mean ${near.kind}?)`, ['kind']),
        ];
    }
    const version = crd.versions.find((v) => v.name === gv.version);
    if (!version || !version.served) {
        const served = crd.versions.filter((v) => v.served).map((v) => v.name);
        return [
            problem(`${crd.kind} is not served as ${gv.version} (served: ${served.join(', ')})`, ['apiVersion']),
        ];
    }
    const problems = [];
    if (typeof object.metadata?.name !== 'string' || object.metadata.name === '') {
        problems.push(problem('metadata.name is required', ['metadata']));
    }
    const validate = validatorFor(version.schema);
    if (!validate(object)) {
        for (const error of dedupe(validate.errors ?? [])) {
            const path = pointerToPath(error.instancePath);
            problems.push(problem(formatError(error, path), pathForLine(error, path)));
        }
    }
    for (const [path, message] of celChecks(crd.kind, object))
        problems.push(problem(message, path));
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** Validates every object; throws one InputError listing all problems (so a user fixes them in one go). */
function assertValidObjects(objects) {
    const problems = objects.flatMap(validateObject);
    if (problems.length === 0)
        return;
    const lines = problems.map((p) => `${p.file ?? '(live)'}${p.line ? `:${p.line}` : ''}: ${p.resource}: ${p.message}`);
    throw new errors/* InputError */.dz(`${problems.length} resource problem(s) that the API server would refuse:\n  ${lines.join('\n  ')}`);
}
/** Levenshtein distance, for telling a typo from another real kind. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function pathForLine(error, path) {
    if (error.keyword === 'additionalProperties') {
        return [...path, String(error.params.additionalProperty)];
    }
    return path;
}
function dotted(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
    return out || '(root)';
}
/** Messages in the API server's words, so users recognise them from `kubectl apply`. */
function formatError(error, path) {
    switch (error.keyword) {
        case 'additionalProperties': {
            const field = error.params.additionalProperty;
            return `unknown field "${dotted([...path, field])}"`;
        }
        case 'enum': {
            const allowed = error.params.allowedValues;
            return `${dotted(path)}: Unsupported value: ${JSON.stringify(valueAt(error))}: supported values: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        case 'required':
            return `${dotted([...path, error.params.missingProperty])}: Required value`;
        case 'type':
            return `${dotted(path)}: Invalid value: must be of type ${error.params.type}`;
        default:
            return `${dotted(path)}: Invalid value: ${error.message ?? error.keyword}`;
    }
}
function valueAt(error) {
    return error.data;
}
// anyOf branches each report an error; the user needs the one that names the field, once.
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if')
            return false;
        const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The CEL rules (`x-kubernetes-validations`) that decide mTLS semantics, evaluated by hand. From the vendored
 * istio-peerauthentications CRD: `portLevelMtls requires selector` and `port must be between 1-65535`.
 */
function celChecks(kind, object) {
    const out = [];
    if (kind === 'PeerAuthentication') {
        const spec = (object.spec ?? {});
        const ports = spec.portLevelMtls;
        if (ports && typeof ports === 'object') {
            const labels = spec.selector?.matchLabels ?? {};
            if (Object.keys(labels).length === 0) {
                out.push([
                    ['spec', 'portLevelMtls'],
                    'spec: Invalid value: "object": portLevelMtls requires selector',
                ]);
            }
            for (const key of Object.keys(ports)) {
                const n = Number(key);
                if (!Number.isInteger(n) || n < 1 || n > 65535) {
                    out.push([
                        ['spec', 'portLevelMtls', key],
                        'spec.portLevelMtls: Invalid value: port must be between 1-65535',
                    ]);
                }
            }
        }
    }
    return out;
}


/***/ }),

/***/ 5140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ modeAt),
/* harmony export */   a: () => (/* binding */ entriesFor)
/* harmony export */ });
function entriesFor(subject) {
    const row = (port, d) => ({
        namespace: subject.namespace,
        workload: subject.workload,
        port,
        mode: d.mode,
        decidedBy: d.decidedBy,
        decider: d.decider,
        subject: subject.ref,
        ...(d.setting ? { setting: d.setting } : {}),
        ...(d.portName ? { portName: d.portName } : {}),
    });
    const out = [row(null, subject.wide)];
    const ports = [...new Set([...subject.ports, ...subject.perPort.keys()])].sort((a, b) => a - b);
    for (const port of ports) {
        const d = subject.perPort.get(port);
        // A policy's selection (no workload object) keeps a port row whenever another resource decides the port, so a
        // change of the port's own setting is compared with the port's setting, not with the selection's default.
        if (d &&
            (d.mode !== subject.wide.mode || (subject.ref === null && d.decidedBy !== subject.wide.decidedBy)))
            out.push(row(port, d));
    }
    return out;
}
/** The mode of a (workload, port): its port row when there is one, else the workload-wide row. */
function modeAt(entries, port) {
    return entries.find((e) => e.port === port) ?? entries.find((e) => e.port === null);
}


/***/ }),

/***/ 34473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ unmatchedSelections),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   jy: () => (/* binding */ selectionsOf),
/* harmony export */   l5: () => (/* binding */ detectMesh),
/* harmony export */   q$: () => (/* binding */ detectMeshOf),
/* harmony export */   vi: () => (/* binding */ meshesIn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _crd_validation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97634);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5140);
/* harmony import */ var _meshes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8056);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19413);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47819);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82242);
/**
 * The engine: parsed objects in, the mTLS matrix and findings out. No I/O, so a manifest source and a live-cluster
 * source feed the same code. Schema validation is the caller's step before this one (see validate.ts).
 */







/**
 * What the input's policies select, as selections, less those a workload manifest of `workloads` (default: the
 * input's own) falls in: that workload is judged instead. Namespace- and mesh-wide selections (`*`) always stay.
 */
function selectionsOf(loaded, mesh, options = {}) {
    return _meshes_js__WEBPACK_IMPORTED_MODULE_2__/* .EVALUATORS */ .Jn[mesh].selections((0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .buildInventory */ .Rs)(loaded.objects), loaded, options);
}
/** The selections of several inputs, once each (by namespace and key), that no workload of any input falls in. */
function unmatchedSelections(selections, workloads) {
    const seen = new Set();
    return selections.filter((s) => {
        const key = `${s.namespace}\u0000${s.workload}`;
        if (seen.has(key) || workloads.some((w) => s.matches(w)))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Which meshes the objects speak of (each evaluator's `recognises`: API groups, injection labels and annotations,
 * install values), in the vocabulary's order.
 */
function meshesIn(loaded) {
    const found = new Set();
    const all = (0,_meshes_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluators */ .DM)();
    for (const { object } of loaded.objects) {
        const group = (0,_crd_validation_js__WEBPACK_IMPORTED_MODULE_1__/* .splitApiVersion */ .Np)(object.apiVersion)?.group ?? '';
        const metas = [object.metadata, (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(object, ['spec', 'template', 'metadata'])].map((meta) => ({
            labels: ((0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(meta, ['labels']) ?? {}),
            annotations: ((0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(meta, ['annotations']) ?? {}),
        }));
        for (const [mesh, { recognises }] of all) {
            if (recognises.object?.(object, group) ||
                metas.some((m) => recognises.metadata?.(m.labels, m.annotations)))
                found.add(mesh);
        }
    }
    for (const { values } of loaded.values) {
        for (const [mesh, { recognises }] of all)
            if (recognises.values?.(values))
                found.add(mesh);
    }
    return new Set(_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .MESHES */ .Sc.filter((m) => found.has(m)));
}
function detectMesh(loaded, what) {
    const found = meshesIn(loaded);
    // A refinement (ambient is Istio with one more label) spoken of with what it refines means the refinement.
    for (const mesh of [...found]) {
        const refined = _meshes_js__WEBPACK_IMPORTED_MODULE_2__/* .EVALUATORS */ .Jn[mesh].refines;
        if (refined)
            found.delete(refined);
    }
    if (found.size === 1)
        return [...found][0];
    if (found.size === 0) {
        const titles = [
            ...new Set((0,_meshes_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluators */ .DM)()
                .filter(([, e]) => Object.keys(e.recognises).length > 0)
                .map(([, e]) => e.title)),
        ];
        const named = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}` : titles.join('');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot tell which mesh ${what} configures (no ${named} resources, labels or annotations): pass --mesh`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} holds configuration of several meshes (${[...found].join(', ')}): pass --mesh to choose one`);
}
/**
 * The one rule for which mesh a change configures: the head's configuration says; a head that deletes all mesh
 * configuration (or keeps only plain Namespaces) still has a mesh, the base's.
 */
function detectMeshOf(head, base, what) {
    if (base && meshesIn(head).size === 0 && meshesIn(base).size > 0)
        return detectMesh(base, 'the base');
    return detectMesh(head, what);
}
function evaluate(loaded, mesh, options = {}) {
    const inventory = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .buildInventory */ .Rs)(loaded.objects, { running: loaded.running });
    const selections = unmatchedSelections(options.selections ?? selectionsOf(loaded, mesh, options), inventory.workloads);
    const evaluator = _meshes_js__WEBPACK_IMPORTED_MODULE_2__/* .EVALUATORS */ .Jn[mesh];
    const run = (inv) => evaluator.evaluate(inv, loaded, selections, options);
    const result = run(inventory);
    const entries = result.subjects.flatMap(_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .entriesFor */ .a);
    result.findings.push(...runningPodFindings(inventory, entries, run));
    if (evaluator.namespaceEnrolment !== null) {
        for (const [namespace, workloads] of (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownNamespaces */ .$t)(inventory)) {
            const outside = workloads.filter((w) => entries.some((e) => e.subject === w.ref && e.port === null && e.mode === 'DISABLE'));
            if (outside.length === 0)
                continue;
            result.findings.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('warning', 'namespace-not-in-inputs', `namespace ${namespace} is not among the inputs, so its ${evaluator.namespaceEnrolment} are unknown: ${outside.length} workload(s) in it are taken as outside the mesh (add the Namespace manifest)`, outside[0].ref));
        }
    }
    entries.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.workload, b.workload) || (a.port ?? -1) - (b.port ?? -1));
    return { mesh, entries, findings: result.findings };
}
/**
 * What a live read says about what runs: a workload whose running pod gives another verdict than its template (an
 * injected sidecar, a pod-level label or annotation), a workload without a running pod (judged by its template), and
 * a workload whose running pods differ from each other. Said once per workload, as notes: the matrix already holds
 * the pod's verdict.
 */
function runningPodFindings(inventory, entries, run) {
    const judgedByPod = inventory.workloads.filter((w) => w.pod && w.template);
    const out = [];
    if (judgedByPod.length > 0) {
        // The same evaluation over the templates: where a row differs, the pod changed the verdict.
        const byTemplate = run({
            ...inventory,
            workloads: inventory.workloads.map((w) => w.template ?? w),
        }).subjects.flatMap(_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .entriesFor */ .a);
        for (const w of judgedByPod) {
            const rows = (list, name) => list
                .filter((e) => e.namespace === w.namespace && e.workload === name)
                .map((e) => `${e.port === null ? '' : `port ${e.port} `}${e.mode}`);
            const fromPod = rows(entries, w.name);
            const fromTemplate = rows(byTemplate, w.template.name);
            if (fromPod.join() === fromTemplate.join())
                continue;
            const pod = w.pod;
            out.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('note', 'live-judged-by-pod', `${w.kind} ${w.namespace}/${w.template.name.slice(w.kind.length + 1)} is judged by its running pod ${pod.name}${pod.total > 1 ? ` (${pod.count} of ${pod.total} running pods alike)` : ''}, which differs from its template (${pod.differences.join('; ') || 'no difference in labels, annotations or sidecars'}): ${fromPod.join(', ')}; the template alone would give ${fromTemplate.join(', ')}`, w.ref));
        }
    }
    const split = new Set(inventory.workloads
        .filter((w) => w.pod && w.pod.count < w.pod.total)
        .map((w) => w.template.name + '\u0000' + w.namespace));
    for (const key of split) {
        const [name, namespace] = key.split('\u0000');
        const ws = inventory.workloads.filter((w) => w.namespace === namespace && w.template?.name === name);
        out.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('warning', 'live-pods-differ', `${name} in ${namespace} runs ${ws[0].pod.total} pods that differ in what the mesh reads (a rollout under way?): each kind is judged as a row of its own (${ws.map((w) => w.name).join(', ')})`, ws[0].ref));
    }
    for (const w of inventory.workloads.filter((x) => x.noRunningPod)) {
        out.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('note', 'live-no-running-pod', `${w.kind} ${w.namespace}/${w.name.slice(w.kind.length + 1)} has no running pod: judged by its pod template`, w.ref));
    }
    return out;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jn: () => (/* binding */ EVALUATORS),
  DM: () => (/* binding */ evaluators),
  eI: () => (/* binding */ readTelemetry),
  kM: () => (/* binding */ telemetryFindings)
});

// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
// EXTERNAL MODULE: ./src/mtls/model.ts
var model = __webpack_require__(19413);
// EXTERNAL MODULE: ./src/mtls/crd-validation.ts + 1 modules
var crd_validation = __webpack_require__(97634);
// EXTERNAL MODULE: ./src/mtls/telemetry.ts
var telemetry = __webpack_require__(86979);
// EXTERNAL MODULE: ./src/mtls/workloads.ts
var workloads = __webpack_require__(82242);
;// CONCATENATED MODULE: ./src/mtls/cilium.ts
/**
 * Cilium: mutual authentication per ingress rule (`authentication.mode` on CiliumNetworkPolicy and
 * CiliumClusterwideNetworkPolicy rules) and transparent encryption from the install. Pure: objects in, data out.
 *
 * Mutual authentication only authenticates; it does not encrypt (docs.cilium.io network/servicemesh/
 * mutual-authentication: "mutual authentication ... does not encrypt ... use WireGuard or IPsec"; cilium/cilium
 * issue 24867 on naming). So the modes are: authenticated and encrypted = STRICT; encrypted only = PERMISSIVE;
 * authenticated only = PERMISSIVE plus a finding of its own (`cilium-authenticated-unencrypted`); neither = DISABLE.
 */




function stringKeyed(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
/** The agent's ConfigMap in kube-system, which carries what the chart rendered (encryption among it). */
const CILIUM_CONFIG = 'cilium-config';
/**
 * Encryption from Helm values (`encryption.enabled`, `encryption.type` wireguard|ipsec; docs.cilium.io
 * security/network/encryption-wireguard and encryption-ipsec) or the `cilium-config` ConfigMap in kube-system
 * (`enable-wireguard`, `enable-ipsec`: what the chart renders for `encryption.type` wireguard or ipsec). The last
 * source given wins; none given means not enabled (and the decision says so).
 */
function ciliumEncryption(inv, values) {
    let found = {
        enabled: false,
        type: null,
        source: 'no Helm values or cilium-config ConfigMap given: encryption assumed off',
        ref: null,
    };
    for (const v of values) {
        const enc = (0,workloads/* get */.Jt)(v.values, ['encryption']);
        if (enc === undefined)
            continue;
        const enabled = (0,workloads/* get */.Jt)(enc, ['enabled']) === true;
        const type = typeof (0,workloads/* get */.Jt)(enc, ['type']) === 'string' ? (0,workloads/* get */.Jt)(enc, ['type']) : 'ipsec';
        found = {
            enabled,
            type: enabled ? type : null,
            source: `Helm values ${v.origin.file ?? ''}`.trim(),
            ref: {
                kind: 'HelmValues',
                namespace: null,
                name: 'encryption',
                file: v.origin.file,
                line: v.origin.lineOf?.(['encryption']) ?? v.origin.line,
            },
        };
    }
    for (const { object, origin } of inv.others) {
        if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1' || object.metadata?.name !== CILIUM_CONFIG)
            continue;
        const data = (0,workloads/* stringMap */.Qi)(object.data);
        const wg = data['enable-wireguard'] === 'true';
        const ipsec = data['enable-ipsec'] === 'true';
        found = {
            enabled: wg || ipsec,
            type: wg ? 'wireguard' : ipsec ? 'ipsec' : null,
            source: `ConfigMap ${(0,workloads/* namespaceOf */.N6)(object)}/cilium-config`,
            ref: (0,model/* refOf */.H8)(object, origin, ['data']),
        };
    }
    return found;
}
function isCilium(object) {
    return ((0,crd_validation/* splitApiVersion */.Np)(object.apiVersion)?.group === 'cilium.io' &&
        (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy'));
}
/** Cilium selector keys may carry a source prefix (`k8s:`, `any:`); the pod's namespace is a label too. */
function ciliumSelects(selector, w) {
    const labels = { ...w.labels };
    // A cluster-wide selection (`*`) stands for pods of any namespace: its namespace label is whatever a selector asks.
    if (w.namespace !== '*')
        labels[NAMESPACE_LABEL] = w.namespace;
    const strip = stripSource;
    for (const [k, v] of Object.entries((0,workloads/* stringMap */.Qi)((0,workloads/* get */.Jt)(selector, ['matchLabels']))))
        if (labels[strip(k)] !== v && !(w.namespace === '*' && strip(k) === NAMESPACE_LABEL))
            return false;
    const exprs = (0,workloads/* get */.Jt)(selector, ['matchExpressions']);
    for (const e of Array.isArray(exprs) ? exprs : []) {
        const key = strip(String((0,workloads/* get */.Jt)(e, ['key'])));
        const vals = (Array.isArray((0,workloads/* get */.Jt)(e, ['values'])) ? (0,workloads/* get */.Jt)(e, ['values']) : []).map(String);
        const op = (0,workloads/* get */.Jt)(e, ['operator']);
        const ok = op === 'In'
            ? vals.includes(labels[key] ?? '\0')
            : op === 'NotIn'
                ? !vals.includes(labels[key] ?? '\0')
                : op === 'Exists'
                    ? key in labels
                    : op === 'DoesNotExist'
                        ? !(key in labels)
                        : false;
        if (!ok && !(w.namespace === '*' && key === NAMESPACE_LABEL))
            return false;
    }
    return true;
}
/** Each spec of each Cilium policy, with its path (`spec` or `specs[i]`). */
function policySpecs(inv) {
    const out = [];
    for (const { object, origin } of inv.others) {
        if (!isCilium(object))
            continue;
        const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy';
        if (object.spec)
            out.push({ object, origin, spec: object.spec, path: ['spec'], clusterwide });
        if (Array.isArray(object.specs))
            object.specs.forEach((spec, i) => out.push({ object, origin, spec, path: ['specs', i], clusterwide }));
    }
    return out;
}
const NAMESPACE_LABEL = 'io.kubernetes.pod.namespace';
const stripSource = (k) => k.replace(/^(k8s|any):/, '');
/**
 * What Cilium's policies select, as selections: every endpointSelector (`{app=echo}`, in the policy's namespace; a
 * clusterwide policy's in the namespace its selector names, else `*`), with a selection per named port its ingress
 * rules allow (`{app=echo}:http`), and every nodeSelector of a clusterwide policy (`node{...}`, the host firewall).
 */
function ciliumSelections(inv) {
    const out = [];
    const seen = new Set();
    const push = (s) => {
        const key = `${s.namespace}\u0000${s.workload}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(s);
    };
    for (const { object, spec, clusterwide } of policySpecs(inv)) {
        const policy = `${String(object.kind)} ${clusterwide ? '' : `${(0,workloads/* namespaceOf */.N6)(object)}/`}${String(object.metadata?.name)}`;
        const endpoint = (0,workloads/* get */.Jt)(spec, ['endpointSelector']);
        const node = (0,workloads/* get */.Jt)(spec, ['nodeSelector']);
        if (endpoint !== undefined) {
            const labels = (0,workloads/* representativeLabels */.Vh)(endpoint, stripSource);
            const namespace = clusterwide ? (labels[NAMESPACE_LABEL] ?? '*') : (0,workloads/* namespaceOf */.N6)(object);
            delete labels[NAMESPACE_LABEL];
            // The namespace is the selection's own column: the key is the rest of the selector.
            const key = (0,workloads/* selectorKey */.je)(withoutNamespace(endpoint), stripSource);
            const matches = (w) => (clusterwide || w.namespace === (0,workloads/* namespaceOf */.N6)(object)) && ciliumSelects(endpoint, w);
            push({ namespace, workload: key, labels, policy, matches });
            for (const name of namedPorts(spec))
                push({ namespace, workload: `${key}:${name}`, labels, portName: name, policy, matches });
        }
        else if (node !== undefined && clusterwide) {
            const key = `node${(0,workloads/* selectorKey */.je)(node, stripSource)}`;
            push({
                namespace: '*',
                workload: key,
                labels: (0,workloads/* representativeLabels */.Vh)(node, stripSource),
                policy,
                // Nodes are not among the manifests: a host policy's selection is always judged on its own.
                matches: () => false,
                target: { kind: 'node', name: key },
            });
        }
    }
    return out;
}
function withoutNamespace(selector) {
    const labels = Object.fromEntries(Object.entries((0,workloads/* stringMap */.Qi)((0,workloads/* get */.Jt)(selector, ['matchLabels']))).filter(([k]) => stripSource(k) !== NAMESPACE_LABEL));
    return { ...stringKeyed(selector), matchLabels: labels };
}
function namedPorts(spec) {
    const names = [];
    const ingress = (0,workloads/* get */.Jt)(spec, ['ingress']);
    for (const rule of Array.isArray(ingress) ? ingress : []) {
        const toPorts = (0,workloads/* get */.Jt)(rule, ['toPorts']);
        for (const tp of Array.isArray(toPorts) ? toPorts : [])
            for (const p of (0,workloads/* get */.Jt)(tp, ['ports']) ?? []) {
                const port = (0,workloads/* get */.Jt)(p, ['port']);
                if (typeof port === 'string' && !/^\d+$/.test(port) && !names.includes(port))
                    names.push(port);
            }
    }
    return names;
}
function rulesFor(inv, w) {
    const out = [];
    const isNode = w.selection?.target?.kind === 'node';
    for (const { object, origin, spec, path, clusterwide } of policySpecs(inv)) {
        if (!clusterwide && (0,workloads/* namespaceOf */.N6)(object) !== w.namespace)
            continue;
        {
            // A host policy (nodeSelector) selects nodes, an endpoint policy pods (docs.cilium.io security/host-firewall).
            const sel = (0,workloads/* get */.Jt)(spec, [isNode ? 'nodeSelector' : 'endpointSelector']);
            if (sel === undefined || !ciliumSelects(sel, w))
                continue;
            const ingress = (0,workloads/* get */.Jt)(spec, ['ingress']);
            (Array.isArray(ingress) ? ingress : []).forEach((rule, i) => {
                const mode = String((0,workloads/* get */.Jt)(rule, ['authentication', 'mode']) ?? 'disabled');
                const toPorts = (0,workloads/* get */.Jt)(rule, ['toPorts']);
                const ports = [];
                for (const tp of Array.isArray(toPorts) ? toPorts : []) {
                    for (const p of (0,workloads/* get */.Jt)(tp, ['ports']) ?? [])
                        ports.push((0,workloads/* get */.Jt)(p, ['port']));
                }
                const peers = JSON.stringify(Object.fromEntries(Object.entries(stringKeyed(rule)).filter(([k]) => k.startsWith('from'))));
                out.push({
                    authenticated: mode !== 'disabled',
                    mode,
                    peers,
                    rule: `${String(object.kind)} ${clusterwide ? '' : `${(0,workloads/* namespaceOf */.N6)(object)}/`}${String(object.metadata?.name)} ${path.join('.').replace(/\.(\d+)/g, '[$1]')}.ingress[${i}]`,
                    ports: ports.length ? ports : 'all',
                    ref: (0,model/* refOf */.H8)(object, origin, [
                        ...path,
                        'ingress',
                        i,
                        ...(mode !== 'disabled' ? ['authentication', 'mode'] : []),
                    ]),
                    policy: `${String(object.kind)} ${clusterwide ? '' : `${(0,workloads/* namespaceOf */.N6)(object)}/`}${String(object.metadata?.name)}`,
                });
            });
        }
    }
    return out;
}
/**
 * Whether the peers a set of rules admits are all authenticated. Cilium's rules are additive: the agent merges every
 * rule that admits a peer on a port into one policy map entry, and an entry that one rule marks as needing
 * authentication keeps that requirement (docs.cilium.io network/servicemesh/mutual-authentication: "authentication
 * ... is required for the traffic matched by this rule"; pkg/policy mapstate merging keeps the auth type). So a
 * second rule admitting the same peers without it does not loosen it, and a rule admitting other peers without it
 * does. Peers are compared by the rule's from* fields as written.
 */
function allPeersAuthenticated(covering) {
    if (covering.length === 0)
        return false;
    const byPeer = new Map();
    for (const r of covering)
        byPeer.set(r.peers, (byPeer.get(r.peers) ?? false) || r.authenticated);
    return [...byPeer.values()].every(Boolean);
}
function evaluateCilium(inv, values, selections = ciliumSelections(inv)) {
    const encryption = ciliumEncryption(inv, values);
    const findings = [];
    const subjects = [];
    const encText = encryption.enabled
        ? `encrypted by ${encryption.type} (${encryption.source})`
        : `not encrypted (${encryption.source})`;
    const spireOff = values.some((v) => (0,workloads/* get */.Jt)(v.values, ['authentication', 'mutual', 'spire', 'enabled']) === false);
    const judge = (w) => {
        const portName = w.selection?.portName;
        const rules = rulesFor(inv, w);
        const decide = (covering) => {
            const auth = allPeersAuthenticated(covering);
            const mode = auth
                ? encryption.enabled
                    ? 'STRICT'
                    : 'PERMISSIVE'
                : encryption.enabled
                    ? 'PERMISSIVE'
                    : 'DISABLE';
            const open = covering.find((r) => !r.authenticated);
            const by = auth ? covering[0].ref : (open?.ref ?? encryption.ref);
            const what = auth
                ? `mutual authentication required by ${covering.map((r) => (0,model/* describeRef */.Ro)(r.ref)).join(', ')}`
                : open && covering.some((r) => r.authenticated)
                    ? `${(0,model/* describeRef */.Ro)(open.ref)} admits peers without mutual authentication`
                    : open
                        ? `no mutual authentication on ${(0,model/* describeRef */.Ro)(open.ref)}`
                        : 'no CiliumNetworkPolicy rule selects it';
            const decider = auth ? covering[0] : open;
            return {
                mode,
                decidedBy: `${what}; ${encText}`,
                decider: by,
                setting: decider
                    ? {
                        what: `${decider.rule} authentication.mode`,
                        value: decider.authenticated ? decider.mode : 'unset (disabled)',
                    }
                    : undefined,
                portName,
            };
        };
        const covers = (r, port) => r.ports === 'all' ||
            r.ports.some((p) => (typeof port === 'string' ? p === port : (0,workloads/* resolvePort */.UH)(p, w) === port));
        // A selection about one named port: the rules for that port (or all ports) decide it.
        if (portName !== undefined) {
            const covering = rules.filter((r) => covers(r, portName));
            return {
                namespace: w.namespace,
                workload: w.name,
                ref: null,
                ports: [],
                wide: decide(covering),
                perPort: new Map(),
            };
        }
        const allPortRules = rules.filter((r) => r.ports === 'all');
        // Once an ingress rule selects an endpoint, ingress is default-deny: a port no rule allows takes no connection
        // at all, plaintext included (docs.cilium.io security/policy "Default Security Policy").
        const denied = {
            mode: 'STRICT',
            decidedBy: `default deny: ${rules[0]?.policy ?? ''} selects it and no ingress rule allows this port`,
            decider: rules[0]?.ref ?? null,
        };
        // The workload row describes the traffic that is allowed: rules for all ports, else all rules. A selection has
        // no container ports to list, so its row is the other ports (default-denied once a rule selects it), and each
        // port its rules name gets a row of its own.
        const wide = w.selection && rules.length > 0 && allPortRules.length === 0
            ? {
                ...denied,
                decidedBy: `default deny: ${rules[0].policy} selects it and no ingress rule allows the other ports`,
            }
            : decide(allPortRules.length ? allPortRules : rules);
        const perPort = new Map();
        const listed = new Set(w.ports.map((p) => p.port));
        for (const r of rules)
            if (r.ports !== 'all')
                for (const p of r.ports) {
                    const n = (0,workloads/* resolvePort */.UH)(p, w);
                    if (n !== null)
                        listed.add(n);
                }
        for (const port of listed) {
            const covering = rules.filter((r) => covers(r, port));
            if (covering.length)
                perPort.set(port, decide(covering));
            else if (rules.length)
                perPort.set(port, denied);
        }
        const authenticatedSomewhere = rules.some((r) => r.authenticated);
        if (authenticatedSomewhere && !encryption.enabled) {
            const r = rules.find((x) => x.authenticated);
            findings.push((0,model/* finding */.gk)('warning', 'cilium-authenticated-unencrypted', `${r.policy} requires mutual authentication, but transparent encryption (WireGuard or IPsec) is ${encryption.source.startsWith('no ') ? 'not configured in the inputs' : 'off'}: peers are authenticated, traffic is plaintext on the wire`, r.ref));
        }
        if (authenticatedSomewhere && spireOff) {
            const r = rules.find((x) => x.authenticated);
            findings.push((0,model/* finding */.gk)('error', 'cilium-mutual-auth-without-spire', `${r.policy} requires mutual authentication, but the Helm values set authentication.mutual.spire.enabled: false: authentication cannot succeed and the traffic is dropped`, r.ref));
        }
        return {
            namespace: w.namespace,
            workload: w.name,
            ref: w.selection ? null : w.ref,
            ports: w.ports.map((p) => p.port),
            wide,
            perPort,
        };
    };
    for (const w of inv.workloads)
        subjects.push(judge(w));
    for (const sel of selections)
        subjects.push(judge((0,workloads/* selectionWorkload */.c7)(sel)));
    return { subjects, findings: (0,workloads/* dedupeFindings */._4)(findings) };
}
const CILIUM_EVALUATOR = {
    title: 'Cilium',
    reads: {
        kinds: [
            { versions: ['cilium.io/v2'], kind: 'CiliumNetworkPolicy' },
            { versions: ['cilium.io/v2'], kind: 'CiliumClusterwideNetworkPolicy', clusterScoped: true },
        ],
        // The install's encryption (see ciliumEncryption).
        configMaps: [{ namespace: 'kube-system', name: CILIUM_CONFIG }],
    },
    recognises: {
        object: (object, group) => group === 'cilium.io' || (object.kind === 'ConfigMap' && object.metadata?.name === CILIUM_CONFIG),
        values: (values) => (0,workloads/* get */.Jt)(values, ['encryption']) !== undefined || (0,workloads/* get */.Jt)(values, ['authentication', 'mutual']) !== undefined,
    },
    selections: (inventory) => ciliumSelections(inventory),
    evaluate: (inventory, loaded, selections) => evaluateCilium(inventory, loaded.values, selections),
    // Cilium enforces per endpoint from the policies themselves: a namespace needs no label to be in the mesh.
    namespaceEnrolment: null,
    consequence: (_from, to) => to === 'DISABLE'
        ? 'peers now admitted without mutual authentication or encryption'
        : 'peers now admitted without mutual authentication',
    rules: {
        'cilium-authenticated-unencrypted': 'Cilium mutual authentication without transparent encryption',
        'cilium-mutual-auth-without-spire': 'Cilium mutual authentication required while SPIRE is disabled',
    },
    telemetry: {
        /**
         * Every agent (`k8s-app=cilium` in kube-system) on 9962 `/metrics`, served when the install sets
         * `prometheus.enabled` (docs.cilium.io observability/metrics).
         */
        endpoints: () => [{ namespace: 'kube-system', selector: 'k8s-app=cilium', port: 9962, path: '/metrics' }],
        read: (samples) => (0,telemetry/* readCilium */.Mx)(samples),
        evidence: 'authentication-drops',
    },
};

;// CONCATENATED MODULE: ./src/mtls/istio.ts
/**
 * Istio (sidecar and ambient): the effective PeerAuthentication of each workload and port, composed the way istiod
 * composes it, and DestinationRules whose client TLS would break a STRICT server. Pure: objects in, data out.
 */




const ISTIO_ROOT_NAMESPACE = 'istio-system';
function isIstioKind(object, group, kind) {
    return (0,crd_validation/* splitApiVersion */.Np)(object.apiVersion)?.group === group && object.kind === kind;
}
function parsePeerAuthentications(inv) {
    const out = [];
    for (const { object, origin } of inv.others) {
        if (!isIstioKind(object, 'security.istio.io', 'PeerAuthentication'))
            continue;
        const spec = (object.spec ?? {});
        const ports = new Map();
        for (const [port, value] of Object.entries(istio_stringKeyed(spec.portLevelMtls))) {
            ports.set(Number(port), modeOf((0,workloads/* get */.Jt)(value, ['mode'])));
        }
        const created = Date.parse(String(object.metadata?.creationTimestamp ?? ''));
        out.push({
            namespace: (0,workloads/* namespaceOf */.N6)(object),
            name: String(object.metadata?.name),
            selector: (0,workloads/* stringMap */.Qi)((0,workloads/* get */.Jt)(spec, ['selector', 'matchLabels'])),
            mode: modeOf((0,workloads/* get */.Jt)(spec, ['mtls', 'mode'])),
            ports,
            // Unknown creation times (manifests) all compare equal, and then istiod orders by name, then namespace.
            created: Number.isNaN(created) ? 0 : created,
            ref: (0,model/* refOf */.H8)(object, origin, ['spec', 'mtls', 'mode']),
            portRef: (port) => (0,model/* refOf */.H8)(object, origin, ['spec', 'portLevelMtls', String(port)]),
        });
    }
    // pilot/pkg/model/config.go sortConfigByCreationTime: creation time, then name, then namespace; first one wins.
    return out.sort((a, b) => a.created - b.created || cmp(a.name, b.name) || cmp(a.namespace, b.namespace));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function istio_stringKeyed(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
function modeOf(value) {
    return value === 'STRICT' || value === 'PERMISSIVE' || value === 'DISABLE' ? value : 'UNSET';
}
/**
 * pilot/pkg/security/authn/policy_applier.go ComposePeerAuthentication: the narrowest scope wins (workload over
 * namespace over mesh); within a scope the first in creation order wins; UNSET inherits from the parent; the
 * default is PERMISSIVE; a policy with an empty selector is namespace-wide; a selector policy in the root namespace
 * is ignored (istio.io docs, PeerAuthentication reference: "ignored when deployed in the root namespace").
 */
function composePeerAuthentication(policies, namespace, labels, rootNamespace) {
    let mesh;
    let ns;
    let workload;
    for (const p of policies) {
        const wide = Object.keys(p.selector).length === 0;
        if (wide && p.namespace === rootNamespace)
            mesh ??= p;
        else if (wide && p.namespace === namespace)
            ns ??= p;
        else if (!wide &&
            p.namespace === namespace &&
            namespace !== rootNamespace &&
            (0,workloads/* labelsMatch */.ze)(p.selector, labels)) {
            workload ??= p;
        }
    }
    let mode = {
        mode: 'PERMISSIVE',
        decidedBy: 'no PeerAuthentication: PERMISSIVE by default',
        decider: null,
    };
    for (const p of [mesh, ns, workload]) {
        if (p && p.mode !== 'UNSET')
            mode = { mode: p.mode, decidedBy: (0,model/* describeRef */.Ro)(p.ref), decider: p.ref };
    }
    const ports = new Map();
    for (const [port, m] of workload?.ports ?? []) {
        // An UNSET port inherits the workload's resolved mode.
        const ref = workload.portRef(port);
        ports.set(port, m === 'UNSET' ? mode : { mode: m, decidedBy: (0,model/* describeRef */.Ro)(ref), decider: ref });
    }
    return { mode, ports };
}
/**
 * istio.io/latest/docs/setup/additional-setup/sidecar-injection ("Controlling the injection policy"): if either the
 * namespace label (`istio-injection`) or the pod label (`sidecar.istio.io/inject`) disables injection, no sidecar;
 * if either enables it (`istio-injection=enabled`, `istio.io/rev` on namespace or pod, pod label `true`), a sidecar;
 * otherwise none. The pod annotation form is the legacy spelling and still disables.
 * Ambient (istio.io/latest/docs/ambient/usage/add-workloads): label `istio.io/dataplane-mode=ambient` on the
 * namespace or the pod, pod `none` opts out; a pod with a sidecar is served by the sidecar, not ztunnel.
 */
function dataplaneOf(w, nsLabels) {
    if (w.containerNames.includes('istio-proxy'))
        return { kind: 'sidecar' };
    // A running pod was injected when it was created, or not at all (same page: "automatic injection occurs at the
    // pod-level"): without an istio-proxy container it has no sidecar, whatever its labels say now. Ambient
    // enrollment is read from the labels as they are (istio-cni redirects a running pod when its namespace or pod
    // label says ambient, and not a pod with a sidecar).
    if (w.pod) {
        // Labels that ask for no sidecar say why there is none, as they would of a template.
        const asked = dataplaneOf({ ...w, pod: undefined }, nsLabels);
        if (asked.kind !== 'sidecar')
            return asked;
        const podMode = w.labels['istio.io/dataplane-mode'];
        if (podMode === 'none')
            return { kind: 'none', why: 'pod label istio.io/dataplane-mode=none opts out of ambient' };
        if (podMode === 'ambient' || nsLabels['istio.io/dataplane-mode'] === 'ambient')
            return { kind: 'ambient' };
        return {
            kind: 'none',
            why: `running pod ${w.pod.name} has no istio-proxy container (sidecars are injected when a pod is created) and no ambient label`,
        };
    }
    const nsInjection = nsLabels['istio-injection'];
    const podInject = w.labels['sidecar.istio.io/inject'] ?? w.annotations['sidecar.istio.io/inject'];
    const disabled = nsInjection === 'disabled' || podInject === 'false';
    const enabled = nsInjection === 'enabled' ||
        nsLabels['istio.io/rev'] !== undefined ||
        w.labels['istio.io/rev'] !== undefined;
    const podEnabled = w.labels['sidecar.istio.io/inject'] === 'true';
    if (!disabled && (enabled || podEnabled))
        return { kind: 'sidecar' };
    const podMode = w.labels['istio.io/dataplane-mode'];
    if (podMode === 'none')
        return { kind: 'none', why: 'pod label istio.io/dataplane-mode=none opts out of ambient' };
    if (podMode === 'ambient' || nsLabels['istio.io/dataplane-mode'] === 'ambient')
        return { kind: 'ambient' };
    if (disabled)
        return { kind: 'none', why: 'sidecar injection disabled and not in ambient mode' };
    return {
        kind: 'none',
        why: 'no injection label (istio-injection, istio.io/rev, sidecar.istio.io/inject) and no ambient label',
    };
}
/**
 * In ambient mode DISABLE is not supported (istio.io docs, PeerAuthentication reference): ztunnel still speaks
 * HBONE mTLS with meshed peers and accepts plaintext, which is PERMISSIVE in our terms. Istio's own golden tests
 * (pilot/pkg/serviceregistry/ambient/testdata/peer-authn-*) agree: a DISABLE workload gets no deny rule.
 */
function forAmbient(d) {
    return d.mode === 'DISABLE'
        ? { ...d, mode: 'PERMISSIVE', decidedBy: `${d.decidedBy}; DISABLE acts as PERMISSIVE in ambient` }
        : d;
}
/**
 * Istio's evaluation in three steps: the findings on the policies themselves, each workload's composed mode, each
 * selection's (see `Selection`); then DestinationRules that would break a STRICT server.
 */
function evaluateIstio(inv, options, selections = istioSelections(inv, options.rootNamespace)) {
    const policies = parsePeerAuthentications(inv);
    const root = options.rootNamespace;
    const findings = [...policyFindings(policies, root), ...destinationRuleFindings(inv, policies, root)];
    const subjects = [
        ...inv.workloads.map((w) => workloadSubject(inv, policies, root, w)),
        ...selections.map((sel) => selectionSubject(inv, policies, options, sel)),
    ];
    return { subjects, findings };
}
/** A selector in the root namespace (ignored by Istio) and a second namespace- or mesh-wide policy (shadowed). */
function policyFindings(policies, root) {
    const findings = [];
    for (const p of policies) {
        if (p.namespace === root && Object.keys(p.selector).length > 0) {
            findings.push((0,model/* finding */.gk)('warning', 'istio-root-selector-ignored', `PeerAuthentication ${p.namespace}/${p.name} has a workload selector in the root namespace ${root}: Istio ignores it`, p.ref));
        }
    }
    reportShadowed(policies, root, findings);
    return findings;
}
/** A workload outside the data plane is DISABLE; inside, its composed PeerAuthentication (ambient-adjusted). */
function workloadSubject(inv, policies, root, w) {
    const nsLabels = inv.namespaces.get(w.namespace)?.labels ?? {};
    const plane = dataplaneOf(w, nsLabels);
    const ports = w.ports.map((p) => p.port);
    if (plane.kind === 'none') {
        return {
            namespace: w.namespace,
            workload: w.name,
            ref: w.ref,
            ports,
            wide: { mode: 'DISABLE', decidedBy: `not in the mesh: ${plane.why}`, decider: null },
            perPort: new Map(),
        };
    }
    const composed = composePeerAuthentication(policies, w.namespace, w.labels, root);
    const adjust = plane.kind === 'ambient' ? forAmbient : (d) => d;
    return {
        namespace: w.namespace,
        workload: w.name,
        ref: w.ref,
        ports,
        wide: adjust(composed.mode),
        perPort: new Map([...composed.ports].map(([k, v]) => [k, adjust(v)])),
    };
}
/**
 * A PR that changes only policies (no Deployments in the paths) still has a matrix: the mesh-wide and namespace-wide
 * defaults (`*`), and each workload selector that matches no workload given (`{app=a}`), of both sides.
 */
function selectionSubject(inv, policies, options, sel) {
    const ambientNs = (ns) => options.ambientByDefault || inv.namespaces.get(ns)?.labels['istio.io/dataplane-mode'] === 'ambient';
    const labels = sel.workload === '*' ? {} : sel.labels;
    const composed = composePeerAuthentication(policies, sel.namespace, labels, options.rootNamespace);
    const ambient = sel.namespace === '*' ? options.ambientByDefault : ambientNs(sel.namespace);
    const adjust = ambient ? forAmbient : (d) => d;
    return {
        namespace: sel.namespace,
        workload: sel.workload,
        ref: null,
        ports: [...composed.ports.keys()],
        wide: adjust(composed.mode),
        perPort: new Map([...composed.ports].map(([k, v]) => [k, adjust(v)])),
    };
}
/**
 * What Istio's policies select, as selections: the mesh-wide default (`*` in `*`), every namespace the inputs name
 * (`*`), and every PeerAuthentication workload selector outside the root namespace (`{app=a}`).
 */
function istioSelections(inv, rootNamespace) {
    const policies = parsePeerAuthentications(inv);
    const out = [wide('*', 'the mesh-wide default')];
    const namespaces = new Set([...inv.namespaces.keys(), ...policies.map((p) => p.namespace)]);
    namespaces.delete(rootNamespace);
    for (const ns of [...namespaces].sort())
        out.push(wide(ns, `namespace ${ns}`));
    for (const p of policies) {
        if (Object.keys(p.selector).length === 0 || p.namespace === rootNamespace)
            continue;
        out.push({
            namespace: p.namespace,
            workload: (0,workloads/* selectorName */.fW)(p.selector),
            labels: p.selector,
            policy: `PeerAuthentication ${p.namespace}/${p.name}`,
            matches: (w) => w.namespace === p.namespace && (0,workloads/* labelsMatch */.ze)(p.selector, w.labels),
        });
    }
    return out;
}
/** A namespace- or mesh-wide selection: always judged, whatever workloads the inputs hold. */
function wide(namespace, policy) {
    return { namespace, workload: '*', labels: {}, policy, matches: () => false };
}
function reportShadowed(policies, root, findings) {
    const seen = new Map();
    for (const p of policies) {
        if (Object.keys(p.selector).length > 0)
            continue;
        const winner = seen.get(p.namespace);
        if (winner) {
            findings.push((0,model/* finding */.gk)('warning', 'istio-duplicate-scope-policy', `PeerAuthentication ${p.namespace}/${p.name} is ignored: ${winner.name} is older (or, with equal creation times, first by name) and wins in ${p.namespace === root ? 'the mesh' : `namespace ${p.namespace}`}`, p.ref));
        }
        else {
            seen.set(p.namespace, p);
        }
    }
}
/**
 * A DestinationRule with `tls.mode` DISABLE or SIMPLE toward a STRICT server replaces auto mTLS with plaintext or
 * one-way TLS, which the server refuses (istio.io docs "Mutual TLS Migration" and DestinationRule ClientTLSSettings).
 * ISTIO_MUTUAL is what auto mTLS already does: it is neither required nor reported.
 */
function destinationRuleFindings(inv, policies, root) {
    const out = [];
    for (const { object, origin } of inv.others) {
        if (!isIstioKind(object, 'networking.istio.io', 'DestinationRule'))
            continue;
        const spec = istio_stringKeyed(object.spec);
        const host = String(spec.host ?? '');
        const target = resolveHost(host, (0,workloads/* namespaceOf */.N6)(object));
        if (!target)
            continue;
        const policiesToCheck = [{ path: ['spec', 'trafficPolicy'], tp: spec.trafficPolicy, subsetLabels: {} }];
        const subsets = Array.isArray(spec.subsets) ? spec.subsets : [];
        subsets.forEach((s, i) => policiesToCheck.push({
            path: ['spec', 'subsets', i, 'trafficPolicy'],
            tp: (0,workloads/* get */.Jt)(s, ['trafficPolicy']),
            subsetLabels: (0,workloads/* stringMap */.Qi)((0,workloads/* get */.Jt)(s, ['labels'])),
        }));
        for (const { path, tp, subsetLabels } of policiesToCheck) {
            const settings = [
                { path: [...path, 'tls', 'mode'], mode: (0,workloads/* get */.Jt)(tp, ['tls', 'mode']), port: null },
            ];
            const pls = (0,workloads/* get */.Jt)(tp, ['portLevelSettings']);
            if (Array.isArray(pls)) {
                pls.forEach((s, i) => settings.push({
                    path: [...path, 'portLevelSettings', i, 'tls', 'mode'],
                    mode: (0,workloads/* get */.Jt)(s, ['tls', 'mode']),
                    port: Number((0,workloads/* get */.Jt)(s, ['port', 'number'])) || null,
                }));
            }
            for (const s of settings) {
                if (s.mode !== 'DISABLE' && s.mode !== 'SIMPLE')
                    continue;
                const strict = strictServers(inv, policies, root, target, s.port, subsetLabels);
                if (strict.length === 0)
                    continue;
                out.push((0,model/* finding */.gk)('error', 'istio-destinationrule-breaks-strict', `DestinationRule ${(0,workloads/* namespaceOf */.N6)(object)}/${String(object.metadata?.name)} sets tls.mode ${String(s.mode)} toward ${host}${s.port ? ` port ${s.port}` : ''}, whose server requires mTLS (STRICT: ${strict.join(', ')}): this overrides auto mTLS and the connections are refused`, (0,model/* refOf */.H8)(object, origin, s.path)));
            }
        }
    }
    return out;
}
function resolveHost(host, drNamespace) {
    if (host === '' || host.includes('*'))
        return null;
    const parts = host.split('.');
    if (parts.length === 1)
        return { name: host, namespace: drNamespace };
    if (parts.length === 2 || (parts[2] === 'svc' && parts.length >= 3))
        return { name: parts[0], namespace: parts[1] };
    return null;
}
function strictServers(inv, policies, root, target, servicePort, subsetLabels) {
    const service = inv.services.find((s) => s.name === target.name && s.namespace === target.namespace);
    if (!service) {
        // Without the Service we cannot find its pods; the namespace-wide mode still tells whether plaintext is refused.
        const wide = composePeerAuthentication(policies, target.namespace, {}, root).mode;
        return wide.mode === 'STRICT' ? [`${target.namespace}/* (${wide.decidedBy})`] : [];
    }
    const out = [];
    for (const w of inv.workloads) {
        if (w.namespace !== service.namespace || Object.keys(service.selector).length === 0)
            continue;
        if (!(0,workloads/* labelsMatch */.ze)(service.selector, w.labels) || !(0,workloads/* labelsMatch */.ze)(subsetLabels, w.labels))
            continue;
        // A server outside the mesh takes plaintext whatever the policies say: DISABLE toward it is right, not a break.
        if (dataplaneOf(w, inv.namespaces.get(w.namespace)?.labels ?? {}).kind === 'none')
            continue;
        const composed = composePeerAuthentication(policies, w.namespace, w.labels, root);
        for (const sp of service.ports) {
            if (servicePort !== null && sp.port !== servicePort)
                continue;
            const target = typeof sp.targetPort === 'number'
                ? sp.targetPort
                : typeof sp.targetPort === 'string'
                    ? (w.ports.find((p) => p.name === sp.targetPort)?.port ?? sp.port)
                    : sp.port;
            const mode = composed.ports.get(target) ?? composed.mode;
            if (mode.mode === 'STRICT')
                out.push(`${w.namespace}/${w.name}:${target}`);
        }
    }
    return out;
}
/** meshConfig.rootNamespace from the `istio` ConfigMap in istio-system, when the inputs carry it. */
function istioRootNamespace(loaded) {
    for (const { object } of loaded.objects) {
        if (object.kind !== 'ConfigMap' || object.metadata?.name !== 'istio')
            continue;
        const mesh = (0,workloads/* get */.Jt)(object, ['data', 'mesh']);
        const match = typeof mesh === 'string' ? /^rootNamespace:\s*["']?([a-z0-9-]+)/m.exec(mesh) : null;
        if (match)
            return match[1];
    }
    return undefined;
}
const ISTIO_LABELS = ['istio-injection', 'istio.io/rev', 'sidecar.istio.io/inject', 'istio.io/dataplane-mode'];
function rootNamespaceOf(loaded, options) {
    return options.rootNamespace ?? istioRootNamespace(loaded) ?? ISTIO_ROOT_NAMESPACE;
}
/**
 * Istio's evaluator, sidecar or ambient. The `istio` mesh ConfigMap is read by the live source itself (its
 * rootNamespace decides which PeerAuthentications are mesh-wide, before anything else is listed).
 */
function istioEvaluator(ambient) {
    return {
        title: 'Istio',
        ...(ambient ? { refines: 'istio' } : {}),
        reads: {
            kinds: ISTIO_KINDS,
            configMaps: [],
        },
        recognises: ambient
            ? { metadata: (labels) => labels['istio.io/dataplane-mode'] === 'ambient' }
            : {
                object: (_object, group) => group.endsWith('istio.io'),
                metadata: (labels) => ISTIO_LABELS.some((l) => l in labels),
            },
        selections: (inventory, loaded, options) => istioSelections(inventory, rootNamespaceOf(loaded, options)),
        evaluate: (inventory, loaded, selections, options) => evaluateIstio(inventory, { ambientByDefault: ambient, rootNamespace: rootNamespaceOf(loaded, options) }, selections),
        namespaceEnrolment: 'injection and ambient labels',
        rules: {
            'istio-destinationrule-breaks-strict': 'A DestinationRule sends plaintext or one-way TLS to a STRICT server',
            'istio-root-selector-ignored': 'A PeerAuthentication with a selector in the root namespace is ignored by Istio',
            'istio-duplicate-scope-policy': 'A second namespace- or mesh-wide PeerAuthentication is ignored by Istio',
        },
        telemetry: {
            /**
             * Sidecar: the server pod's merged stats on the agent's port 15020 `/stats/prometheus` (istio.io/latest/docs/
             * ops/integrations/prometheus: "15020 ... merged metrics"). Ambient: every ztunnel (`app=ztunnel` in
             * istio-system) on 15020 `/metrics`; the destination's ztunnel reports its inbound connections.
             */
            endpoints: (server) => ambient
                ? [{ namespace: 'istio-system', selector: 'app=ztunnel', port: 15020, path: '/metrics' }]
                : [
                    {
                        namespace: server.namespace,
                        selector: `app=${server.app}`,
                        port: 15020,
                        path: '/stats/prometheus',
                    },
                ],
            read: telemetry/* readIstio */.DQ,
            evidence: 'mtls-counters',
        },
    };
}
const ISTIO_KINDS = [
    { versions: ['security.istio.io/v1', 'security.istio.io/v1beta1'], kind: 'PeerAuthentication' },
    {
        versions: ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'],
        kind: 'DestinationRule',
    },
];
const ISTIO_EVALUATOR = istioEvaluator(false);
const ISTIO_AMBIENT_EVALUATOR = istioEvaluator(true);

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/mtls/linkerd.ts
/**
 * Linkerd: whether a workload is meshed (the `linkerd.io/inject` annotation), its default inbound policy, and the
 * Server / AuthorizationPolicy / ServerAuthorization resources that narrow a port to authenticated clients.
 * Pure: objects in, data out.
 */





/**
 * linkerd.io/2/reference/authorization-policy ("Default policies"): the values of `proxy.defaultInboundPolicy` and
 * of the `config.linkerd.io/default-inbound-policy` annotation (pod over namespace over install). The
 * unauthenticated ones (and audit, "same as all-unauthenticated but flagged") accept plaintext; the authenticated
 * ones and deny refuse it.
 */
const DEFAULT_INBOUND_POLICIES = {
    'all-unauthenticated': 'PERMISSIVE',
    'cluster-unauthenticated': 'PERMISSIVE',
    audit: 'PERMISSIVE',
    'all-authenticated': 'STRICT',
    'cluster-authenticated': 'STRICT',
    deny: 'STRICT',
};
const LINKERD_INSTALL_DEFAULT = 'all-unauthenticated';
/** The control plane's ConfigMap (in its namespace, `linkerd` by default) whose `values` hold the install's values. */
const LINKERD_CONFIG = 'linkerd-config';
const POLICY_GROUP = 'policy.linkerd.io';
const INJECT = 'linkerd.io/inject';
const DEFAULT_POLICY = 'config.linkerd.io/default-inbound-policy';
const SKIP_INBOUND = 'config.linkerd.io/skip-inbound-ports';
function isLinkerd(object, kind) {
    return (0,crd_validation/* splitApiVersion */.Np)(object.apiVersion)?.group === POLICY_GROUP && object.kind === kind;
}
function parseServers(inv) {
    const servers = [];
    for (const { object, origin } of inv.others) {
        if (!isLinkerd(object, 'Server'))
            continue;
        const spec = (object.spec ?? {});
        servers.push({
            namespace: (0,workloads/* namespaceOf */.N6)(object),
            name: String(object.metadata?.name),
            podSelector: spec.podSelector,
            port: spec.port,
            // v1beta3 Server.accessPolicy defaults to deny (charts/linkerd-crds/templates/policy/server.yaml).
            accessPolicy: typeof spec.accessPolicy === 'string' ? spec.accessPolicy : 'deny',
            labels: (0,workloads/* stringMap */.Qi)(object.metadata?.labels),
            ref: (0,model/* refOf */.H8)(object, origin, ['spec', 'port']),
        });
    }
    return servers;
}
/**
 * The targets of authorizations that are not among the inputs: a PR that changes only an AuthorizationPolicy
 * (its Server deployed from elsewhere) is still judged. The missing Server is taken with its CRD default,
 * accessPolicy deny, so what the authorizations admit decides.
 */
function missingTargets(inv, servers) {
    const out = [];
    const add = (ns, kind, name, by) => {
        if (!out.some((t) => t.ns === ns && t.kind === kind && t.name === name))
            out.push({ ns, kind, name, by });
    };
    for (const { object } of inv.others) {
        const ns = (0,workloads/* namespaceOf */.N6)(object);
        const by = `${String(object.kind)} ${ns}/${String(object.metadata?.name)}`;
        if (isLinkerd(object, 'AuthorizationPolicy')) {
            const kind = (0,workloads/* get */.Jt)(object, ['spec', 'targetRef', 'kind']);
            const name = String((0,workloads/* get */.Jt)(object, ['spec', 'targetRef', 'name']) ?? '');
            if (kind === 'Server' && !servers.some((s) => s.namespace === ns && s.name === name))
                add(ns, 'Server', name, by);
            if (kind === 'HTTPRoute' || kind === 'GRPCRoute') {
                const route = findRoute(inv, ns, kind, name);
                if (!route)
                    add(ns, kind, name, by);
                else
                    for (const parent of routeParents(inv, ns, kind, name))
                        if (!servers.some((s) => s.namespace === ns && s.name === parent))
                            add(ns, 'Server', parent, by);
            }
        }
        else if (isLinkerd(object, 'ServerAuthorization')) {
            const name = (0,workloads/* get */.Jt)(object, ['spec', 'server', 'name']);
            if (typeof name === 'string' && !servers.some((s) => s.namespace === ns && s.name === name))
                add(ns, 'Server', name, by);
        }
    }
    return out;
}
/**
 * What Linkerd's policies select, as selections: the install-wide default (`*` in `*`), every namespace the inputs
 * name (`*`: its default-inbound-policy annotation), every Server's podSelector (`{app=a}`, or `{app=a}:http` for a
 * named port), and authorization targets that are not among the inputs (`Server/x`, `HTTPRoute/y`).
 */
function linkerdSelections(inv) {
    const servers = parseServers(inv);
    const out = [wideSelection('*', 'the install-wide default inbound policy')];
    const namespaces = new Set([
        ...inv.namespaces.keys(),
        ...inv.others.filter(({ object }) => isLinkerdGroup(object)).map(({ object }) => (0,workloads/* namespaceOf */.N6)(object)),
    ]);
    for (const ns of [...namespaces].sort())
        out.push(wideSelection(ns, `namespace ${ns}`));
    for (const s of servers) {
        const key = (0,workloads/* selectorKey */.je)(s.podSelector);
        out.push({
            namespace: s.namespace,
            workload: typeof s.port === 'string' && !/^\d+$/.test(s.port) ? `${key}:${s.port}` : key,
            labels: (0,workloads/* representativeLabels */.Vh)(s.podSelector),
            ...(typeof s.port === 'string' && !/^\d+$/.test(s.port) ? { portName: s.port } : {}),
            policy: `Server ${s.namespace}/${s.name}`,
            matches: (w) => w.namespace === s.namespace && (0,workloads/* selectorMatches */.de)(s.podSelector, w.labels),
        });
    }
    for (const t of missingTargets(inv, servers)) {
        out.push({
            namespace: t.ns,
            workload: `${t.kind}/${t.name}`,
            labels: {},
            policy: t.by,
            matches: () => false,
            target: { kind: t.kind, name: t.name },
        });
    }
    return out;
}
function wideSelection(namespace, policy) {
    return { namespace, workload: '*', labels: {}, policy, matches: () => false };
}
function isLinkerdGroup(object) {
    return (0,crd_validation/* splitApiVersion */.Np)(object.apiVersion)?.group === POLICY_GROUP;
}
function evaluateLinkerd(inv, installDefault, selections = linkerdSelections(inv)) {
    const findings = [];
    const subjects = [];
    const servers = parseServers(inv);
    // Authorization targets that are not among the inputs, taken with the Server CRD's default accessPolicy (deny).
    for (const sel of selections) {
        if (!sel.target || sel.target.kind === 'node')
            continue;
        servers.push({
            namespace: sel.namespace,
            name: sel.target.kind === 'Server' ? sel.target.name : `${sel.target.kind}/${sel.target.name}`,
            podSelector: undefined,
            port: undefined,
            accessPolicy: 'deny',
            labels: {},
            ref: { kind: sel.target.kind, namespace: sel.namespace, name: sel.target.name, file: null, line: null },
            placeholder: sel.workload,
        });
    }
    const authorizations = collectAuthorizations(inv, servers, findings);
    const scope = { installDefault, servers, authorizations, findings };
    const nsOf = (ns) => ({
        annotations: ns?.annotations ?? {},
        ref: ns?.ref ?? null,
    });
    for (const w of inv.workloads) {
        const ns = inv.namespaces.get(w.namespace);
        const podWhere = w.pod ? `running pod ${w.namespace}/${w.pod.name}` : `pod template of ${w.name}`;
        for (const [where, labels] of [
            [podWhere, w.labels],
            [`namespace ${w.namespace}`, ns?.labels ?? {}],
        ]) {
            if (labels[INJECT] !== undefined) {
                findings.push((0,model/* finding */.gk)('warning', 'linkerd-inject-label', `${where} has the LABEL ${INJECT}=${labels[INJECT]}, which Linkerd ignores: injection is controlled by the ANNOTATION ${INJECT}`, where === podWhere ? fieldRef(w, ['metadata', 'labels', INJECT]) : (ns?.ref ?? w.ref)));
            }
        }
        subjects.push(evaluateWorkload(w, nsOf(ns), scope));
    }
    for (const sel of selections) {
        const w = (0,workloads/* selectionWorkload */.c7)(sel);
        const ns = sel.namespace === '*' ? undefined : inv.namespaces.get(sel.namespace);
        subjects.push({ ...evaluateWorkload(w, nsOf(ns), scope), ref: null });
    }
    return { subjects, findings: (0,workloads/* dedupeFindings */._4)(findings) };
}
/**
 * One workload in four steps: is it meshed at all; its default inbound policy (pod, namespace, install); the
 * Servers that replace it on their ports; the ports the proxy never sees.
 */
function evaluateWorkload(w, ns, scope) {
    const ports = w.ports.map((p) => p.port);
    const base = { namespace: w.namespace, workload: w.name, ref: w.ref, ports };
    const outside = outsideTheMesh(w, ns);
    if (outside)
        return { ...base, wide: outside, perPort: new Map() };
    const perPort = new Map();
    const set = (port, decided) => {
        perPort.set(port, decided);
        if (!ports.includes(port))
            ports.push(port);
    };
    let wide = defaultInboundPolicy(w, ns, scope);
    for (const { port, decided } of serverDecisions(w, scope)) {
        if (port === null)
            wide = decided;
        else
            set(port, decided);
    }
    for (const { port, decided } of skippedPorts(w, ns))
        set(port, decided);
    return { ...base, wide, perPort };
}
/** Null when the proxy is injected; else why not, as the DISABLE decision. */
function outsideTheMesh(w, ns) {
    // linkerd.io/2/features/proxy-injection: the annotation on the pod template or the namespace; `disabled` on the
    // pod wins over an enabled namespace; `ingress` is injected too. A `linkerd-proxy` container means already injected.
    const podInject = w.annotations[INJECT];
    const nsInject = ns.annotations[INJECT];
    // A policy's selection is taken as meshed: the policy is written for meshed pods, and only they enforce it.
    // A running pod is meshed when the injector gave it a linkerd-proxy container when it was created: the
    // annotations decide injection at pod creation only (controller/proxy-injector/webhook.go patches the pod).
    const asked = podInject !== undefined
        ? podInject === 'enabled' || podInject === 'ingress'
        : nsInject === 'enabled' || nsInject === 'ingress';
    const injected = w.selection !== undefined || w.containerNames.includes('linkerd-proxy') || (!w.pod && asked);
    if (!injected) {
        const why = w.pod && asked
            ? `running pod ${w.pod.name} has no linkerd-proxy container (the proxy is injected when a pod is created)`
            : podInject === 'disabled'
                ? `annotation ${INJECT}: disabled`
                : `no ${INJECT} annotation on the pod template or namespace`;
        return { mode: 'DISABLE', decidedBy: `not in the mesh: ${why}`, decider: null };
    }
    return null;
}
/** The default inbound policy that applies: the pod's annotation, the namespace's, else the install's. */
function defaultInboundPolicy(w, ns, scope) {
    const { installDefault, findings } = scope;
    const podPolicy = w.annotations[DEFAULT_POLICY];
    const nsPolicy = ns.annotations[DEFAULT_POLICY];
    // A running pod's policy is its own annotation, else the install default: the policy controller reads no
    // namespace (policy-controller/k8s/index/src/inbound/pod.rs, `settings.default_policy.unwrap_or(config.default_
    // policy)`), because the injector copied the namespace's config annotations onto the pod when it injected it
    // (webhook.go AppendNamespaceAnnotations). A pod's value its template lacks and the namespace holds came from there.
    const fromNamespace = w.pod !== undefined &&
        podPolicy !== undefined &&
        w.template?.annotations[DEFAULT_POLICY] === undefined &&
        podPolicy === nsPolicy;
    const [policy, decider] = podPolicy !== undefined
        ? [podPolicy, fromNamespace ? ns.ref : annotationRef(w, DEFAULT_POLICY)]
        : nsPolicy !== undefined && !w.pod
            ? [nsPolicy, ns.ref]
            : [installDefault.policy, installDefault.ref];
    let wideMode = DEFAULT_INBOUND_POLICIES[policy];
    if (!wideMode) {
        findings.push((0,model/* finding */.gk)('error', 'linkerd-invalid-default-policy', `default inbound policy "${policy}" is not one of ${Object.keys(DEFAULT_INBOUND_POLICIES).join(', ')}`, decider ?? w.ref));
        wideMode = 'PERMISSIVE';
    }
    const source = decider ? (0,model/* describeRef */.Ro)(decider) : `install default (proxy.defaultInboundPolicy)`;
    return {
        mode: wideMode,
        decidedBy: `default inbound policy ${policy}: ${source}`,
        decider,
        setting: {
            what: decider === null || decider.kind === 'HelmValues' || decider.kind === 'ConfigMap'
                ? 'install-wide default inbound policy (proxy.defaultInboundPolicy)'
                : `${describeSetting(decider)} ${DEFAULT_POLICY}`,
            value: policy,
        },
    };
}
// A Server that selects a port replaces the default policy for it: its accessPolicy (default deny) plus the
// authorizations that target it (linkerd.io/2/reference/authorization-policy, "Server").
function* serverDecisions(w, { servers, authorizations }) {
    for (const server of servers) {
        if (server.namespace !== w.namespace)
            continue;
        // A missing authorization target is judged only as itself; a target selection only by its stand-in Server.
        if (server.placeholder !== undefined || w.selection?.target !== undefined) {
            if (server.placeholder !== w.selection?.workload)
                continue;
        }
        else if (!(0,workloads/* selectorMatches */.de)(server.podSelector, w.labels))
            continue;
        const named = typeof server.port === 'string' && !/^\d+$/.test(server.port);
        // A selection knows no container port numbers: a named port is a selection of its own (`{app=a}:http`).
        const wholeSelection = server.placeholder !== undefined ||
            (w.selection !== undefined && named && server.port === w.selection.portName);
        if (w.selection !== undefined && named && !wholeSelection)
            continue;
        if (w.selection?.portName !== undefined && !wholeSelection)
            continue;
        const port = wholeSelection ? null : (0,workloads/* resolvePort */.UH)(server.port, w);
        if (port === null && !wholeSelection)
            continue;
        const auths = authorizations.get(server) ?? [];
        const open = auths.find((a) => a.allowsPlaintext);
        const accessMode = DEFAULT_INBOUND_POLICIES[server.accessPolicy] ?? 'STRICT';
        const mode = open || accessMode === 'PERMISSIVE' ? 'PERMISSIVE' : 'STRICT';
        const by = open ? open.ref : server.ref;
        const serverName = server.placeholder !== undefined
            ? `${server.ref.kind} ${server.namespace}/${server.ref.name} (not among the inputs: accessPolicy taken as deny, the CRD default)`
            : (0,model/* describeRef */.Ro)(server.ref);
        const decided = {
            mode,
            decidedBy: open
                ? `${(0,model/* describeRef */.Ro)(open.ref)} allows unauthenticated clients (${open.requires})`
                : `${serverName} (accessPolicy ${server.accessPolicy}${auths.length ? `, ${auths.length} authenticated authorization(s): ${auths.map((a) => a.requires).join('; ')}` : ''})`,
            decider: by,
            setting: open
                ? {
                    what: `${open.ref.kind} ${open.ref.namespace}/${open.ref.name}`,
                    value: `admits ${open.requires}`,
                }
                : server.placeholder === undefined
                    ? { what: `Server ${server.namespace}/${server.name} accessPolicy`, value: server.accessPolicy }
                    : undefined,
            portName: named ? String(server.port) : undefined,
        };
        yield { port, decided };
    }
}
/**
 * config.linkerd.io/skip-inbound-ports: the proxy never sees these ports, so they are plaintext whatever the policy
 * (linkerd.io/2/reference/proxy-configuration). opaque-ports only turns off protocol detection: still mTLS
 * (linkerd.io/2/features/protocol-detection). Config annotations: pod first, then namespace (linkerd2
 * pkg/inject/inject.go getOverride).
 */
function skippedPorts(w, ns) {
    const skipPod = w.annotations[SKIP_INBOUND];
    const skip = skipPod ?? ns.annotations[SKIP_INBOUND];
    if (!skip)
        return [];
    const ref = skipPod !== undefined ? annotationRef(w, SKIP_INBOUND) : ns.ref;
    return expandPortList(skip, w).map((port) => ({
        port,
        decided: {
            mode: 'DISABLE',
            decidedBy: `${SKIP_INBOUND} bypasses the proxy: ${ref ? (0,model/* describeRef */.Ro)(ref) : 'namespace annotation'}`,
            decider: ref,
        },
    }));
}
/** `Namespace shop`, `Deployment/web`: the resource whose setting decides, without file and line. */
function describeSetting(ref) {
    return ref.namespace && ref.kind !== 'Namespace'
        ? `${ref.kind} ${ref.namespace}/${ref.name}`
        : `${ref.kind} ${ref.name}`;
}
function annotationRef(w, annotation) {
    return fieldRef(w, ['metadata', 'annotations', annotation]);
}
/** The workload's ref, at the line of a field of its pod template. */
function fieldRef(w, path) {
    return { ...w.ref, line: w.origin.lineOf?.([...w.templatePath, ...path]) ?? w.ref.line };
}
/** `25,587,8000-8002` and container port names; ranges larger than 1024 ports are cut off (no one lists those). */
function expandPortList(text, w) {
    const out = [];
    for (const part of text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const range = /^(\d+)-(\d+)$/.exec(part);
        if (range) {
            const lo = Number(range[1]);
            const hi = Math.min(Number(range[2]), lo + 1023);
            for (let p = lo; p <= hi; p++)
                out.push(p);
        }
        else {
            const port = (0,workloads/* resolvePort */.UH)(part, w);
            if (port !== null)
                out.push(port);
        }
    }
    return out;
}
/**
 * Servers a route attaches to (`parentRefs` of kind Server), for AuthorizationPolicies that target a route: a route
 * authorization that lets plaintext in opens part of the Server's traffic, which is enough to make the port accept
 * plaintext (linkerd.io/2/reference/authorization-policy, "HTTPRoute").
 */
function routeParents(inv, ns, kind, name) {
    const route = findRoute(inv, ns, kind, name);
    const parents = (0,workloads/* get */.Jt)(route?.object, ['spec', 'parentRefs']);
    return (Array.isArray(parents) ? parents : [])
        .filter((p) => (0,workloads/* get */.Jt)(p, ['kind']) === 'Server')
        .map((p) => String((0,workloads/* get */.Jt)(p, ['name'])));
}
function findRoute(inv, ns, kind, name) {
    return inv.others.find(({ object }) => object.kind === kind &&
        /(^|\.)(policy\.linkerd\.io|gateway\.networking\.k8s\.io)$/.test((0,crd_validation/* splitApiVersion */.Np)(object.apiVersion)?.group ?? '') &&
        (0,workloads/* namespaceOf */.N6)(object) === ns &&
        object.metadata?.name === name);
}
/**
 * AuthorizationPolicy (targetRef Server, a route on a Server, or Namespace for all its Servers): all `requiredAuthenticationRefs` must
 * hold, and a missing referent voids the policy (policy.linkerd.io AuthorizationPolicy CRD field docs). It lets
 * plaintext in when it requires no identity: no refs at all, or only NetworkAuthentication. MeshTLSAuthentication
 * and ServiceAccount refs require an mTLS identity. ServerAuthorization: `client.unauthenticated: true` lets
 * plaintext in; `client.meshTLS` requires TLS (with `unauthenticatedTLS` it requires TLS but no identity).
 */
function collectAuthorizations(inv, servers, findings) {
    const byServer = new Map();
    const add = (s, a) => byServer.set(s, [...(byServer.get(s) ?? []), a]);
    const exists = (kind, ns, name) => kind === 'ServiceAccount' ||
        inv.others.some(({ object }) => isLinkerd(object, kind) && (0,workloads/* namespaceOf */.N6)(object) === ns && object.metadata?.name === name);
    for (const { object, origin } of inv.others) {
        const ns = (0,workloads/* namespaceOf */.N6)(object);
        if (isLinkerd(object, 'AuthorizationPolicy')) {
            const target = (0,workloads/* get */.Jt)(object, ['spec', 'targetRef']);
            const kind = (0,workloads/* get */.Jt)(target, ['kind']);
            const name = (0,workloads/* get */.Jt)(target, ['name']);
            const targets = servers.filter((s) => s.namespace === ns &&
                (kind === 'Namespace' ||
                    (kind === 'Server' && s.name === name) ||
                    ((kind === 'HTTPRoute' || kind === 'GRPCRoute') &&
                        (s.placeholder === `${kind}/${String(name)}` ||
                            (s.placeholder?.includes('Route/') !== true &&
                                routeParents(inv, ns, kind, name).includes(s.name))))));
            const refs = (0,workloads/* get */.Jt)(object, ['spec', 'requiredAuthenticationRefs']);
            const list = Array.isArray(refs) ? refs : [];
            const missing = list.find((r) => !exists(String((0,workloads/* get */.Jt)(r, ['kind'])), String((0,workloads/* get */.Jt)(r, ['namespace']) ?? ns), String((0,workloads/* get */.Jt)(r, ['name']))));
            const ref = (0,model/* refOf */.H8)(object, origin, ['spec', 'requiredAuthenticationRefs']);
            if (missing) {
                findings.push((0,model/* finding */.gk)('warning', 'linkerd-authorization-ignored', `AuthorizationPolicy ${ns}/${String(object.metadata?.name)} refers to ${String((0,workloads/* get */.Jt)(missing, ['kind']))} ${String((0,workloads/* get */.Jt)(missing, ['name']))}, which is not among the inputs: Linkerd ignores an authorization whose referent is missing`, ref));
                continue;
            }
            const needsIdentity = list.some((r) => (0,workloads/* get */.Jt)(r, ['kind']) === 'MeshTLSAuthentication' || (0,workloads/* get */.Jt)(r, ['kind']) === 'ServiceAccount');
            const requires = list.length === 0
                ? 'no authentication required'
                : list.map((r) => `${String((0,workloads/* get */.Jt)(r, ['kind']))} ${String((0,workloads/* get */.Jt)(r, ['name']))}`).join(' and ');
            for (const s of targets)
                add(s, { allowsPlaintext: !needsIdentity, requires, ref });
        }
        else if (isLinkerd(object, 'ServerAuthorization')) {
            const server = (0,workloads/* get */.Jt)(object, ['spec', 'server']);
            const targets = servers.filter((s) => s.namespace === ns &&
                ((0,workloads/* get */.Jt)(server, ['name']) !== undefined
                    ? s.name === (0,workloads/* get */.Jt)(server, ['name'])
                    : s.placeholder === undefined && (0,workloads/* selectorMatches */.de)((0,workloads/* get */.Jt)(server, ['selector']), s.labels)));
            const client = (0,workloads/* get */.Jt)(object, ['spec', 'client']);
            const plaintext = (0,workloads/* get */.Jt)(client, ['unauthenticated']) === true;
            const requires = plaintext
                ? 'client.unauthenticated'
                : (0,workloads/* get */.Jt)(client, ['meshTLS', 'unauthenticatedTLS']) === true
                    ? 'client.meshTLS.unauthenticatedTLS'
                    : 'client.meshTLS';
            for (const s of targets)
                add(s, { allowsPlaintext: plaintext, requires, ref: (0,model/* refOf */.H8)(object, origin, ['spec', 'client']) });
        }
    }
    return byServer;
}
/**
 * Linkerd's install-wide default inbound policy: Helm values among the inputs (`proxy.defaultInboundPolicy`), else
 * the `linkerd-config` ConfigMap the control plane was installed with (its `values` key holds the chart's values as
 * YAML, charts/linkerd-control-plane/templates/config.yaml; this is where a live cluster keeps it), else Linkerd's
 * default, all-unauthenticated (charts/linkerd-control-plane/values.yaml).
 */
function linkerdInstallDefault(loaded) {
    for (const v of loaded.values) {
        const policy = (0,workloads/* get */.Jt)(v.values, ['proxy', 'defaultInboundPolicy']);
        if (typeof policy === 'string') {
            const line = v.origin.lineOf?.(['proxy', 'defaultInboundPolicy']) ?? v.origin.line;
            return {
                policy,
                ref: {
                    kind: 'HelmValues',
                    namespace: null,
                    name: 'proxy.defaultInboundPolicy',
                    file: v.origin.file,
                    line,
                },
            };
        }
    }
    for (const { object, origin } of loaded.objects) {
        if (object.kind !== 'ConfigMap' || object.metadata?.name !== LINKERD_CONFIG)
            continue;
        const text = (0,workloads/* get */.Jt)(object, ['data', 'values']);
        let values;
        try {
            values = typeof text === 'string' ? (0,dist/* parse */.qg)(text) : undefined;
        }
        catch {
            values = undefined;
        }
        const policy = (0,workloads/* get */.Jt)(values, ['proxy', 'defaultInboundPolicy']);
        if (typeof policy === 'string') {
            return {
                policy,
                ref: {
                    kind: 'ConfigMap',
                    namespace: typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : null,
                    name: `${LINKERD_CONFIG} values proxy.defaultInboundPolicy`,
                    file: origin.file,
                    line: origin.lineOf?.(['data', 'values']) ?? origin.line,
                },
            };
        }
    }
    return { policy: LINKERD_INSTALL_DEFAULT, ref: null };
}
/** The policy kinds of policy.linkerd.io, and the Gateway API routes an authorization may target. */
const LINKERD_KINDS = [
    {
        versions: [
            'policy.linkerd.io/v1beta3',
            'policy.linkerd.io/v1beta2',
            'policy.linkerd.io/v1beta1',
            'policy.linkerd.io/v1alpha1',
        ],
        kind: 'Server',
    },
    { versions: ['policy.linkerd.io/v1beta1', 'policy.linkerd.io/v1alpha1'], kind: 'ServerAuthorization' },
    { versions: ['policy.linkerd.io/v1alpha1'], kind: 'AuthorizationPolicy' },
    { versions: ['policy.linkerd.io/v1alpha1'], kind: 'MeshTLSAuthentication' },
    { versions: ['policy.linkerd.io/v1alpha1'], kind: 'NetworkAuthentication' },
    {
        versions: ['policy.linkerd.io/v1beta3', 'policy.linkerd.io/v1beta2', 'policy.linkerd.io/v1beta1'],
        kind: 'HTTPRoute',
    },
    { versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'], kind: 'HTTPRoute' },
    { versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1alpha2'], kind: 'GRPCRoute' },
];
const LINKERD_EVALUATOR = {
    title: 'Linkerd',
    reads: {
        kinds: LINKERD_KINDS,
        // The install-wide default inbound policy lives in the control plane's values (see linkerdInstallDefault).
        configMaps: [{ namespace: 'linkerd', name: LINKERD_CONFIG }],
    },
    recognises: {
        object: (object, group) => group === POLICY_GROUP || (object.kind === 'ConfigMap' && object.metadata?.name === LINKERD_CONFIG),
        metadata: (_labels, annotations) => Object.keys(annotations).some((a) => a === INJECT || a.startsWith('config.linkerd.io/')),
        values: (values) => (0,workloads/* get */.Jt)(values, ['proxy', 'defaultInboundPolicy']) !== undefined,
    },
    selections: (inventory) => linkerdSelections(inventory),
    evaluate: (inventory, loaded, selections) => evaluateLinkerd(inventory, linkerdInstallDefault(loaded), selections),
    namespaceEnrolment: 'linkerd.io/inject annotation',
    rules: {
        'linkerd-inject-label': 'linkerd.io/inject set as a label, which Linkerd ignores',
        'linkerd-invalid-default-policy': 'An unknown Linkerd default inbound policy',
        'linkerd-authorization-ignored': 'A Linkerd authorization whose referent is missing is ignored',
    },
    telemetry: {
        /** The server pod's proxy admin port 4191 `/metrics` (linkerd.io/2/reference/proxy-metrics). */
        endpoints: (server) => [
            { namespace: server.namespace, selector: `app=${server.app}`, port: 4191, path: '/metrics' },
        ],
        read: telemetry/* readLinkerd */.wi,
        evidence: 'mtls-counters',
    },
};

;// CONCATENATED MODULE: ./src/mtls/none.ts
const NO_MESH = 'no mesh (mesh: none): nothing authenticates peers';
function evaluateNoMesh(inventory) {
    const subjects = inventory.workloads.map((w) => ({
        namespace: w.namespace,
        workload: w.name,
        ref: w.ref,
        ports: w.ports.map((p) => p.port).filter((p) => typeof p === 'number'),
        wide: { mode: 'DISABLE', decidedBy: NO_MESH, decider: null },
        perPort: new Map(),
    }));
    return { subjects, findings: [] };
}
const NONE_EVALUATOR = {
    title: 'no mesh',
    // No mesh resource means anything here: only namespaces and workloads are read.
    reads: { kinds: [], configMaps: [] },
    // Never detected from a configuration: `mesh: none` is asked for by name.
    recognises: {},
    // No mesh reads any policy: nothing is selected.
    selections: () => [],
    evaluate: (inventory) => evaluateNoMesh(inventory),
    namespaceEnrolment: null,
    rules: {},
    telemetry: {
        endpoints: () => [],
        read: () => ({
            outcome: 'not-read',
            mtls: 0,
            plaintext: 0,
            refused: 0,
            detail: 'no mesh: no data-plane counters',
        }),
        evidence: 'mtls-counters',
    },
};

;// CONCATENATED MODULE: ./src/mtls/meshes.ts
/**
 * The mTLS stage's one registry: each mesh's evaluator (see evaluator.ts). A `Record` over every `MeshName`, so a
 * new name in the vocabulary does not compile until its evaluator is registered here.
 */






const EVALUATORS = {
    istio: ISTIO_EVALUATOR,
    'istio-ambient': ISTIO_AMBIENT_EVALUATOR,
    linkerd: LINKERD_EVALUATOR,
    cilium: CILIUM_EVALUATOR,
    none: NONE_EVALUATOR,
};
/** The evaluators in the vocabulary's order (the order of the live source's reads and of detection messages). */
function evaluators() {
    return vocabulary/* MESHES */.Sc.map((m) => [m, EVALUATORS[m]]);
}
/** What the mesh's data plane counted for the gate's server (see telemetry.ts). */
function readTelemetry(mesh, samples, target) {
    return EVALUATORS[mesh].telemetry.read(samples, target);
}
/** Where the mesh's counters disagree with the prediction (see `evidenceFindings`). */
function telemetryFindings(mesh, predicted, reading, where, authenticated = false) {
    return (0,telemetry/* evidenceFindings */.gc)(EVALUATORS[mesh].telemetry.evidence, predicted, reading, where, authenticated);
}


/***/ }),

/***/ 19413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   an: () => (/* binding */ meetsRequirement),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47819);

function meetsRequirement(mode, require) {
    return _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_RANK */ .fh[mode] >= (require === 'strict' ? _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_RANK */ .fh.STRICT : _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE_RANK */ .fh.PERMISSIVE);
}
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'CiliumClusterwideNetworkPolicy',
    'Node',
    'CustomResourceDefinition',
]);
function refOf(object, origin, path) {
    const kind = typeof object.kind === 'string' ? object.kind : '(no kind)';
    const ns = object.metadata?.namespace;
    return {
        kind,
        // A namespaced object without a namespace lands in `default` (kubectl apply without -n), as the evaluation assumes.
        namespace: typeof ns === 'string' && ns !== '' ? ns : CLUSTER_SCOPED.has(kind) ? null : 'default',
        name: typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)',
        file: origin.file,
        line: (path && origin.lineOf?.(path)) ?? origin.line,
    };
}
function describeRef(ref) {
    const id = ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
    return ref.file ? `${id} (${ref.file}${ref.line ? `:${ref.line}` : ''})` : id;
}
function finding(severity, code, message, ref) {
    return {
        severity,
        code,
        message,
        resource: ref
            ? { kind: ref.kind, namespace: ref.namespace, name: ref.name }
            : { kind: '', namespace: null, name: '' },
        file: ref?.file ?? null,
        line: ref?.line ?? null,
    };
}


/***/ }),

/***/ 86979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ readIstio),
/* harmony export */   Hi: () => (/* binding */ sumSamples),
/* harmony export */   Mx: () => (/* binding */ readCilium),
/* harmony export */   dP: () => (/* binding */ counterDelta),
/* harmony export */   gc: () => (/* binding */ evidenceFindings),
/* harmony export */   tb: () => (/* binding */ parsePrometheusText),
/* harmony export */   wi: () => (/* binding */ readLinkerd)
/* harmony export */ });
/* unused harmony exports TelemetryParseError, CILIUM_DROP_REASONS */
/* harmony import */ var parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22625);
/* harmony import */ var parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19413);
/**
 * Telemetry as evidence: the meshes' own counters say whether the gate's traffic was mutual TLS. Pure: Prometheus
 * text in (scraped elsewhere, through the API server's pod proxy), readings and findings out.
 *
 * - Istio (sidecar and ambient): `istio_requests_total` and `istio_tcp_connections_opened_total` reported by the
 *   destination, label `connection_security_policy` = `mutual_tls` or `none` (istio.io/latest/docs/reference/config/
 *   metrics: "Connection Security Policy: ... mutual_tls ... or none"; ztunnel reports the same TCP metrics).
 * - Linkerd: the inbound proxy's `inbound_http_authz_allow_total` / `inbound_tcp_authz_allow_total` (what its policy
 *   admitted) and `..._deny_total`, else `request_total` / `tcp_open_total` with `direction="inbound"`; label
 *   `tls="true"` for mTLS, `tls="no_identity"` (with `no_tls_reason`) or `disabled` otherwise
 *   (linkerd.io/2/reference/proxy-metrics, "Labels": tls).
 * - Cilium: the agent's `cilium_drop_count_total{direction="INGRESS"}` by `reason`: "Authentication required" (the
 *   datapath holds a flow until mutual authentication completed, cilium pkg/monitor/api/drop.go 189), "Policy denied",
 *   "Traffic is unencrypted" (195). Node-wide counters: they show that authentication was enforced, not per workload.
 */


/** A payload that is not the Prometheus text format (an HTML error page, a truncated body). */
class TelemetryParseError extends Error {
    name = 'TelemetryParseError';
}
/**
 * Samples of a Prometheus text exposition, parsed by parse-prometheus-text-format (a port of the Python client's
 * parser). Histograms and summaries come back as families; only counters, gauges and untyped samples are kept, which
 * is all the meshes' mTLS evidence needs. The library drops what it cannot read without a word, so a payload with
 * sample lines and no sample read is refused here.
 */
function parsePrometheusText(text, source) {
    // The text format's comments are any line starting with `#`; the library reads a bare `#` (as a Linkerd proxy
    // writes around its banner) as a sample, and skips a last line without a newline. Both are fixed up first.
    const body = `${text
        .split('\n')
        .filter((l) => !/^\s*#/.test(l) || /^\s*# (HELP|TYPE) /.test(l))
        .join('\n')}\n`;
    const out = [];
    const bad = [];
    for (const family of parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0___default()(body)) {
        // The library takes any first word for a name and any second for a value (`<html><body>502 Bad ...` is a
        // "metric"): a name outside the format's grammar or a value that is no number means the body is something else.
        if (!METRIC_NAME.test(family.name)) {
            bad.push(family.name);
            continue;
        }
        if (family.type === 'HISTOGRAM' || family.type === 'SUMMARY')
            continue;
        for (const m of family.metrics) {
            const value = sampleValue(m.value);
            if (value === null)
                bad.push(`${family.name} ${String(m.value)}`);
            else
                out.push({ name: family.name, labels: { ...(m.labels ?? {}) }, value });
        }
    }
    const sampleLines = body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
    if (bad.length > 0 ||
        (sampleLines > 0 && out.length === 0 && !/^# TYPE \S+ (histogram|summary)/m.test(body))) {
        const first = bad[0] ?? body.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
        throw new TelemetryParseError(`${source}: not the Prometheus text format (${bad.length || sampleLines} unreadable line(s); first: ${first.slice(0, 80)})`);
    }
    return out;
}
/** prometheus.io/docs/concepts/data_model: metric names match [a-zA-Z_:][a-zA-Z0-9_:]*. */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** A sample value: a Go float, including NaN, +Inf and -Inf (text format: "value is a float"). */
function sampleValue(text) {
    if (text === undefined)
        return null;
    if (/^[+-]?Inf$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (text === 'NaN')
        return NaN;
    const n = Number(text);
    return text.trim() === '' || Number.isNaN(n) ? null : n;
}
function key(s) {
    return `${s.name}{${Object.entries(s.labels)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}}`;
}
/**
 * What the counters added between two scrapes of the same targets: after minus before per series; a series that went
 * down was reset (a restarted proxy) and counts from zero; a series new in `after` counts whole.
 */
function counterDelta(before, after) {
    const was = new Map(before.map((s) => [key(s), s.value]));
    return after.map((s) => {
        const b = was.get(key(s)) ?? 0;
        return { ...s, value: s.value >= b ? s.value - b : s.value };
    });
}
/** Adds up samples of the same series (several scrapes, several pods of a node agent). */
function sumSamples(...sets) {
    const out = new Map();
    for (const s of sets.flat()) {
        const k = key(s);
        const have = out.get(k);
        out.set(k, have ? { ...have, value: have.value + s.value } : { ...s });
    }
    return [...out.values()];
}
function outcomeOf(mtls, plaintext) {
    return mtls > 0 && plaintext > 0 ? 'mixed' : mtls > 0 ? 'mtls' : plaintext > 0 ? 'plaintext' : 'no-traffic';
}
function describe(parts) {
    const shown = parts.filter(([, n]) => n > 0);
    return shown.length ? shown.map(([what, n]) => `${what} ${n}`).join('; ') : 'no matching series';
}
const ISTIO_METRICS = ['istio_requests_total', 'istio_tcp_connections_opened_total'];
function readIstio(samples, target) {
    const parts = new Map();
    let mtls = 0;
    let plaintext = 0;
    for (const s of samples) {
        if (!ISTIO_METRICS.includes(s.name) || s.labels.reporter !== 'destination')
            continue;
        if (s.labels.destination_workload !== target.workload)
            continue;
        if (s.labels.destination_workload_namespace !== target.namespace)
            continue;
        if (target.client && s.labels.source_workload !== target.client)
            continue;
        const policy = s.labels.connection_security_policy ?? 'unknown';
        if (policy === 'mutual_tls')
            mtls += s.value;
        else
            plaintext += s.value;
        const label = `${s.name}{connection_security_policy="${policy}"}`;
        parts.set(label, (parts.get(label) ?? 0) + s.value);
    }
    return { outcome: outcomeOf(mtls, plaintext), mtls, plaintext, refused: 0, detail: describe([...parts]) };
}
/** Linkerd's admin port: kubelet probes and Prometheus scrapes, never the workload's traffic. */
const LINKERD_ADMIN_PORT = '4191';
function readLinkerd(samples, target) {
    const inbound = samples.filter((s) => (target.port === null
        ? s.labels.target_port !== LINKERD_ADMIN_PORT
        : s.labels.target_port === String(target.port)) &&
        (s.name.startsWith('inbound_') || s.labels.direction === 'inbound'));
    // The authorization counters are what the policy admitted or refused; request_total and tcp_open_total are the
    // fallback for proxies without them (before Linkerd 2.11).
    const authz = inbound.filter((s) => /^inbound_(http|tcp)_authz_(allow|deny)_total$/.test(s.name));
    const counted = authz.length
        ? authz
        : inbound.filter((s) => s.name === 'request_total' || s.name === 'tcp_open_total');
    const parts = new Map();
    let mtls = 0;
    let plaintext = 0;
    let refused = 0;
    for (const s of counted) {
        const tls = s.labels.tls ?? 'unknown';
        if (/_deny_total$/.test(s.name))
            refused += s.value;
        else if (tls === 'true')
            mtls += s.value;
        else
            plaintext += s.value;
        const label = `${s.name}{tls="${tls}"}`;
        parts.set(label, (parts.get(label) ?? 0) + s.value);
    }
    const outcome = outcomeOf(mtls, plaintext);
    return {
        outcome: outcome === 'no-traffic' && refused > 0 ? 'refused' : outcome,
        mtls,
        plaintext,
        refused,
        detail: describe([...parts]),
    };
}
const CILIUM_DROP_REASONS = {
    auth: 'Authentication required',
    policy: 'Policy denied',
    unencrypted: 'Traffic is unencrypted',
};
function readCilium(samples) {
    let auth = 0;
    let policy = 0;
    let unencrypted = 0;
    for (const s of samples) {
        if (s.name !== 'cilium_drop_count_total' || s.labels.direction !== 'INGRESS')
            continue;
        if (s.labels.reason === CILIUM_DROP_REASONS.auth)
            auth += s.value;
        else if (s.labels.reason === CILIUM_DROP_REASONS.policy)
            policy += s.value;
        else if (s.labels.reason === CILIUM_DROP_REASONS.unencrypted)
            unencrypted += s.value;
    }
    return {
        outcome: auth > 0 ? 'authenticated' : policy + unencrypted > 0 ? 'refused' : 'no-traffic',
        mtls: auth,
        plaintext: 0,
        refused: policy + unencrypted,
        detail: describe([
            [`drops "${CILIUM_DROP_REASONS.auth}"`, auth],
            [`drops "${CILIUM_DROP_REASONS.policy}"`, policy],
            [`drops "${CILIUM_DROP_REASONS.unencrypted}"`, unencrypted],
        ]),
    };
}
/**
 * The gate's meshed client sends the measured traffic; the prediction says what the mesh must have done with it. A
 * disagreement is a finding: plaintext from the meshed client where the prediction says mTLS (the latency measured
 * "with mTLS" was not), mTLS where it says plaintext, no counted traffic at all (nothing confirms either), and for
 * a data plane whose evidence is authentication drops (Cilium) a required authentication that the datapath never held a
 * flow for.
 *
 * `evidence` is the mesh's (its evaluator's `telemetry.evidence`); `authenticated` is the prediction for
 * `authentication-drops`: whether mutual authentication is required for the server.
 */
function evidenceFindings(evidence, predicted, reading, where, authenticated = false) {
    const out = [];
    const f = (severity, message) => out.push((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(severity, 'mtls-telemetry-mismatch', `${where}: ${message} (${reading.detail})`, null));
    if (reading.outcome === 'not-read')
        return out;
    if (evidence === 'authentication-drops') {
        if (authenticated && reading.mtls === 0)
            f('error', 'mutual authentication is required, but the agents dropped no flow for "Authentication required": nothing shows the datapath authenticated the gate’s traffic');
        if (!authenticated && reading.mtls > 0)
            f('warning', 'no rule requires mutual authentication, but the agents held flows for authentication');
        return out;
    }
    if (reading.outcome === 'no-traffic' || reading.outcome === 'refused') {
        f('warning', 'the mesh counted none of the gate’s traffic to the server: nothing confirms it was mutual TLS');
    }
    else if (predicted !== 'DISABLE' && reading.plaintext > 0) {
        f('error', `the prediction is ${predicted} with a meshed client, so the measured traffic should be mutual TLS, but the mesh counted ${reading.plaintext} plaintext request(s) or connection(s)`);
    }
    else if (predicted === 'DISABLE' && reading.mtls > 0) {
        f('warning', `the prediction is DISABLE (plaintext), but the mesh counted ${reading.mtls} mutual TLS request(s) or connection(s)`);
    }
    return out;
}


/***/ }),

/***/ 20768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pf: () => (/* binding */ label),
  sQ: () => (/* binding */ validateLoaded)
});

// UNUSED EXPORTS: describeRef

// EXTERNAL MODULE: ./src/mtls/entries.ts
var entries = __webpack_require__(5140);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
;// CONCATENATED MODULE: ./src/mtls/diff.ts
/** Base vs head: which (namespace, workload, port) got weaker, which became plaintext, which got stronger. Pure. */


function groups(entries) {
    const out = new Map();
    for (const e of entries) {
        const key = `${e.namespace}\u0000${e.workload}`;
        out.set(key, [...(out.get(key) ?? []), e]);
    }
    return out;
}
/**
 * Compares every (workload, port) that either side has a row for: a port row on one side is compared with the
 * other side's port row, or its workload-wide row when it has none. Workloads only in the base are gone, which
 * weakens nothing; workloads only in the head are new, and reported when they are plaintext.
 */
function diffMatrices(base, head) {
    const diff = { regressions: [], newPlaintextHoles: [], improvements: [] };
    const baseGroups = groups(base);
    for (const [key, headRows] of groups(head)) {
        const baseRows = baseGroups.get(key);
        const ports = [
            ...new Set([
                null,
                ...headRows.map((e) => e.port),
                ...(baseRows ?? []).map((e) => e.port),
            ]),
        ];
        for (const port of ports) {
            const h = (0,entries/* modeAt */.H)(headRows, port);
            const b = baseRows ? (0,entries/* modeAt */.H)(baseRows, port) : null;
            const change = {
                namespace: h.namespace,
                workload: h.workload,
                port,
                from: b?.mode ?? null,
                to: h.mode,
                head: h,
                base: b,
            };
            if (b && vocabulary/* MODE_RANK */.fh[h.mode] < vocabulary/* MODE_RANK */.fh[b.mode])
                diff.regressions.push(change);
            if (b && vocabulary/* MODE_RANK */.fh[h.mode] > vocabulary/* MODE_RANK */.fh[b.mode])
                diff.improvements.push(change);
            // A new workload's port row only exists where it differs from its workload row, so only real holes show.
            if (h.mode === 'DISABLE' && (b === null ? port === null || h.port === port : b.mode !== 'DISABLE')) {
                diff.newPlaintextHoles.push(change);
            }
        }
    }
    return diff;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mtls/evaluate.ts
var evaluate = __webpack_require__(34473);
// EXTERNAL MODULE: ./src/mtls/workloads.ts
var workloads = __webpack_require__(82242);
// EXTERNAL MODULE: ./src/mtls/meshes.ts + 4 modules
var meshes = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/mtls/model.ts
var model = __webpack_require__(19413);
;// CONCATENATED MODULE: ./src/mtls/validate.ts






/** Pure: evaluation, diff and verdict over loaded (and schema-checked) objects. */
function validateLoaded(head, base, require, mesh, what = 'the input', baseWhat = 'the base') {
    // Nothing passes silently: an input without one mesh resource or workload is a wrong path, not a clean mesh.
    if (!hasSubstance(head) && (base === null || !hasSubstance(base))) {
        throw new errors/* InputError */.dz(`nothing to judge: ${what}${base ? ` and ${baseWhat}` : ''} hold no mesh resource and no workload (${describeContents(head)}${base ? `; base: ${describeContents(base)}` : ''})`);
    }
    const chosen = mesh ?? (0,evaluate/* detectMeshOf */.q$)(head, base, what);
    // Both sides judge the same policy selections, so a policy deleted or added on one side is compared on the other.
    const selections = base
        ? (0,evaluate/* unmatchedSelections */.Pn)([...(0,evaluate/* selectionsOf */.jy)(head, chosen), ...(0,evaluate/* selectionsOf */.jy)(base, chosen)], [...(0,workloads/* buildInventory */.Rs)(head.objects).workloads, ...(0,workloads/* buildInventory */.Rs)(base.objects).workloads])
        : undefined;
    const headEval = (0,evaluate/* evaluate */._3)(head, chosen, { selections });
    const baseEval = base ? (0,evaluate/* evaluate */._3)(base, chosen, { selections }) : null;
    // A comparison that judged only the mesh-wide default, which no input sets, judged nothing: not a pass either.
    const judged = (e) => e.entries.some((x) => x.subject !== null || x.decider !== null || x.namespace !== '*' || x.workload !== '*');
    if (!judged(headEval) && (baseEval === null || !judged(baseEval))) {
        throw new errors/* InputError */.dz(`nothing to judge for ${chosen}: ${what}${base ? ` and ${baseWhat}` : ''} hold no workload and no ${chosen} policy that selects one or sets a default (${describeContents(head)}${base ? `; base: ${describeContents(base)}` : ''})`);
    }
    const diff = baseEval ? diffMatrices(baseEval.entries, headEval.entries) : null;
    const findings = [...headEval.findings];
    // Synthetic rows (`*`, `{app=a}`) that no resource decided are defaults, not configuration the PR wrote: they are
    // diffed, but the requirement applies to real workloads and to what a resource explicitly sets.
    const counted = headEval.entries.filter((e) => e.subject !== null || e.decider !== null);
    const belowRequirement = counted.filter((e) => !(0,model/* meetsRequirement */.an)(e.mode, require));
    for (const e of belowRequirement) {
        findings.push((0,model/* finding */.gk)('error', 'mtls-below-required', `${label(e)} is ${e.mode}, below the required ${require.toUpperCase()} (${e.decidedBy})`, locate(e.decider, e.subject)));
    }
    for (const r of diff?.regressions ?? []) {
        findings.push((0,model/* finding */.gk)('error', 'mtls-regression', regressionMessage(r, chosen), locate(r.head.decider, r.head.subject, r.base?.decider ?? null)));
    }
    for (const h of diff?.newPlaintextHoles ?? []) {
        if (h.from !== null)
            continue; // already reported as a regression
        findings.push((0,model/* finding */.gk)('error', 'mtls-new-plaintext-hole', `${label(h.head)} is new and accepts plaintext only (${h.head.decidedBy})`, locate(h.head.decider, h.head.subject)));
    }
    for (const i of diff?.improvements ?? []) {
        findings.push((0,model/* finding */.gk)('note', 'mtls-improvement', `${label(i.head)} got stronger: ${i.from} → ${i.to} (${i.head.decidedBy})`, locate(i.head.decider, i.head.subject)));
    }
    const failed = findings.some((f) => f.severity === 'error');
    return {
        mesh: chosen,
        verdict: failed ? 'fail' : 'pass',
        require,
        matrix: headEval.entries,
        entries: headEval.entries.map((e) => ({
            namespace: e.namespace,
            workload: e.workload,
            port: e.port,
            mode: e.mode,
            decidedBy: e.decidedBy,
            live: 'not-probed',
            telemetry: 'not-read',
        })),
        diff,
        regressions: diff?.regressions ?? [],
        belowRequirement,
        findings,
        compared: baseEval !== null,
    };
}
/** Consequence of a mode change, in the mesh's terms (its evaluator's, else in terms of mTLS and plaintext). */
function consequence(from, to, mesh) {
    const own = meshes/* EVALUATORS */.Jn[mesh].consequence;
    if (own)
        return own(from, to);
    return to === 'DISABLE'
        ? 'mTLS no longer enforced: plaintext only'
        : from === 'STRICT'
            ? 'plaintext now accepted'
            : 'weaker';
}
/**
 * `Server shop/cart-http accessPolicy: all-authenticated → all-unauthenticated: plaintext now accepted on port http
 * (shop/{app=cart}:http STRICT → PERMISSIVE; ...)`: named by the setting that changed when both sides share it, else by
 * the workload or selection, with what decides now and what decided before.
 */
function regressionMessage(r, mesh) {
    const port = r.port !== null ? r.port : (r.head.portName ?? r.base?.portName);
    const on = port !== undefined ? ` on port ${port}` : '';
    const hs = r.head.setting;
    const bs = r.base?.setting;
    const now = `now ${r.head.decidedBy}; was ${r.base?.decidedBy ?? 'absent'}`;
    if (hs && bs && hs.what === bs.what && hs.value !== bs.value) {
        return `${hs.what}: ${bs.value} → ${hs.value}: ${consequence(r.from, r.to, mesh)}${on} (${label(r.head)} ${r.from} → ${r.to}; ${now})`;
    }
    return `${label(r.head)} got weaker: ${r.from} → ${r.to}: ${consequence(r.from, r.to, mesh)}${on} (${now})`;
}
/** Whether an input holds anything the validator can judge: a workload, or a resource, label or value of a mesh. */
function hasSubstance(loaded) {
    return (0,evaluate/* meshesIn */.vi)(loaded).size > 0 || (0,workloads/* buildInventory */.Rs)(loaded.objects).workloads.length > 0;
}
function describeContents(loaded) {
    const kinds = [...new Set(loaded.objects.map(({ object }) => String(object.kind)))].sort();
    const n = loaded.objects.length;
    return n === 0 && loaded.values.length === 0
        ? 'read no object at all'
        : `read ${n} object(s)${kinds.length ? `: ${kinds.slice(0, 8).join(', ')}${kinds.length > 8 ? ', …' : ''}` : ''}${loaded.values.length ? `, ${loaded.values.length} values file(s)` : ''}`;
}
function label(e) {
    return `${e.namespace}/${e.workload}${e.port === null ? '' : `:${e.port}`}`;
}
/** The first of the refs that has a file: that is where a reviewer should look. */
function locate(...refs) {
    return refs.find((r) => r?.file) ?? refs.find((r) => r) ?? null;
}



/***/ }),

/***/ 82242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ unknownNamespaces),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Qi: () => (/* binding */ stringMap),
/* harmony export */   Rs: () => (/* binding */ buildInventory),
/* harmony export */   UH: () => (/* binding */ resolvePort),
/* harmony export */   Vh: () => (/* binding */ representativeLabels),
/* harmony export */   _4: () => (/* binding */ dedupeFindings),
/* harmony export */   c7: () => (/* binding */ selectionWorkload),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   fW: () => (/* binding */ selectorName),
/* harmony export */   je: () => (/* binding */ selectorKey),
/* harmony export */   ze: () => (/* binding */ labelsMatch)
/* harmony export */ });
/* unused harmony exports DEFAULT_NAMESPACE, controllerOf */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19413);
/**
 * The inventory the meshes decide over: workloads (pod templates of Deployments, StatefulSets, DaemonSets,
 * ReplicaSets, Jobs, CronJobs and bare Pods), namespaces and Services, read from parsed objects. Pure: no I/O.
 *
 * What runs, when the objects carry it (a live cluster): a controller's running Pods (found through their
 * controller ownerReferences, Pod → ReplicaSet → Deployment, Pod → Job → CronJob) stand for it, and the workload is
 * judged by its pod rather than its template. Sidecars are injected into the pod when it is created, not into the
 * template (istio.io/latest/docs/setup/additional-setup/sidecar-injection: "automatic injection occurs at the
 * pod-level. You won't see any change to the deployment itself"; Linkerd's proxy injector patches the pod and copies
 * the namespace's config annotations onto it, linkerd2 controller/proxy-injector/webhook.go); ambient enrollment and
 * opt-out are pod labels; Linkerd's policy controller reads the pod's own annotations
 * (policy-controller/k8s/index/src/inbound/pod.rs). So the pod's containers, labels and annotations are the facts.
 * A workload without a running pod is judged by its template (`noRunningPod`), and the evaluation says so.
 */

/** A selection evaluated as a workload: it carries no ports it does not name, no containers, no annotations. */
function selectionWorkload(s) {
    return {
        namespace: s.namespace,
        name: s.workload,
        kind: 'Selection',
        labels: s.labels,
        annotations: {},
        ports: [],
        containerNames: [],
        ref: { kind: 'Selection', namespace: s.namespace, name: s.workload, file: null, line: null },
        origin: { file: null, line: null },
        templatePath: [],
        selection: s,
    };
}
/** `{app=a,tier=b}`: the key of a selector's selection. */
function selectorName(selector) {
    return `{${Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}}`;
}
/** Labels of a representative pod of a LabelSelector (matchLabels, first `In` value, `Exists` keys). */
function representativeLabels(selector, key = (k) => k) {
    const labels = {};
    for (const [k, v] of Object.entries(stringMap(get(selector, ['matchLabels']))))
        labels[key(k)] = v;
    const exprs = get(selector, ['matchExpressions']);
    for (const e of Array.isArray(exprs) ? exprs : []) {
        const k = key(String(get(e, ['key']) ?? ''));
        const values = get(e, ['values']);
        if (get(e, ['operator']) === 'In' && Array.isArray(values) && values.length > 0)
            labels[k] = String(values[0]);
        else if (get(e, ['operator']) === 'Exists')
            labels[k] = '';
    }
    return labels;
}
/** The key of a selector: matchLabels, then each expression spelled out (`tier in (a,b)`). */
function selectorKey(selector, key = (k) => k) {
    const parts = Object.entries(stringMap(get(selector, ['matchLabels']))).map(([k, v]) => `${key(k)}=${v}`);
    const exprs = get(selector, ['matchExpressions']);
    for (const e of Array.isArray(exprs) ? exprs : []) {
        const values = get(e, ['values']);
        const op = String(get(e, ['operator']) ?? '');
        parts.push(`${key(String(get(e, ['key']) ?? ''))} ${op}${Array.isArray(values) && values.length ? ` (${values.map(String).join(',')})` : ''}`);
    }
    return `{${parts.join(',')}}`;
}
const TEMPLATE_PATHS = {
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
    Pod: [],
};
const DEFAULT_NAMESPACE = 'default';
/**
 * Namespaces that workloads live in but that are not among the inputs: their injection labels and annotations are
 * unknown, and the workloads are taken as outside the mesh. Said once per namespace, so users add the Namespace.
 */
function unknownNamespaces(inv) {
    const out = new Map();
    for (const w of inv.workloads) {
        if (!inv.namespaces.get(w.namespace)?.ref)
            out.set(w.namespace, [...(out.get(w.namespace) ?? []), w]);
    }
    return out;
}
function stringMap(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return {};
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null && v !== undefined)
            out[k] = String(v);
    return out;
}
function get(value, path) {
    let cur = value;
    for (const part of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[part];
    }
    return cur;
}
function namespaceOf(object) {
    const ns = object.metadata?.namespace;
    return typeof ns === 'string' && ns !== '' ? ns : DEFAULT_NAMESPACE;
}
function buildInventory(objects, options = {}) {
    const inventory = { workloads: [], namespaces: new Map(), services: [], others: [] };
    const candidates = [];
    for (const sourced of objects) {
        const { object, origin } = sourced;
        const kind = typeof object.kind === 'string' ? object.kind : '';
        const templatePath = TEMPLATE_PATHS[kind];
        if (templatePath && isCoreOrApps(object.apiVersion)) {
            candidates.push(sourced);
        }
        else if (kind === 'Namespace' && object.apiVersion === 'v1') {
            const name = String(object.metadata?.name ?? '');
            inventory.namespaces.set(name, {
                name,
                labels: stringMap(object.metadata?.labels),
                annotations: stringMap(object.metadata?.annotations),
                ref: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(object, origin),
            });
        }
        else if (kind === 'Service' && object.apiVersion === 'v1') {
            const ports = Array.isArray(get(object, ['spec', 'ports']))
                ? get(object, ['spec', 'ports'])
                : [];
            inventory.services.push({
                namespace: namespaceOf(object),
                name: String(object.metadata?.name ?? ''),
                selector: stringMap(get(object, ['spec', 'selector'])),
                ports: ports.map((p) => {
                    const port = Number(get(p, ['port']));
                    const target = get(p, ['targetPort']);
                    return {
                        port,
                        targetPort: typeof target === 'number' ? target : typeof target === 'string' ? target : null,
                    };
                }),
            });
        }
        else {
            inventory.others.push(sourced);
        }
    }
    inventory.workloads.push(...resolveWorkloads(candidates, options));
    // Namespaces that only appear in metadata.namespace still exist for the evaluation (with no labels we know of).
    for (const w of inventory.workloads) {
        if (!inventory.namespaces.has(w.namespace)) {
            inventory.namespaces.set(w.namespace, { name: w.namespace, labels: {}, annotations: {}, ref: null });
        }
    }
    return inventory;
}
function isCoreOrApps(apiVersion) {
    return (apiVersion === 'v1' ||
        apiVersion === 'apps/v1' ||
        apiVersion === 'batch/v1' ||
        apiVersion === 'batch/v1beta1');
}
function workloadOf(object, origin, kind, templatePath) {
    const template = templatePath.length === 0 ? object : get(object, templatePath);
    const meta = get(template, ['metadata']);
    const inits = arrayAt(template, ['spec', 'initContainers']) ?? [];
    const containers = [...(arrayAt(template, ['spec', 'containers']) ?? []), ...inits];
    // Sidecars: the containers, and the init containers with restartPolicy Always, which Kubernetes runs for the
    // pod's whole life ("native sidecars", kubernetes.io/docs/concepts/workloads/pods/sidecar-containers); Istio
    // injects istio-proxy so by default since 1.27, Linkerd with proxy.nativeSidecar. A plain init container
    // (istio-init, linkerd-init) has exited before the application starts: it is no sidecar.
    const running = [
        ...(arrayAt(template, ['spec', 'containers']) ?? []),
        ...inits.filter((c) => get(c, ['restartPolicy']) === 'Always'),
    ];
    const ports = [];
    for (const c of containers) {
        for (const p of arrayAt(c, ['ports']) ?? []) {
            const port = Number(get(p, ['containerPort']));
            if (Number.isInteger(port))
                ports.push({ port, name: typeof get(p, ['name']) === 'string' ? get(p, ['name']) : null });
        }
    }
    const name = String(object.metadata?.name ?? '(no name)');
    return {
        namespace: namespaceOf(object),
        name: `${kind}/${name}`,
        kind,
        labels: stringMap(get(meta, ['labels'])),
        annotations: stringMap(get(meta, ['annotations'])),
        ports,
        containerNames: running.map((c) => String(get(c, ['name']) ?? '')),
        ref: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(object, origin),
        origin,
        templatePath,
    };
}
/** Which controller kinds stand for a child of the given kind: the child is made from the controller's template. */
const CONTROLLED_BY = {
    ReplicaSet: new Set(['Deployment']),
    Job: new Set(['CronJob']),
    Pod: new Set(['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController']),
};
/** The controller (ownerReference with `controller: true`) of an object, when it is one that makes it. */
function controllerOf(object) {
    const kinds = CONTROLLED_BY[String(object.kind)];
    const owners = object.metadata?.ownerReferences;
    if (!kinds || !Array.isArray(owners))
        return null;
    const owner = owners.find((o) => o?.controller === true && kinds.has(String(o.kind)));
    return owner ? { kind: owner.kind, name: String(owner.name) } : null;
}
/**
 * Labels the controllers put on each pod (kubernetes.io/docs/reference/labels-annotations-taints): they tell pods
 * of one workload apart, not what the mesh does with them, so pods that differ only in them are judged once.
 */
const PER_POD_LABELS = new Set([
    'pod-template-hash',
    'controller-revision-hash',
    'pod-template-generation',
    'statefulset.kubernetes.io/pod-name',
    'apps.kubernetes.io/pod-index',
    'batch.kubernetes.io/job-name',
    'batch.kubernetes.io/controller-uid',
    'batch.kubernetes.io/job-completion-index',
    'job-name',
    'controller-uid',
]);
/** Annotations the meshes read (injection, ambient, proxy and policy settings); others do not split pods. */
function meshAnnotation(key) {
    return /(^|\.)(istio\.io|linkerd\.io)\//.test(key);
}
/** A pod that has finished (Succeeded, Failed) or is being deleted runs nothing the mesh would judge. */
function isRunning(object) {
    const phase = get(object, ['status', 'phase']);
    return phase !== 'Succeeded' && phase !== 'Failed' && get(object, ['metadata', 'deletionTimestamp']) == null;
}
/**
 * The workloads of the candidates (objects of TEMPLATE_PATHS' kinds): controllers' children (a Deployment's
 * ReplicaSets, a CronJob's Jobs, every controller's Pods) are not workloads of their own when their controller is
 * among the objects; a controller with running pods is judged by them (one workload per distinct set of the facts
 * the meshes read, which is one in a settled cluster), otherwise by its template.
 */
function resolveWorkloads(candidates, options) {
    const key = (ns, kind, name) => `${ns}\u0000${kind}\u0000${name}`;
    const byKey = new Map();
    for (const c of candidates)
        byKey.set(key(namespaceOf(c.object), String(c.object.kind), String(c.object.metadata?.name)), c);
    const parentOf = (c) => {
        const owner = controllerOf(c.object);
        return owner ? byKey.get(key(namespaceOf(c.object), owner.kind, owner.name)) : undefined;
    };
    const topOf = (c) => {
        let top = c;
        for (let parent = parentOf(top), depth = 0; parent && depth < 4; parent = parentOf(top), depth++)
            top = parent;
        return top;
    };
    const podsOf = new Map();
    const tops = [];
    for (const c of candidates) {
        const top = topOf(c);
        if (top === c)
            tops.push(c);
        else if (c.object.kind === 'Pod' && isRunning(c.object))
            podsOf.set(top, [...(podsOf.get(top) ?? []), c]);
    }
    const out = [];
    for (const top of tops) {
        const kind = String(top.object.kind);
        const template = workloadOf(top.object, top.origin, kind, TEMPLATE_PATHS[kind]);
        const pods = podsOf.get(top) ?? [];
        if (pods.length === 0) {
            out.push(options.running && kind !== 'Pod' ? { ...template, noRunningPod: true } : template);
            continue;
        }
        const groups = new Map();
        for (const p of [...pods].sort((a, b) => cmp(String(a.object.metadata?.name), String(b.object.metadata?.name)))) {
            const w = workloadOf(p.object, p.origin, 'Pod', []);
            const k = factsKey(w);
            groups.set(k, [...(groups.get(k) ?? []), w]);
        }
        for (const group of groups.values()) {
            const first = group[0];
            const podName = first.name.slice('Pod/'.length);
            out.push({
                ...template,
                // Pods that differ (a rollout under way) are each a row of their own, named by a pod.
                name: groups.size === 1 ? template.name : `${template.name} (pod ${podName})`,
                labels: first.labels,
                annotations: first.annotations,
                ports: first.ports,
                containerNames: first.containerNames,
                pod: {
                    name: podName,
                    count: group.length,
                    total: pods.length,
                    differences: differences(template, first),
                },
                template,
            });
        }
    }
    return out;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The facts of a pod the meshes read, less what the controllers vary per pod. */
function factsKey(w) {
    const labels = Object.entries(w.labels).filter(([k]) => !PER_POD_LABELS.has(k));
    const annotations = Object.entries(w.annotations).filter(([k]) => meshAnnotation(k));
    return JSON.stringify([
        labels.sort(),
        annotations.sort(),
        [...w.containerNames].sort(),
        w.ports.map((p) => `${p.port}/${p.name ?? ''}`).sort(),
    ]);
}
/** What a pod has that its template has not (or lacks), among the facts the meshes read. */
function differences(template, pod) {
    const out = [];
    for (const c of pod.containerNames)
        if (!template.containerNames.includes(c))
            out.push(`sidecar ${c} added`);
    for (const c of template.containerNames)
        if (!pod.containerNames.includes(c))
            out.push(`container ${c} absent`);
    const compare = (what, t, p, keep) => {
        for (const k of [...new Set([...Object.keys(t), ...Object.keys(p)])].filter(keep).sort()) {
            if (t[k] === p[k])
                continue;
            out.push(p[k] === undefined
                ? `${what} ${k} absent`
                : `${what} ${k}=${p[k]}${t[k] === undefined ? '' : ` (template: ${t[k]})`}`);
        }
    };
    compare('label', template.labels, pod.labels, (k) => !PER_POD_LABELS.has(k));
    compare('annotation', template.annotations, pod.annotations, meshAnnotation);
    return out;
}
function arrayAt(value, path) {
    const v = get(value, path);
    return Array.isArray(v) ? v : undefined;
}
/** `matchLabels` semantics (all given labels equal); an empty selector selects everything. */
function labelsMatch(selector, labels) {
    return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
/** A Kubernetes LabelSelector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
function selectorMatches(selector, labels) {
    if (selector === null || selector === undefined)
        return true;
    if (!labelsMatch(stringMap(get(selector, ['matchLabels'])), labels))
        return false;
    const exprs = get(selector, ['matchExpressions']);
    if (!Array.isArray(exprs))
        return true;
    return exprs.every((e) => {
        const key = String(get(e, ['key']) ?? '');
        const values = (Array.isArray(get(e, ['values'])) ? get(e, ['values']) : []).map(String);
        switch (get(e, ['operator'])) {
            case 'In':
                return key in labels && values.includes(labels[key]);
            case 'NotIn':
                return !(key in labels) || !values.includes(labels[key]);
            case 'Exists':
                return key in labels;
            case 'DoesNotExist':
                return !(key in labels);
            default:
                return false;
        }
    });
}
/** Resolves a port reference (number, numeric string, or a container port name) against a workload's ports. */
function resolvePort(ref, workload) {
    if (typeof ref === 'number')
        return ref;
    if (typeof ref === 'string') {
        if (/^\d+$/.test(ref))
            return Number(ref);
        return workload.ports.find((p) => p.name === ref)?.port ?? null;
    }
    return null;
}
/** A finding about a policy is said once, however many workloads and selections it reaches. */
function dedupeFindings(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.code}\u0000${f.message}\u0000${f.file}\u0000${f.line}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   bp: () => (/* binding */ untrusted)
/* harmony export */ });
/* unused harmony export clip */
/**
 * Escaping for text we did not write: scenario names, notes, reasons and thresholds can come from an artifact
 * that a fork PR produced, and the report is posted with the workflow's token.
 */
// Entities rather than backslashes, because the same text lands in table cells, inline HTML (`<code>`) and HTML
// blocks (`<summary>`), and only entities mean the same thing in all three. `&#124;` does not split a table cell.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '\\': '&#92;',
    '[': '&#91;',
    ']': '&#93;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    // GitHub renders text between two dollar signs as math.
    $: '&#36;',
    '#': '&#35;',
    // Mentions, issue references and autolinks are found in the rendered text, after entities are decoded, so an
    // entity alone would still ping: a zero-width space after the trigger is what breaks them.
    '@': '@&#8203;',
    '://': ':&#8203;//',
};
/** Makes untrusted text inert in GitHub markdown: one line, no markup, no HTML, no mentions or issue links. */
function escapeMarkdown(text) {
    return (text
        .replace(/\r\n|[\n\r\t\v\f\u2028\u2029]/g, ' ')
        // Other control characters and bidi overrides could disguise the text; they never belong in a name.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/:\/\/|[&<>|`\\[\]*_~$#@]/g, (c, at, s) => c === '#' && /\d/.test(s[at + 1] ?? '') ? '#&#8203;' : ENTITY[c]));
}
/** Shortens text to at most `max` characters, so one huge name or note cannot crowd out the report. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    // Do not leave half of a surrogate pair behind.
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}…`;
}
/** Untrusted text, clipped and escaped: the one way such text enters the report. */
function untrusted(text, max = 300) {
    return escapeMarkdown(clip(text, max));
}


/***/ }),

/***/ 53754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o9: () => (/* binding */ MAX_ARTIFACT_BYTES),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony exports parseResults, writeResults */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66303);
/**
 * Reading and writing results artifacts. An artifact may come from another run, another branch or (in report
 * mode) a fork's pull request, so reading treats it as untrusted: size-limited, version-checked, schema-validated.
 */




/** Far above any real artifact (a 10-scenario run with 10 repetitions is ~1 MB), far below what hurts a runner. */
const MAX_ARTIFACT_BYTES = 64 * 2 ** 20;
function parseResults(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not valid JSON (${e.message}); expected a mesh-mtls-gate results file`, file);
    }
    const version = json?.schemaVersion;
    if (version === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("field 'schemaVersion' is missing: not a mesh-mtls-gate results file (build one with 'mesh-mtls-gate results')", file);
    }
    if (version !== _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RESULTS_SCHEMA_VERSION */ .q3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`field 'schemaVersion': this version of mesh-mtls-gate reads results schema ${_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RESULTS_SCHEMA_VERSION */ .q3}, the file has ${JSON.stringify(version)}; ` +
            'measure the baseline again with the same gate version (there is no migration from unknown versions)', file);
    }
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .Results */ .nB.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssue */ .n6)(issue, file));
    }
    return parsed.data;
}
async function readResults(file) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read the results file (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ioReason */ .Ny)(e)})`, file);
    }
    const size = info.size;
    if (info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('is a folder; expected a results file (JSON, from mesh-mtls-gate results or a run)', file);
    if (size > MAX_ARTIFACT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`results file is ${size} bytes, over the ${MAX_ARTIFACT_BYTES}-byte limit`, file);
    }
    return parseResults(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
}
async function writeResults(file, results) {
    const text = JSON.stringify(Results.parse(results), null, 2) + '\n';
    try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EISDIR')
            throw new InputError('is a folder; expected the path of a results file to write', file);
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new InputError(`cannot write here: a part of the path is a file, not a folder (${code})`, file);
        if (code === 'EACCES' || code === 'EROFS')
            throw new InputError(`cannot write the results file (${code})`, file);
        throw e;
    }
}


/***/ }),

/***/ 97528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ percentile)
/* harmony export */ });
/* unused harmony exports mergeHistograms, scaleHistogram */
/**
 * The value below which `percentile`% of the samples fall, interpolated linearly inside the bucket that holds it.
 * Like Fortio: the first 1/count of the distribution is the minimum, 100 is the maximum.
 */
function percentile(h, p) {
    if (h.count === 0 || h.buckets.length === 0)
        throw new RangeError('percentile of an empty histogram');
    if (p >= 100)
        return h.max;
    let previous = 100 / h.count;
    if (p <= previous)
        return h.min;
    let cumulative = 0;
    for (const b of h.buckets) {
        cumulative += b.count;
        const percent = (100 * cumulative) / h.count;
        if (p <= percent)
            return b.start + ((p - previous) / (percent - previous)) * (b.end - b.start);
        previous = percent;
    }
    return h.max;
}
/**
 * Pools histograms (repetitions of one scenario) into one. Fortio's bucket edges come from a fixed grid, except
 * that the first starts at the run's minimum and the last ends at its maximum; so buckets are split on the union
 * of all edges and each bucket's count is spread over its pieces in proportion to their width, the same
 * within-bucket uniformity that the percentile interpolation assumes. Counts stay integers by largest remainder.
 */
function mergeHistograms(histograms) {
    const nonEmpty = histograms.filter((h) => h.count > 0);
    if (nonEmpty.length === 0)
        return { count: 0, min: 0, max: 0, sum: 0, buckets: [] };
    const edges = [...new Set(nonEmpty.flatMap((h) => h.buckets.flatMap((b) => [b.start, b.end])))].sort((a, b) => a - b);
    const counts = new Array(Math.max(edges.length - 1, 1)).fill(0);
    const index = new Map(edges.map((e, i) => [e, i]));
    for (const h of nonEmpty) {
        for (const b of h.buckets)
            addSpread(counts, edges, index.get(b.start), index.get(b.end), b);
    }
    const buckets = [];
    if (edges.length === 1)
        buckets.push({ start: edges[0], end: edges[0], count: sum(nonEmpty.map((h) => h.count)) });
    else
        counts.forEach((count, i) => {
            if (count > 0)
                buckets.push({ start: edges[i], end: edges[i + 1], count });
        });
    return {
        count: sum(nonEmpty.map((h) => h.count)),
        min: Math.min(...nonEmpty.map((h) => h.min)),
        max: Math.max(...nonEmpty.map((h) => h.max)),
        sum: sum(nonEmpty.map((h) => h.sum)),
        buckets,
    };
}
function addSpread(counts, edges, from, to, b) {
    if (to <= from) {
        // A zero-width bucket (all samples at one value): it belongs to the piece that starts there.
        counts[Math.min(from, counts.length - 1)] += b.count;
        return;
    }
    const width = b.end - b.start;
    const shares = [];
    for (let i = from; i < to; i++)
        shares.push({ i, exact: (b.count * (edges[i + 1] - edges[i])) / width });
    let given = 0;
    for (const s of shares) {
        const whole = Math.floor(s.exact);
        counts[s.i] += whole;
        given += whole;
    }
    shares.sort((x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)));
    for (let k = 0; given < b.count; k++, given++)
        counts[shares[k % shares.length].i] += 1;
}
/** Multiplies every latency by `factor`: what a uniform slowdown does to a histogram (used by the benchmark). */
function scaleHistogram(h, factor) {
    return {
        count: h.count,
        min: h.min * factor,
        max: h.max * factor,
        sum: h.sum * factor,
        buckets: h.buckets.map((b) => ({ start: b.start * factor, end: b.end * factor, count: b.count })),
    };
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}


/***/ }),

/***/ 66303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nB: () => (/* binding */ Results),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports HistogramBucket, LatencyHistogram, Percentiles, Repetition, ResourceRole, ContainerUsage, ResourceSample, ScenarioSettings, ScenarioResults, VerifiedToolRecord, Fingerprint, TELEMETRY_OUTCOMES, MtlsEntry */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16435);
/**
 * The results artifact, schema v1: what one gate run measured, in a form another run can be compared with.
 * Plain data only. `scripts/write-schema.mjs` turns these schemas into `schema/results-v1.schema.json`.
 */

const RESULTS_SCHEMA_VERSION = 1;
/** One histogram bucket as Fortio writes it, in seconds; counts are per bucket, not cumulative. */
const HistogramBucket = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    start: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    end: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
});
const LatencyHistogram = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    sum: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    buckets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(HistogramBucket),
});
/** Percentiles in seconds, keyed by the percentile as a string: `"50"`, `"99"`, `"99.9"`. */
const Percentiles = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+(\.\d+)?$/), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative());
const Repetition = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** 0-based order of the repetition within its side of the run. */
    index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    startTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** Requested queries per second; `"max"` when Fortio ran unthrottled. */
    requestedQps: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('max')]),
    actualQps: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    actualDurationSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    connections: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Response counts by code: HTTP status (`"-1"` is a socket error) or gRPC status name. */
    codes: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative()),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    latency: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        avg: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        stddev: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        percentiles: Percentiles,
        histogram: LatencyHistogram,
    }),
    /** Actual QPS fell more than 5% short of the requested QPS: latencies suffer coordinated omission. */
    saturated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** Where it came from (a file name or `exec:<pod>`), for the report's evidence. */
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const ResourceRole = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['proxy', 'app', 'data-plane']);
const ContainerUsage = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    namespace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    pod: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    container: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** proxy: a sidecar in the pod; data-plane: node-level (ztunnel, cilium-agent...); app: everything else. */
    role: ResourceRole,
    cpuMillicores: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    memoryMiB: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
});
const ResourceSample = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** The repetition this sample was taken during, when known. */
    repetition: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    timestamp: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    containers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ContainerUsage),
});
const ScenarioSettings = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    protocol: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['http', 'h2', 'grpc']),
    /** Requested QPS; `"max"` for unthrottled. */
    qps: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('max')]),
    connections: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
    payloadBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const ScenarioResults = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    settings: ScenarioSettings,
    repetitions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Repetition),
    resources: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ResourceSample),
    /**
     * Set when the run looked after every block and could stop early (sequential stopping): the most repetitions per
     * side it could have taken. The compare spends the false-alarm rate over the same looks, so its verdict is the
     * run's. Absent or null: a fixed number of repetitions.
     */
    maxRepetitions: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable().optional(),
});
/** A binary the run downloaded, and how its SHA-256 was established (src/tools/download.ts). */
const VerifiedToolRecord = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    /** pinned: in the gate's source; given: by the user; published: the release's checksum file at checksumUrl. */
    verifiedBy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pinned', 'given', 'published']),
    checksumUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const Fingerprint = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** The downloaded tools (kind, the mesh CLI) with the digests they were verified by; [] when none. */
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(VerifiedToolRecord).default([]),
    mesh: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() })
        .nullable(),
    kubernetesVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    nodeImage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    runner: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ os: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), arch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }),
    fortio: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) }),
});
/** One (namespace, workload, port) of the mTLS matrix; filled by the validator. */
/**
 * What the mesh's own counters say the gate's traffic to a workload was: mutual TLS, plaintext, both, held for
 * authentication (Cilium), refused, nothing counted, or not read (no source, a failed scrape). Defined here, not in
 * the vocabulary, because this module is loaded on its own by scripts/write-schema.mjs.
 */
const TELEMETRY_OUTCOMES = [
    'mtls',
    'plaintext',
    'mixed',
    'authenticated',
    'refused',
    'no-traffic',
    'not-read',
];
const MtlsEntry = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    namespace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    workload: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    port: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['STRICT', 'PERMISSIVE', 'DISABLE']),
    decidedBy: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    live: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['refused', 'accepted', 'not-probed']).default('not-probed'),
    /** What the mesh's own counters say the gate's measured traffic was (the gate's server row only). */
    telemetry: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TELEMETRY_OUTCOMES).default('not-read'),
    /** The counters behind it, e.g. `istio_requests_total{connection_security_policy="mutual_tls"} 1200`. */
    telemetryDetail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const Results = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(RESULTS_SCHEMA_VERSION),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('mesh-mtls-gate'), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    fingerprint: Fingerprint,
    scenarios: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ScenarioResults),
    /** The mTLS matrix; null until the validator has run. */
    mtls: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ mesh: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MtlsEntry) }).nullable(),
    /** What the reader of the verdict must know about how it was measured (e.g. client and server on one node). */
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
});


/***/ }),

/***/ 87507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ installTool),
/* harmony export */   Tv: () => (/* binding */ downloadSpecFor),
/* harmony export */   jN: () => (/* binding */ currentPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * How a pinned release binary is described and turned into a verified download: the shape of a pin (where a
 * project publishes its release assets and checksum files, and the SHA-256 digests pinned in the source), the
 * platforms the gate downloads for, and the rule that a pinned digest holds only for the version it was pinned for.
 *
 * Each pin lives with the stage that runs its tool, so that a new mesh's CLI is part of its installer and touches
 * nothing here: kind's in `cluster/kind.ts`, istioctl's in `mesh/istio.ts`, Linkerd's in `mesh/linkerd.ts`,
 * cilium-cli's in `mesh/cilium.ts` (each names the release it was taken from). A pinned digest wins; a version without
 * one (any version a user names, and the defaults where no digest could be pinned from here) is verified against the
 * checksum file the project publishes with that release, unless `verify: pinned` asks for a pin
 * (src/tools/download.ts).
 */

function currentPlatform(os = process.platform, arch = process.arch) {
    if (os === 'linux' && arch === 'x64')
        return 'linux-amd64';
    if (os === 'linux' && arch === 'arm64')
        return 'linux-arm64';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the gate downloads its tools for linux-amd64 and linux-arm64 only; this machine is ${os}-${arch}. ` +
        `Run it on Linux (a GitHub-hosted ubuntu runner, or a Linux VM), or use 'cluster: existing' from there`);
}
/** What to download for a pinned tool: any version; the source's digest only for the version it was pinned for. */
function downloadSpecFor(pin, platform, override = {}) {
    const version = override.version ?? pin.version;
    const pinned = version === pin.version ? pin.sha256[platform] : null;
    const sha256 = override.sha256?.toLowerCase() ?? pinned;
    return {
        name: pin.name,
        version,
        url: pin.url(platform, version),
        sha256,
        ...(sha256 ? { pinnedBy: override.sha256 ? 'user' : 'source' } : {}),
        checksumUrl: pin.checksumUrl(platform, version),
        archive: pin.archive,
        binary: pin.binary,
    };
}
/** Downloads (verified, once per run) and unpacks a tool; returns its executable and how it was verified. */
async function installTool(pin, options) {
    return options.store.fetch(downloadSpecFor(pin, options.platform, options.override));
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The gate's own version, recorded in every results artifact. Kept in step with package.json by a unit test. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 47819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ CLUSTER_KINDS),
/* harmony export */   Sc: () => (/* binding */ MESHES),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   dq: () => (/* binding */ REQUIREMENTS),
/* harmony export */   fh: () => (/* binding */ MODE_RANK),
/* harmony export */   hY: () => (/* binding */ defaultRequirement),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   z0: () => (/* binding */ VERIFY_POLICIES)
/* harmony export */ });
/* unused harmony exports SIDES, MTLS_MODES, ENFORCED_REQUIREMENTS */
/**
 * The words the whole pipeline shares, each list written once: the action's inputs, the CLI's options, the gate
 * config, the docs tests and the stages all take their names from here. A stage never defines a list another stage
 * or the inputs also need, and this module imports nothing, so every floor can use it.
 *
 * Adding a mesh: one entry in MESHES, its installer (`mesh/`) and its evaluator (`mtls/`). The compiler then points
 * at every `switch` and `Record<MeshName, …>` that must name it.
 */
/** The meshes the gate installs and evaluates. `istio-ambient` is Istio's sidecar-less data plane. */
const MESHES = ['istio', 'istio-ambient', 'linkerd', 'cilium', 'none'];
/** The two sides of an A/B measurement: the base branch's configuration and the pull request's (head). */
const SIDES = (/* unused pure expression or super */ null && (['base', 'head']));
/**
 * A workload's effective inbound mTLS mode, weakest first. STRICT: only mTLS-authenticated peers; PERMISSIVE: mTLS
 * and plaintext; DISABLE: plaintext.
 */
const MTLS_MODES = ['DISABLE', 'PERMISSIVE', 'STRICT'];
/** Weakest (0) to strictest: the order of MTLS_MODES. */
const MODE_RANK = Object.fromEntries(MTLS_MODES.map((m, i) => [m, i]));
/** The weakest mTLS mode every meshed workload must have; `none` skips the check. */
const REQUIREMENTS = ['strict', 'permissive', 'none'];
const ENFORCED_REQUIREMENTS = REQUIREMENTS.filter((r) => r !== 'none');
/**
 * The requirement when the user names none (the action's `require-mtls`, the CLI's `--require`): strict, except
 * with `mesh: none`, where no workload can have mutual TLS; that run measures, and its live probe checks that
 * plaintext is accepted. A detected mesh (null here) is never `none`.
 */
function defaultRequirement(mesh) {
    return mesh === 'none' ? 'none' : 'strict';
}
/** The scenario sets a run measures when the gate config names none (see pipeline/profiles.ts). */
const PROFILES = ['quick', 'thorough', 'published'];
/** Where the gate measures: a kind cluster it creates, a cluster given by kubeconfig, EKS, GKE. */
const CLUSTER_KINDS = ['kind', 'existing', 'eks', 'gke'];
/** Which verdicts fail the step (the action's `fail-on`, the CLI's exit code). */
const FAIL_ON = ['regression', 'inconclusive', 'never'];
/**
 * How a download the source pins no SHA-256 for is verified (the action's `verify`, the gate config's
 * `mesh.verify`, the CLI's `--verify`): published against the checksum file the project publishes with the
 * release; pinned refuses it.
 */
const VERIFY_POLICIES = ['published', 'pinned'];


/***/ })

};
