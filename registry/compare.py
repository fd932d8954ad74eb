"""Comparisons across studies: exact CIs, random-effects pooling, publication families, and
survival curves. Pure functions over the frames ``registry.queries`` returns.

statsmodels and lifelines each take over a second to import, so they are imported inside the
functions that need them.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

POOLED_STUDY_TYPES = ("clinical-trial",)  # record.md: pooled comparisons use only clinical reports
FAMILY_RULES = {
    "largest": "each trial counted once: its report with the most patients (N), the latest on a tie",
    "latest": "each trial counted once: its latest report (year), the one with most patients on a tie",
}
TRANSFORMS = {"logit": "logit", "ft": "Freeman–Tukey double arcsine"}


# ---------------------------------------------------------------- exact intervals

def clopper_pearson(events, n, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Exact binomial (Clopper–Pearson) interval for ``events``/``n``, as proportions 0–1.
    Vectorised; NaN where n is unknown or 0."""
    from scipy.stats import beta
    x = np.asarray(events, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        lo = np.where(x > 0, beta.ppf(alpha / 2, x, n - x + 1), 0.0)
        hi = np.where(x < n, beta.ppf(1 - alpha / 2, x + 1, n - x), 1.0)
    bad = ~(np.isfinite(x) & np.isfinite(n) & (n > 0) & (x >= 0) & (x <= n))
    return np.where(bad, np.nan, lo), np.where(bad, np.nan, hi)


def with_exact_ci(table: pd.DataFrame) -> pd.DataFrame:
    """Adds ``ci_low``/``ci_high`` (percent): exact 95% CIs where events and N are known."""
    lo, hi = clopper_pearson(table["events"], table["N"])
    return table.assign(ci_low=lo * 100, ci_high=hi * 100)


# ---------------------------------------------------------------- random-effects pooling

@dataclass(frozen=True)
class Pooled:
    """A random-effects pooled proportion (percent) with its 95% CI and prediction interval.
    ``i2`` is a fraction (0–1); ``tau2`` is on the transformed scale."""
    k: int
    events: int
    n: int
    estimate: float
    ci_low: float
    ci_high: float
    pi_low: float
    pi_high: float
    i2: float
    tau2: float
    q: float
    p_heterogeneity: float
    transform: str

    def describe(self) -> str:
        pi = (f"; 95% prediction interval {self.pi_low:.1f}–{self.pi_high:.1f}%"
              if not math.isnan(self.pi_low) else "; no prediction interval (needs ≥3 studies)")
        i2 = "n/a" if math.isnan(self.i2) else f"{100 * self.i2:.0f}%"
        return (f"{self.estimate:.1f}% (95% CI {self.ci_low:.1f}–{self.ci_high:.1f}){pi}; "
                f"I² = {i2}, τ² = {self.tau2:.3g}; {self.k} {'study' if self.k == 1 else 'studies'}, "
                f"{self.events}/{self.n} patients")


def _transform(x: np.ndarray, n: np.ndarray, transform: str) -> tuple[np.ndarray, np.ndarray]:
    if transform == "logit":
        # meta::metaprop's default: add 0.5 to both cells only of studies with 0 or n events
        c = np.where((x == 0) | (x == n), 0.5, 0.0)
        return np.log((x + c) / (n - x + c)), 1 / (x + c) + 1 / (n - x + c)
    if transform == "ft":
        y = 0.5 * (np.arcsin(np.sqrt(x / (n + 1))) + np.arcsin(np.sqrt((x + 1) / (n + 1))))
        return y, 1 / (4 * n + 2)
    raise ValueError(f"unknown transform {transform!r}; use one of {sorted(TRANSFORMS)}")


def _back(y: float, transform: str, n_harmonic: float) -> float:
    """Transformed scale → proportion. Freeman–Tukey uses Miller's (1978) inversion at the
    harmonic mean of the sample sizes, as meta::metaprop does."""
    if transform == "logit":
        return float(1 / (1 + np.exp(-y)))
    lo = 0.5 * (math.asin(0) + math.asin(math.sqrt(1 / (n_harmonic + 1))))
    hi = 0.5 * (math.asin(math.sqrt(n_harmonic / (n_harmonic + 1))) + math.asin(1))
    if y <= lo:
        return 0.0
    if y >= hi:
        return 1.0
    t = 2 * y  # Miller's formula is on the sum of the two arcsines
    s = math.sin(t)
    return 0.5 * (1 - math.copysign(1, math.cos(t)) * math.sqrt(max(0.0, 1 - (s + (s - 1 / s) / n_harmonic) ** 2)))


def random_effects(y, v) -> tuple[float, float, float, float, float]:
    """DerSimonian–Laird random effects on any scale, by statsmodels' ``combine_effects``:
    (mean, its standard error, τ², I² as a fraction, Cochran's Q). One study: itself, τ² = 0."""
    y = np.asarray(y, dtype=float)
    v = np.broadcast_to(np.asarray(v, dtype=float), y.shape).astype(float)
    if len(y) == 1:
        return float(y[0]), float(np.sqrt(v[0])), 0.0, math.nan, 0.0
    from statsmodels.stats.meta_analysis import combine_effects
    with np.errstate(invalid="ignore"):  # sqrt of a negative τ² inside statsmodels; handled below
        res = combine_effects(y, v, method_re="dl")
    i2 = max(0.0, float(res.i2))
    if res.tau2 < 0:
        # statsmodels 0.15 does not truncate the DL moment estimate (Q − df)/C at zero when
        # Q < df; DerSimonian–Laird (and R meta/metafor) do, and then RE equals fixed effect
        return float(res.mean_effect_fe), float(res.sd_eff_w_fe), 0.0, i2, float(res.q)
    return float(res.mean_effect_re), float(res.sd_eff_w_re), float(res.tau2), i2, float(res.q)


def pool(events, n, transform: str = "logit", alpha: float = 0.05) -> Pooled:
    """Random-effects pooled proportion: ``transform`` (logit or Freeman–Tukey), DerSimonian–Laird
    τ² (``random_effects``), Wald CI, and the Higgins et al. (2009) prediction interval
    mean ± t(k−2)·√(τ² + SE²), back-transformed. Counts in, percent out."""
    from scipy.stats import chi2, norm, t as t_dist
    x = np.asarray(events, dtype=float)
    n = np.asarray(n, dtype=float)
    if len(x) == 0:
        raise ValueError("nothing to pool")
    y, v = _transform(x, n, transform)
    k = len(x)
    n_harm = float(k / np.sum(1 / n))
    mean, se, tau2, i2, q = random_effects(y, v)
    p_het = float(chi2.sf(q, k - 1)) if k > 1 else math.nan
    z = float(norm.ppf(1 - alpha / 2))
    ci = (mean - z * se, mean + z * se)
    if k >= 3:
        half = float(t_dist.ppf(1 - alpha / 2, k - 2)) * math.sqrt(tau2 + se ** 2)
        pi = (_back(mean - half, transform, n_harm), _back(mean + half, transform, n_harm))
    else:
        pi = (math.nan, math.nan)
    return Pooled(k=k, events=int(x.sum()), n=int(n.sum()),
                  estimate=100 * _back(mean, transform, n_harm),
                  ci_low=100 * _back(ci[0], transform, n_harm), ci_high=100 * _back(ci[1], transform, n_harm),
                  pi_low=100 * pi[0], pi_high=100 * pi[1], i2=i2, tau2=tau2, q=q, p_heterogeneity=p_het,
                  transform=transform)


# ---------------------------------------------------------------- which studies are pooled

def select_for_pooling(table: pd.DataFrame, one_per_family: bool = True, rule: str = "largest",
                       include_retracted: bool = False,
                       study_types: tuple[str, ...] = POOLED_STUDY_TYPES) -> pd.DataFrame:
    """Adds ``pooled`` (bool) and ``why`` (the reason a row is left out, '' if pooled) to a
    ``queries.comparison`` table. Publication families (shared trial ids) count once by
    default, by ``rule`` (FAMILY_RULES); retracted papers are left out unless included."""
    if rule not in FAMILY_RULES:
        raise ValueError(f"unknown family rule {rule!r}; use one of {sorted(FAMILY_RULES)}")
    t = table.copy()
    why = pd.Series("", index=t.index, dtype=object)
    why[t["events"].isna() | t["N"].isna() | (t["N"] <= 0)] = "n/N not stated"
    why[(why == "") & t["retracted"].astype(bool) & (not include_retracted)] = "retracted"
    why[(why == "") & ~t["study_type"].isin(list(study_types))] = "not a clinical trial report"
    if one_per_family and len(t):
        cand = t[why == ""]
        by = ["N", "year"] if rule == "largest" else ["year", "N"]
        ranked = cand.assign(_y=cand["year"].fillna(0)).sort_values(
            by=[b if b != "year" else "_y" for b in by] + ["doc_key"], ascending=[False, False, True])
        chosen = ranked.drop_duplicates("family")
        label_of = dict(zip(chosen["family"], chosen["label"]))
        dup = (why == "") & ~t.index.isin(chosen.index)
        why[dup] = [f"same trial ({f}) as {label_of[f]}: counted once" for f in t.loc[dup, "family"]]
    t["why"] = why
    t["pooled"] = why == ""
    return t


def metaprop_csv(table: pd.DataFrame) -> str:
    """The pooled rows as CSV in the shape R's ``meta::metaprop(event, n, studlab)`` takes:
    columns ``study``, ``events``, ``n``."""
    rows = table[table["pooled"]] if "pooled" in table else table
    out = pd.DataFrame({"study": rows["label"], "events": rows["events"].astype(int),
                        "n": rows["N"].astype(int)})
    buf = io.StringIO()
    out.to_csv(buf, index=False)
    return buf.getvalue()


# ---------------------------------------------------------------- survival curves

@dataclass(frozen=True)
class Curve:
    """A survival curve to draw, in percent. ``kind`` is ``kaplan-meier`` (per-patient data),
    ``kaplan-meier (reconstructed)`` (from a digitised curve with its numbers at risk),
    ``digitised`` (the digitised points as given, no patient numbers), or ``model``; a model
    curve is never data and is labelled so wherever it is shown."""
    kind: str
    label: str
    time: np.ndarray
    survival: np.ndarray
    lower: np.ndarray | None = None
    upper: np.ndarray | None = None
    note: str = ""


def read_curve_csv(path: str | Path) -> pd.DataFrame:
    """A CSV beside a paper: per-patient ``time,event`` or a digitised ``time,survival[,at_risk]``
    (survival as a fraction or percent). Raises ValueError naming the file if it is neither."""
    df = pd.read_csv(path)
    df.columns = [c.strip().lower() for c in df.columns]
    if {"time", "event"} <= set(df.columns) or {"time", "survival"} <= set(df.columns):
        df = df.apply(pd.to_numeric, errors="coerce").dropna(subset=["time"]).sort_values("time")
        if "survival" in df and df["survival"].max() > 1.5:
            df["survival"] = df["survival"] / 100
        return df.reset_index(drop=True)
    raise ValueError(f"{path}: expected columns time,event or time,survival[,at_risk]; got {list(df.columns)}")


def reconstruct_ipd(curve: pd.DataFrame, n0: int) -> tuple[np.ndarray, np.ndarray]:
    """Pseudo patient data from a digitised curve (a simplified Guyot et al. 2012). Each row's
    drop in survival is events at that time among those at risk then; ``at_risk`` (patients
    still followed at that time, as in a risk table) tells how many were censored since the
    previous row, spread evenly over that interval. Returns (durations, event observed)."""
    times = curve["time"].to_numpy(float)
    surv = curve["survival"].to_numpy(float)
    at_risk = curve["at_risk"].to_numpy(float) if "at_risk" in curve else np.full(len(curve), np.nan)
    durations: list[float] = []
    observed: list[int] = []
    n, s_prev, t_prev = float(n0), 1.0, 0.0
    for t, s, ar in zip(times, surv, at_risk):
        if t <= 0:
            continue
        n_event = min(ar, n) if not math.isnan(ar) else n
        c = int(round(n - n_event))
        d = min(max(int(round(n_event * (1 - s / s_prev))), 0), int(n_event)) if s_prev > 0 else 0
        durations += list(np.linspace(t_prev, t, c + 2)[1:-1]) + [t] * d
        observed += [0] * c + [1] * d
        n, s_prev, t_prev = n_event - d, s, t
    rest = int(max(round(n), 0))  # still followed at the last time: censored there
    return np.asarray(durations + [times[-1]] * rest), np.asarray(observed + [0] * rest)


def km_curve(path: str | Path, label: str, n_treated: float | None = None) -> Curve:
    """Kaplan–Meier (lifelines) from the CSV beside a paper; see ``read_curve_csv``."""
    df = read_curve_csv(path)
    if "event" in df:
        durations, observed = df["time"].to_numpy(), df["event"].to_numpy()
        kind, note = "kaplan-meier", f"Kaplan–Meier from per-patient data ({Path(path).name})"
    else:
        n0 = df["at_risk"].iloc[0] if "at_risk" in df and df["time"].iloc[0] <= 0 else n_treated
        if n0 is None or (isinstance(n0, float) and math.isnan(n0)):
            return Curve("digitised", label, df["time"].to_numpy(), 100 * df["survival"].to_numpy(),
                         note=f"digitised curve as given ({Path(path).name}); no numbers at risk, no CI")
        durations, observed = reconstruct_ipd(df, int(n0))
        kind = "kaplan-meier (reconstructed)"
        note = f"Kaplan–Meier reconstructed from the digitised curve ({Path(path).name}), N = {int(n0)}"
    from lifelines import KaplanMeierFitter
    kmf = KaplanMeierFitter().fit(durations, observed)
    sf = kmf.survival_function_.iloc[:, 0]
    ci = kmf.confidence_interval_
    return Curve(kind, label, sf.index.to_numpy(), 100 * sf.to_numpy(),
                 100 * ci.iloc[:, 0].to_numpy(), 100 * ci.iloc[:, 1].to_numpy(), note)


def model_curve(points: pd.DataFrame, label: str) -> Curve | None:
    """A model, not data: survival exponential between the reported landmarks (``months``,
    ``percent``) and medians (50% at ``median_months``), from 100% at time 0, drawn up to the
    last reported time. None when nothing usable is reported."""
    pts = {0.0: 100.0}
    for months, pct, med in zip(points.get("months", []), points.get("percent", []), points.get("median_months", [])):
        if pd.notna(months) and pd.notna(pct) and 0 < pct <= 100:
            pts[float(months)] = float(pct)
        elif pd.notna(med) and med > 0:
            pts[float(med)] = 50.0
    if len(pts) < 2:
        return None
    xs = np.array(sorted(pts))
    ys = np.array([pts[x] for x in xs])
    ys = np.minimum.accumulate(ys)  # survival cannot rise; a later landmark above an earlier one is flattened
    grid = np.linspace(0, xs[-1], 60)
    surv = np.exp(np.interp(grid, xs, np.log(ys)))
    return Curve("model", label, grid, surv,
                 note="model: exponential between reported landmarks (not patient data)")
