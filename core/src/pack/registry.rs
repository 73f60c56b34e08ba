//! A registry of packs over time: it picks the pack in force on a case's date.

use crate::date::Date;
use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::pack::compile::Policy;
use crate::words::w;

/// Packs with their effective dates; no two may be in force on the same day.
#[derive(Debug, Clone)]
pub struct Registry {
    packs: Vec<Policy>,
}

#[cfg(feature = "analysis")]
fn overlap(a: &Policy, b: &Policy) -> bool {
    let ((af, at), (bf, bt)) = (a.validity(), b.validity());
    // Two windows overlap unless one ends before the other starts.
    let before = |end: Option<Date>, start: Option<Date>| matches!((end, start), (Some(e), Some(s)) if e < s);
    !(before(at, bf) || before(bt, af))
}

impl Registry {
    /// The embedded registry: Stockholm County Council's 2016 pack, in force from the
    /// decision memo's date, recording the 2012 IT policy and strategy for IT and eHealth as
    /// superseded.
    pub fn embedded() -> Result<Registry, Error> {
        Ok(Registry::of(Policy::sll_2016()?))
    }

    /// A registry of `packs`; two packs in force on the same day are rejected. Packs over
    /// time are the `analysis` feature's: the browser build holds one pack.
    #[cfg(feature = "analysis")]
    pub fn new(packs: Vec<Policy>) -> Result<Registry, Error> {
        let mut problems = Vec::new();
        for (i, a) in packs.iter().enumerate() {
            for (j, b) in packs.iter().enumerate().skip(i + 1) {
                if overlap(a, b) {
                    problems.push(
                        Problem::new(ErrorCode::NotInForce, format!("packs[{j}]"), {
                            let (a, b) = (quote(&a.pack().id), quote(&b.pack().id));
                            w!(RegistryPacksBBothForce {
                                a: Arg::Str(a.to_string().into()),
                                b: Arg::Str(b.to_string().into())
                            })
                            .text()
                        })
                        .with_hint(w!(REGISTRY_GIVE_THEM_EFFECTIVE_DATES).text()),
                    );
                }
            }
        }
        match Problems::from_vec(problems) {
            Some(p) => Err(Error::InvalidPolicy(p)),
            None => Ok(Registry { packs }),
        }
    }

    /// The packs, in the order given.
    pub fn packs(&self) -> &[Policy] {
        &self.packs
    }

    /// The registry's only pack, for a case without a date; an error when it holds several,
    /// since which one decides then depends on a date the caller must give.
    pub fn only_pack(&self) -> Result<&Policy, Error> {
        match self.packs.as_slice() {
            [only] => Ok(only),
            _ => Err(Error::InvalidCase(Problems::one(
                Problem::new(
                    ErrorCode::NotInForce,
                    "decided_on",
                    w!(RegistryCaseHasDecidedRegistry { packs: Arg::Str(self.packs.len().to_string().into()) }).text(),
                )
                .with_hint(w!(REGISTRY_GIVE_CASE_DECIDED_OR).text()),
            ))),
        }
    }

    /// A registry of one pack: what decides under a single pack decides through the same
    /// [`crate::ffi::run`] as the embedded packs over time.
    pub fn of(policy: Policy) -> Registry {
        Registry { packs: vec![policy] }
    }

    /// The pack that decides `case`: the only one, else the one in force on its
    /// `decided_on` (or `options.as_of`). A single pack checks the date itself, so that its
    /// errors name the field the date came from.
    pub fn deciding(
        &self,
        case: &crate::model::case::Case,
        options: crate::model::decision::DecideOptions,
    ) -> Result<&Policy, Error> {
        #[cfg(feature = "analysis")]
        return match (self.packs.as_slice(), case.decided_on.or(options.as_of)) {
            ([only], _) => Ok(only),
            (_, Some(date)) => self.policy_for(date),
            (_, None) => self.only_pack(),
        };
        // Without `analysis` a registry holds one pack (`Registry::of`, `embedded`).
        #[cfg(not(feature = "analysis"))]
        {
            let _ = (case, options);
            self.newest()
        }
    }

    /// The newest pack (the one in force last), for what carries no date: an organisation's
    /// scope, a classification, the pack itself, the accounts.
    pub fn newest(&self) -> Result<&Policy, Error> {
        #[cfg(feature = "analysis")]
        let newest = self.packs.iter().max_by_key(|p| p.validity().0);
        // Without `analysis` a registry holds one pack.
        #[cfg(not(feature = "analysis"))]
        let newest = self.packs.first();
        newest.ok_or_else(|| {
            Error::InvalidPolicy(Problems::one(Problem::new(
                ErrorCode::MissingField,
                "packs",
                w!(REGISTRY_REGISTRY_HOLDS_PACK).text(),
            )))
        })
    }

    /// The pack with `id` and `version`, if the registry holds it.
    pub fn pack(&self, id: &str, version: &str) -> Option<&Policy> {
        self.packs.iter().find(|p| p.pack().id == id && p.pack().version == version)
    }

    /// The pack with `id` and `version`, else the newest (what a record or a decision names
    /// when this registry does not hold it).
    pub fn named_or_newest(&self, id: &str, version: &str) -> Result<&Policy, Error> {
        self.pack(id, version).map_or_else(|| self.newest(), Ok)
    }

    /// Reads a case strictly under the registry's limits: its only pack's, or the defaults
    /// when it holds several (the deciding pack is known only once the case is read).
    pub fn parse_case(&self, json: &str) -> Result<crate::model::case::Case, Error> {
        match self.packs.as_slice() {
            [only] => only.parse_case(json),
            _ => crate::input::parse::parse(json).map_err(|p| Error::InvalidCase(Problems::one(p))),
        }
    }

    /// The pack in force on `date`; an error naming the superseded documents when none is.
    pub fn policy_for(&self, date: Date) -> Result<&Policy, Error> {
        let mut in_force = self.packs.iter().filter(|p| p.in_force_on(date));
        match (in_force.next(), in_force.next()) {
            (Some(p), None) => Ok(p),
            (Some(a), Some(b)) => Err(Error::InvalidCase(Problems::one(Problem::new(
                ErrorCode::NotInForce,
                "decided_on",
                w!(RegistryPacksBothForceDate {
                    date: Arg::Str(date.to_string().into()),
                    id: Arg::Str(quote(&a.pack().id).to_string().into()),
                    id2: Arg::Str(quote(&b.pack().id).to_string().into())
                })
                .text(),
            )))),
            (None, _) => {
                // The earliest pack that starts after the date knows what it superseded.
                let next = self
                    .packs
                    .iter()
                    .filter(|p| p.validity().0.is_some_and(|f| date < f))
                    .min_by_key(|p| p.validity().0);
                let problem = next.and_then(|p| p.not_in_force(date, "decided_on")).unwrap_or_else(|| {
                    Problem::new(
                        ErrorCode::NotInForce,
                        "decided_on",
                        w!(RegistryPolicyPackForceDate { date: Arg::Str(date.to_string().into()) }).text(),
                    )
                });
                Err(Error::InvalidCase(Problems::one(problem)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "analysis")]
    fn pack_with(id: &str, from: Option<&str>, to: Option<&str>) -> Policy {
        let mut pack: crate::model::pack::PolicyPack = serde_json::from_str(crate::pack::SLL_2016_JSON).unwrap();
        pack.id = id.into();
        pack.valid_from = from.map(str::to_owned);
        pack.valid_to = to.map(str::to_owned);
        pack.supersedes.clear();
        Policy::from_pack(pack).unwrap()
    }

    #[test]
    fn the_embedded_registry_picks_the_2016_pack_and_refuses_2015() {
        let r = Registry::embedded().unwrap();
        assert_eq!(r.policy_for(Date::parse("2018-05-01").unwrap()).unwrap().pack().id, "sll-2016");
        assert_eq!(r.policy_for(Date::parse("2016-09-02").unwrap()).unwrap().pack().id, "sll-2016");
        let err = r.policy_for(Date::parse("2015-06-01").unwrap()).unwrap_err();
        assert_eq!((err.code(), err.path()), (ErrorCode::NotInForce, "decided_on"));
        let text = err.to_string();
        assert!(text.contains("IT policy within Stockholm County Council (2012-03-20)"), "{text}");
        assert!(text.contains("eHealth"), "{text}");
    }

    #[test]
    #[cfg(feature = "analysis")]
    fn overlapping_packs_are_rejected_and_gaps_are_errors() {
        let a = pack_with("a", Some("2010-01-01"), Some("2012-12-31"));
        let b = pack_with("b", Some("2012-06-01"), None);
        let err = Registry::new(vec![a.clone(), b]).unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotInForce);
        let c = pack_with("c", Some("2014-01-01"), None);
        let r = Registry::new(vec![a, c]).unwrap();
        assert_eq!(r.policy_for(Date::parse("2011-01-01").unwrap()).unwrap().pack().id, "a");
        assert!(r.policy_for(Date::parse("2013-01-01").unwrap()).is_err());
        assert_eq!(r.policy_for(Date::parse("2020-01-01").unwrap()).unwrap().pack().id, "c");
    }
}
