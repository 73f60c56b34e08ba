//! Exact scores for the §5.9 supplier criteria.
//!
//! A candidate's total is `(w_c·cost + w_s·(s−1)/4 + w_d·(d−1)/4) / (w_c + w_s + w_d)` with
//! `cost = min TCO in stage / TCO`. Multiplying by the positive constant `4·Σw` gives the
//! fraction `(4·w_c·min + K·TCO) / TCO` with `K = w_s·(s−1) + w_d·(d−1)`, which is compared
//! exactly by cross-multiplication in 192-bit arithmetic: two totals equal as fractions are a
//! tie, whatever order floating point would add them in.

use crate::input::check::CheckedCandidate;
use std::cmp::Ordering;

/// The weights of the three criteria in thousandths, for exact arithmetic; a compiled pack
/// holds them (see [`crate::pack::compile`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MilliWeights {
    pub cost: u64,
    pub strategic_importance: u64,
    pub delivery_ability: u64,
}

impl MilliWeights {
    pub(crate) fn sum(self) -> u64 {
        self.cost + self.strategic_importance + self.delivery_ability
    }
}

/// A candidate's total, exactly, as `numerator / denominator` (scaled by `4·Σw`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ExactTotal {
    numerator: u128,
    denominator: u64,
}

impl ExactTotal {
    /// The total of `c` in a stage whose lowest TCO among candidates that meet the need is
    /// `min_tco`.
    pub(crate) fn new(c: &CheckedCandidate<'_>, min_tco: u64, w: MilliWeights) -> Self {
        let (cost_num, cost_den) = cost_fraction(c.tco, min_tco);
        let k = u128::from(w.strategic_importance) * u128::from(c.strategic_importance.saturating_sub(1))
            + u128::from(w.delivery_ability) * u128::from(c.delivery_ability.saturating_sub(1));
        // Bounds: w ≤ 10^6 < 2^20, cost_num and cost_den ≤ 2^53, scores ≤ 5, so the sum
        // stays below 2^78.
        let numerator = 4 * u128::from(w.cost) * u128::from(cost_num) + k * u128::from(cost_den);
        ExactTotal { numerator, denominator: cost_den }
    }

    /// The total as a number in 0–1 for display.
    pub(crate) fn as_f64(self, w: MilliWeights) -> f64 {
        let scale = 4.0 * w.sum() as f64 * self.denominator as f64;
        if scale == 0.0 {
            0.0
        } else {
            self.numerator as f64 / scale
        }
    }
}

impl Ord for ExactTotal {
    fn cmp(&self, other: &Self) -> Ordering {
        wide_mul(self.numerator, other.denominator).cmp(&wide_mul(other.numerator, self.denominator))
    }
}

impl PartialOrd for ExactTotal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The cost score as a fraction: `min / tco`, or `1/1` when `tco` is 0.
pub(crate) fn cost_fraction(tco: u64, min_tco: u64) -> (u64, u64) {
    if tco == 0 {
        (1, 1)
    } else {
        (min_tco, tco)
    }
}

/// `a · b` as (high 128 bits, low 64 bits): exact for any `a` and a 64-bit `b`.
fn wide_mul(a: u128, b: u64) -> (u128, u64) {
    const LOW: u128 = u64::MAX as u128;
    let b = u128::from(b);
    let low = (a & LOW) * b;
    let high = (a >> 64) * b + (low >> 64);
    // The mask keeps the low 64 bits, so the conversion is exact.
    (high, (low & LOW) as u64)
}

/// Rounds a score to four decimals for display; never `-0` (adding `0.0` turns a negative
/// zero into zero), so every runtime prints `0.0`.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round4_has_no_negative_zero() {
        assert!(round4(-0.00001).is_sign_positive());
        assert_eq!(round4(0.83333), 0.8333);
    }

    #[test]
    fn wide_mul_is_exact_beyond_128_bits() {
        assert_eq!(wide_mul(1, 1), (0, 1));
        assert_eq!(wide_mul(u128::MAX, 2), ((1u128 << 65) - 1, u64::MAX - 1));
        assert_eq!(wide_mul(1 << 64, u64::MAX), (u128::from(u64::MAX), 0));
    }

    #[test]
    fn equal_fractions_compare_equal() {
        let a = ExactTotal { numerator: 6, denominator: 4 };
        let b = ExactTotal { numerator: 3, denominator: 2 };
        assert_eq!(a.cmp(&b), Ordering::Equal);
        let c = ExactTotal { numerator: 7, denominator: 4 };
        assert_eq!(c.cmp(&b), Ordering::Greater);
    }

    #[test]
    fn round4_rounds_for_display() {
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(round4(1.0), 1.0);
    }
}
