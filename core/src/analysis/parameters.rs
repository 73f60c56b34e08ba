//! Parameters by path, the way OpenFisca names them: a variant of a pack overrides named
//! parameters (`weights.cost`, `default_horizon_years`, …), never rules. The names are not
//! listed by hand: they are the leaves of the serialized parameters, in declaration order.

use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::input::parse::parse_value;
use crate::message::Arg;
use crate::model::pack::{Parameters, PolicyPack};
use crate::pack::Policy;
use crate::text::Text;
use crate::words::w;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

fn bad(path: &str, message: Text) -> Problem {
    Problem::new(ErrorCode::InvalidParameter, path, message)
}

/// Every parameter path of `params`, in the pack's order.
pub fn parameter_paths(params: &Parameters) -> Vec<String> {
    parameter_values(params).into_iter().map(|(path, _)| path).collect()
}

/// The parameters as `(path, value)`, in the pack's order; an unset optional parameter is
/// `null`.
pub fn parameter_values(params: &Parameters) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Ok(text) = serde_json::to_string(params) {
        let mut de = serde_json::Deserializer::from_str(&text);
        // The text was just written by serde_json, so it reads back.
        let _ = Leaves { prefix: String::new(), out: &mut out }.deserialize(&mut de);
    }
    out
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Collects the leaves of a JSON document as `(dotted path, value)` in document order.
struct Leaves<'a> {
    prefix: String,
    out: &'a mut Vec<(String, Value)>,
}

impl<'de> DeserializeSeed<'de> for Leaves<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Leaves<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("parameters")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let out = self.out;
        while let Some(key) = map.next_key::<String>()? {
            map.next_value_seed(Leaves { prefix: join(&self.prefix, &key), out: &mut *out })?;
        }
        Ok(())
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.out.push((self.prefix, Value::from(v)));
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.out.push((self.prefix, Value::from(v)));
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.out.push((self.prefix, Value::from(v)));
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.out.push((self.prefix, Value::from(v)));
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.out.push((self.prefix, Value::Null));
        Ok(())
    }
}

/// Sets `value` at the dotted `path` of a serialized parameters object.
fn set_path(params: &mut Value, path: &str, value: Value) -> bool {
    let (parent, leaf) = match path.rsplit_once('.') {
        Some((parent, leaf)) => (format!("/{}", parent.replace('.', "/")), leaf),
        None => (String::new(), path),
    };
    match params.pointer_mut(&parent).and_then(Value::as_object_mut) {
        Some(object) => {
            object.insert(leaf.to_owned(), value);
            true
        }
        None => false,
    }
}

impl PolicyPack {
    /// A variant of this pack with parameters overridden by path (see [`parameter_paths`]).
    /// Its version records the overrides, e.g. `2016.1+weights.cost=3`; the rules stay as
    /// they are. The variant is validated like any pack when it is compiled.
    pub fn with_overrides(&self, overrides: &BTreeMap<String, Value>) -> Result<PolicyPack, Error> {
        let paths = parameter_paths(&self.parameters);
        let mut problems = Vec::new();
        let mut params = serde_json::to_value(&self.parameters).unwrap_or(Value::Null);
        for (name, value) in overrides {
            let path = format!("overrides.{name}");
            if !paths.contains(name) || !set_path(&mut params, name, value.clone()) {
                let list = crate::text::id_list(&paths);
                let shown = quote(name);
                let hint = w!(ParametersOneList { list: Arg::Str(list.to_string().into()) }).text();
                let message = w!(ParametersUnknownParameterShown { shown: Arg::Str(shown.to_string().into()) }).text();
                problems.push(bad(&path, message).with_hint(hint));
            }
        }
        let mut pack = self.clone();
        if problems.is_empty() {
            match parse_value::<Parameters>(params) {
                Ok(p) => pack.parameters = p,
                Err(p) => problems.push(bad(&format!("overrides.{}", p.path), p.message)),
            }
        }
        if let Some(p) = Problems::from_vec(problems) {
            return Err(Error::InvalidPolicy(p));
        }
        if !overrides.is_empty() {
            let suffix: Vec<String> = overrides.iter().map(|(k, v)| format!("{k}={v}")).collect();
            pack.version = format!("{}+{}", pack.version, suffix.join(","));
        }
        Ok(pack)
    }
}

impl Policy {
    /// A compiled variant of this policy with named parameters overridden.
    pub fn variant(&self, overrides: &BTreeMap<String, Value>) -> Result<Policy, Error> {
        Policy::from_pack(self.pack().with_overrides(overrides)?)
    }
}

/// Parses `name=value` overrides as the CLI's `--set` gives them; the value is JSON (`3`,
/// `1.5`, `false`, `null`).
pub fn parse_override(text: &str) -> Result<(String, Value), Error> {
    let problem = |message: Text| Error::InvalidPolicy(Problems::one(bad("overrides", message)));
    let shown = quote(text);
    let (name, value) = text.split_once('=').ok_or_else(|| {
        problem(w!(ParametersShownFormNameValue { shown: Arg::Str(shown.to_string().into()) }).text())
    })?;
    let value: Value = serde_json::from_str(value.trim()).map_err(|_| {
        let name = quote(name);
        problem(w!(ParametersValueNameNumberTrue { name: Arg::Str(name.to_string().into()) }).text())
    })?;
    Ok((name.trim().to_owned(), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_leaves_of_the_serialized_parameters() {
        let policy = Policy::sll_2016().unwrap();
        assert_eq!(
            parameter_paths(policy.parameters()),
            vec![
                "weights.cost",
                "weights.strategic_importance",
                "weights.delivery_ability",
                "default_horizon_years",
                "materiality_threshold_sek",
                "strict_order"
            ]
        );
    }

    #[test]
    fn an_override_of_the_wrong_type_is_an_error_at_its_path() {
        let policy = Policy::sll_2016().unwrap();
        for (name, value) in [
            ("weights.cost", Value::from("high")),
            ("default_horizon_years", Value::from(1.5)),
            ("strict_order", Value::Null),
        ] {
            let overrides = BTreeMap::from([(name.to_owned(), value)]);
            let err = policy.variant(&overrides).unwrap_err();
            assert_eq!((err.code(), err.path()), (ErrorCode::InvalidParameter, format!("overrides.{name}").as_str()));
        }
        let overrides = BTreeMap::from([("materiality_threshold_sek".to_owned(), Value::from(100_000))]);
        assert_eq!(policy.variant(&overrides).unwrap().parameters().materiality_threshold_sek, Some(100_000));
        let overrides = BTreeMap::from([("weights".to_owned(), Value::from(3))]);
        assert_eq!(policy.variant(&overrides).unwrap_err().code(), ErrorCode::InvalidParameter);
    }
}
