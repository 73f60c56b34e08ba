//! Co-development partners are regions (policy §5.9 "andra landsting och regioner"): a
//! partner given in a case resolves to one of the pack's regions by its ISO 3166-2:SE code
//! (`SE-M`) or by a name. Names compare with case and the words of a council's name aside
//! ("Region", "landsting", "läns landsting", "i … län"), so that "Region Skåne", "Skåne" and
//! "region skåne" are one region, and "Stockholms läns landsting" is Region Stockholm.

use crate::error::{quote, ErrorCode, Problem};
use crate::message::Arg;
use crate::model::decision::Partner;
use crate::model::pack::Region;
use crate::words::w;
use std::collections::BTreeMap;

/// How many nearest names a hint for an unknown partner lists.
const NEAREST: usize = 3;

/// The words a council's name adds around the county's name.
const COUNCIL_WORDS: &[&str] = &["region", "regionen", "landsting", "landstinget", "i"];

/// The pack's regions, compiled for lookup by code and by name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Regions {
    regions: Vec<Region>,
    /// Every code and normalised name or alias, with the region's index.
    by_key: BTreeMap<String, usize>,
    /// The deciding council's region, which cannot be its own partner.
    own: Option<usize>,
}

/// Lowercases the letters of Swedish names (ASCII and Latin-1) without the Unicode case
/// tables, which would add kilobytes to the browser build.
fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
        _ => c,
    }
}

/// The name as compared: case folded, words split on spaces and hyphens, the council words
/// dropped, and a genitive `s` before "län"/"läns" dropped ("Jönköpings län" → "jönköping").
pub(crate) fn normalise(name: &str) -> String {
    let folded: String = name.chars().map(fold).collect();
    // The words kept, joined by single spaces as they are found.
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        if word == "län" || word == "läns" {
            if out.ends_with('s') {
                out.pop();
            }
        } else if !COUNCIL_WORDS.contains(&word) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// A region's code is `SE-` and one or two capital letters.
fn check_code(problems: &mut Vec<Problem>, i: usize, code: &str) {
    let ok = code
        .strip_prefix("SE-")
        .is_some_and(|l| (1..=2).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_uppercase()));
    if !ok {
        problems.push(
            Problem::new(
                ErrorCode::InvalidValue,
                format!("regions[{i}].code"),
                w!(RegionsIsoSeCode { code: Arg::Str(quote(code).to_string().into()) }).text(),
            )
            .with_hint(w!(REGIONS_E_G_SE_M).text()),
        );
    }
}

/// Indexes region `i` by its code and each of its names; a name that another region has
/// already is a problem.
fn index_names(problems: &mut Vec<Problem>, by_key: &mut BTreeMap<String, usize>, i: usize, r: &Region) {
    let names = std::iter::once(&r.name).chain(&r.aliases).map(|n| normalise(n));
    for (j, key) in std::iter::once(code_key(&r.code)).chain(names).enumerate() {
        let path = match j {
            0 => format!("regions[{i}].code"),
            1 => format!("regions[{i}].name"),
            _ => format!("regions[{i}].aliases[{}]", j - 2),
        };
        if key.is_empty() {
            let message = w!(REGIONS_REGION_S_NAME_EMPTY).text();
            problems.push(Problem::new(ErrorCode::EmptyValue, path, message));
            continue;
        }
        match by_key.get(&key) {
            Some(&other) if other != i => problems.push(Problem::new(
                ErrorCode::DuplicateId,
                path,
                w!(RegionsAlsoNamesRegionsOther {
                    key: Arg::Str(quote(&key).to_string().into()),
                    other: Arg::Str(other.to_string().into())
                })
                .text(),
            )),
            _ => {
                by_key.insert(key, i);
            }
        }
    }
}

/// The key of a code: `SE-M` and `se-m` alike.
fn code_key(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

impl Regions {
    /// Compiles the pack's regions: codes are `SE-` and one or two letters, no two regions
    /// share a code or a name, and the deciding region is one of them. Problems name the
    /// pack's paths.
    pub(crate) fn compile(regions: &[Region], deciding: Option<&str>) -> Result<Regions, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut by_key = BTreeMap::new();
        for (i, r) in regions.iter().enumerate() {
            check_code(&mut problems, i, &r.code);
            index_names(&mut problems, &mut by_key, i, r);
        }
        let own = deciding.and_then(|code| {
            let found =
                by_key.get(&code_key(code)).copied().filter(|&i| regions.get(i).is_some_and(|r| r.code == code));
            if found.is_none() {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    "deciding_region",
                    w!(RegionsCodeOnePackS { code: Arg::Str(quote(code).to_string().into()) }).text(),
                ));
            }
            found
        });
        if problems.is_empty() {
            Ok(Regions { regions: regions.to_vec(), by_key, own })
        } else {
            Err(problems)
        }
    }

    /// Resolves a partner given in a case at `path`.
    pub(crate) fn resolve(&self, given: &str, path: &str) -> Result<(usize, Partner), Problem> {
        if self.regions.is_empty() {
            return Ok((usize::MAX, Partner { code: None, name: given.trim().to_owned() }));
        }
        let found = self.by_key.get(&code_key(given)).or_else(|| self.by_key.get(&normalise(given))).copied();
        let Some((index, region)) = found.and_then(|i| self.regions.get(i).map(|r| (i, r))) else {
            return Err(self.unknown(given, path));
        };
        if Some(index) == self.own {
            return Err(Problem::new(
                ErrorCode::InvalidPartner,
                path,
                w!(RegionsDecidingCouncilSOwn {
                    code: Arg::Str(region.code.to_string().into()),
                    given: Arg::Str(quote(given).to_string().into()),
                    name: Arg::Str(region.name.to_string().into())
                })
                .text(),
            )
            .with_hint(w!(REGIONS_CO_DEVELOPMENT_PARTNER_ANOTHER).text()));
        }
        Ok((index, Partner { code: Some(region.code.clone()), name: region.name.clone() }))
    }

    /// The error for a partner that is no region, naming the nearest regions.
    fn unknown(&self, given: &str, path: &str) -> Problem {
        let key = normalise(given);
        let others = self.by_key.iter().filter(|(_, &i)| Some(i) != self.own).map(|(name, _)| name.as_str());
        let mut regions: Vec<&Region> = Vec::new();
        for name in crate::text::nearest(&key, others, usize::MAX) {
            let region = self.by_key.get(name).and_then(|&i| self.regions.get(i));
            if let Some(r) = region.filter(|r| !regions.iter().any(|x| x.code == r.code)) {
                regions.push(r);
            }
        }
        let names: Vec<String> = regions.iter().take(NEAREST).map(|r| format!("`{}` (`{}`)", r.name, r.code)).collect();
        let hint = if names.is_empty() {
            w!(REGIONS_GIVE_REGION_S_NAME).text()
        } else {
            let list = crate::text::join(&names, ", ");
            w!(RegionsDidYouMeanList { list: Arg::Str(list.to_string().into()) }).text()
        };
        let shown = quote(given);
        let message = w!(RegionsShownOneSwedenS { shown: Arg::Str(shown.to_string().into()) }).text();
        Problem::new(ErrorCode::UnknownPartner, path, message).with_hint(hint)
    }

    /// How many regions the pack lists.
    pub(crate) fn len(&self) -> usize {
        self.regions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions() -> Regions {
        let pack: crate::model::pack::PolicyPack = serde_json::from_str(crate::pack::SLL_2016_JSON).unwrap();
        Regions::compile(&pack.regions, pack.deciding_region.as_deref()).unwrap()
    }

    #[test]
    fn names_compare_with_case_and_council_words_aside() {
        assert_eq!(normalise("Region Skåne"), "skåne");
        assert_eq!(normalise("REGION SKÅNE"), "skåne");
        assert_eq!(normalise("Stockholms läns landsting"), "stockholm");
        assert_eq!(normalise("Landstinget i Jönköpings län"), "jönköping");
        assert_eq!(normalise("Region Jämtland-Härjedalen"), "jämtland härjedalen");
    }

    #[test]
    fn a_partner_resolves_by_code_or_name() {
        let r = regions();
        for given in ["SE-M", "se-m", "Region Skåne", "Skåne", "skåne", "Skåne läns landsting"] {
            let (_, p) = r.resolve(given, "p").unwrap();
            assert_eq!((p.code.as_deref(), p.name.as_str()), (Some("SE-M"), "Region Skåne"), "{given}");
        }
        let (_, p) = r.resolve("Västra Götalandsregionen", "p").unwrap();
        assert_eq!(p.code.as_deref(), Some("SE-O"));
        let (_, p) = r.resolve("Region Västra Götaland", "p").unwrap();
        assert_eq!(p.code.as_deref(), Some("SE-O"));
        let (_, p) = r.resolve("Region Jönköpings län", "p").unwrap();
        assert_eq!(p.code.as_deref(), Some("SE-F"));
    }

    #[test]
    fn an_unknown_partner_gets_the_nearest_names_and_the_own_region_is_refused() {
        let r = regions();
        let p = r.resolve("Region Skone", "candidates[0].partners[0]").unwrap_err();
        assert_eq!((p.code, p.path.as_str()), (ErrorCode::UnknownPartner, "candidates[0].partners[0]"));
        let hint = p.hint.clone().unwrap_or_default();
        assert!(hint.en.starts_with("did you mean `Region Skåne` (`SE-M`)"), "{p:?}");
        assert!(hint.sv.starts_with("menade du `Region Skåne` (`SE-M`)"), "{p:?}");
        for own in ["SE-AB", "Region Stockholm", "Stockholms läns landsting", "SLL"] {
            let p = r.resolve(own, "x").unwrap_err();
            assert_eq!(p.code, ErrorCode::InvalidPartner, "{own}");
        }
        // The own region is never suggested.
        let p = r.resolve("Stockholmm", "x").unwrap_err();
        assert!(!p.hint.unwrap_or_default().en.contains("SE-AB"));
    }

    #[test]
    fn the_pack_lists_the_21_regions() {
        let pack: crate::model::pack::PolicyPack = serde_json::from_str(crate::pack::SLL_2016_JSON).unwrap();
        assert_eq!(pack.regions.len(), 21);
        let mut bad = pack.regions.clone();
        if let Some(second) = bad.get_mut(1) {
            second.aliases.push("Skåne".into());
        }
        let problems = Regions::compile(&bad, Some("SE-AB")).unwrap_err();
        assert_eq!(problems.first().map(|p| p.code), Some(ErrorCode::DuplicateId));
        assert!(Regions::compile(&pack.regions, Some("SE-QQQ")).is_err());
    }
}
