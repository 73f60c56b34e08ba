//! Objects of tri-state answers (`true`, `false`, or absent when not known), such as a case's
//! `evidence`: one table-driven reader shared by every such object instead of a derived one
//! per struct, which keeps the browser build small. It is as strict as a derived reader: an
//! unknown or repeated field is an error, and so is an array in place of the object.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// What an object of answers says it reads; the input layer words an error of it so.
pub(crate) const ANSWERS: &str = "an object of `true`/`false` answers";

/// Reads an object whose fields are `fields`, each `true`, `false` or `null`; the values in
/// `fields` order, `None` where absent.
pub(crate) fn read<'de, D: Deserializer<'de>>(
    deserializer: D,
    fields: &'static [&'static str],
) -> Result<Vec<Option<bool>>, D::Error> {
    deserializer.deserialize_map(Values { fields, expecting: ANSWERS, of: PhantomData })
}

/// Reads an object whose fields are `fields`, each a string or `null`; the values in
/// `fields` order, `None` where absent. Shared by the small all-text objects of the
/// contract (a justification), for the same reason as [`read`].
pub(crate) fn read_texts<'de, D: Deserializer<'de>>(
    deserializer: D,
    fields: &'static [&'static str],
) -> Result<Vec<Option<String>>, D::Error> {
    deserializer.deserialize_map(Values { fields, expecting: "an object of texts", of: PhantomData })
}

/// The visitor of an object whose known fields all hold a `T` or `null`.
struct Values<T> {
    fields: &'static [&'static str],
    expecting: &'static str,
    of: PhantomData<T>,
}

impl<'de, T: de::Deserialize<'de> + Clone> Visitor<'de> for Values<T> {
    type Value = Vec<Option<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut values: Vec<Option<T>> = vec![None; self.fields.len()];
        let mut seen = vec![false; self.fields.len()];
        while let Some(index) = map.next_key_seed(Field { fields: self.fields })? {
            let value: Option<T> = map.next_value()?;
            match (seen.get_mut(index), values.get_mut(index)) {
                (Some(true), _) => {
                    let name = self.fields.get(index).copied().unwrap_or_default();
                    return Err(de::Error::duplicate_field(name));
                }
                (Some(seen), Some(slot)) => {
                    *seen = true;
                    *slot = value;
                }
                _ => {}
            }
        }
        Ok(values)
    }
}

/// A field name, read as its index in `fields`; an unknown name is an error at the key.
struct Field {
    fields: &'static [&'static str],
}

impl<'de> DeserializeSeed<'de> for Field {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Field {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        self.fields.iter().position(|f| *f == name).ok_or_else(|| de::Error::unknown_field(name, self.fields))
    }
}

/// Declares a struct of tri-state answers with its serialization, its schema and the shared
/// reader: each field an `Option<bool>`, absent when not known.
macro_rules! answers {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* $field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<bool>,
            )*
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                let mut values = crate::model::tristate::read(deserializer, FIELDS)?.into_iter();
                Ok($name { $($field: values.next().flatten(),)* })
            }
        }
    };
}

pub(crate) use answers;

#[cfg(test)]
mod tests {
    use crate::error::ErrorCode;
    use crate::input::parse::parse;
    use crate::model::case::{Case, Evidence};

    #[test]
    fn answers_read_strictly_with_paths() {
        let e: Evidence = parse(r#"{"citizen_facing": true, "entered_once": null, "open_interfaces": false}"#).unwrap();
        assert_eq!((e.citizen_facing, e.entered_once, e.open_interfaces), (Some(true), None, Some(false)));
        assert_eq!(e.implementation_plan, None);
        let p = parse::<Evidence>(r#"{"citizens_happy": true}"#).unwrap_err();
        assert_eq!((p.code, p.path.as_str()), (ErrorCode::UnknownField, "citizens_happy"));
        let p = parse::<Evidence>(r#"{"citizen_facing": "yes"}"#).unwrap_err();
        assert_eq!((p.code, p.path.as_str()), (ErrorCode::WrongType, "citizen_facing"));
        let p = parse::<Evidence>(r#"{"citizen_facing": true, "citizen_facing": false}"#).unwrap_err();
        assert_eq!((p.code, p.path.as_str()), (ErrorCode::DuplicateField, "citizen_facing"));
        // An array is not read by position in place of the object.
        let p = parse::<Evidence>("[true, false]").unwrap_err();
        assert_eq!(p.code, ErrorCode::WrongType);
        let case = r#"{"id":"x","title":"t","requirements":[],"candidates":[],"governing_documents":{"innovation":1}}"#;
        let p = parse::<Case>(case).unwrap_err();
        assert_eq!((p.code, p.path.as_str()), (ErrorCode::WrongType, "governing_documents.innovation"));
    }
}
