//! Tolerant reading of SCIM documents.
//!
//! SCIM attribute names are case-insensitive (RFC 7643 §2.1), and Celonis sends booleans as
//! strings (`"sendEmailOnInvitation": "true"`). The `scim_struct!` macro declares a model whose
//! `Deserialize` matches names case-insensitively in one streaming pass, reads fields through
//! tolerant wrapper types, hoists attributes out of extension containers, and keeps every
//! attribute it does not know in `extra` so that it survives a round trip.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde_json::{Map, Value};

/// Declares a SCIM model struct with tolerant, case-insensitive `Deserialize`.
///
/// Each field is `"jsonName" => rust_name: Type` or `"jsonName" => rust_name: Type as Via`,
/// where `Via` is a tolerant wrapper that converts `Into<Type>`. `containers = [...]` lists
/// extension URNs whose object value is read as if its attributes stood at the top level.
macro_rules! scim_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $json:literal => $field:ident : $ty:ty $(as $via:ty)?, )*
        }
        containers = [$($urn:expr),* $(,)?];
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
        pub struct $name {
            $(
                #[doc = concat!("The SCIM attribute `", $json, "`.")]
                $(#[$fmeta])*
                #[serde(rename = $json, skip_serializing_if = "crate::model::lenient::IsEmpty::is_empty")]
                pub $field: $ty,
            )*
            /// Attributes this client does not model, kept so that they survive a round trip.
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let mut out = $name::default();
                d.deserialize_map(crate::model::lenient::FillVisitor(&mut out))?;
                Ok(out)
            }
        }

        impl crate::model::lenient::Fill for $name {
            const NAME: &'static str = stringify!($name);

            fn fill<'de, A: serde::de::MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error> {
                while let Some(key) = map.next_key::<crate::model::lenient::Key<'de>>()? {
                    let k: &str = &key.0;
                    $(
                        if k.eq_ignore_ascii_case($json) {
                            self.$field = scim_struct!(@read map, $ty $(, $via)?);
                            continue;
                        }
                    )*
                    $(
                        if k.eq_ignore_ascii_case($urn) {
                            map.next_value_seed(crate::model::lenient::FillSeed(&mut *self))?;
                            continue;
                        }
                    )*
                    let v: serde_json::Value = map.next_value()?;
                    self.extra.insert(key.0.into_owned(), v);
                }
                Ok(())
            }
        }
    };
    (@read $map:ident, $ty:ty) => { $map.next_value::<$ty>()? };
    (@read $map:ident, $ty:ty, $via:ty) => { $map.next_value::<$via>()?.into() };
}
pub(crate) use scim_struct;

/// A model that can be filled attribute by attribute from a map (see `scim_struct!`).
pub trait Fill {
    /// The model's name, for error messages.
    const NAME: &'static str;
    /// Reads every entry of `map` into `self`.
    fn fill<'de, A: de::MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error>;
}

/// Visits a map into an existing model.
pub struct FillVisitor<'a, T>(pub &'a mut T);

impl<'de, T: Fill> Visitor<'de> for FillVisitor<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a SCIM {} object", T::NAME)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.0.fill(&mut map)
    }
}

/// Reads an extension container's attributes into the model that holds it.
pub struct FillSeed<'a, T>(pub &'a mut T);

impl<'de, T: Fill> de::DeserializeSeed<'de> for FillSeed<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(FillVisitor(self.0))
    }
}

/// An attribute name, borrowed from the input when it can be.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an attribute name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// A boolean that also accepts `"true"`/`"True"`/`"false"` strings and `null`.
pub struct LenientBool(pub Option<bool>);

impl From<LenientBool> for Option<bool> {
    fn from(v: LenientBool) -> Self {
        v.0
    }
}

impl<'de> Deserialize<'de> for LenientBool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BoolVisitor;
        impl<'de> Visitor<'de> for BoolVisitor {
            type Value = LenientBool;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a boolean or \"true\"/\"false\"")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<LenientBool, E> {
                Ok(LenientBool(Some(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LenientBool, E> {
                match v.trim() {
                    t if t.eq_ignore_ascii_case("true") => Ok(LenientBool(Some(true))),
                    t if t.eq_ignore_ascii_case("false") => Ok(LenientBool(Some(false))),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                }
            }
            fn visit_unit<E: de::Error>(self) -> Result<LenientBool, E> {
                Ok(LenientBool(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<LenientBool, E> {
                Ok(LenientBool(None))
            }
        }
        d.deserialize_any(BoolVisitor)
    }
}

/// A non-negative integer that also accepts a numeric string and `null`.
pub struct LenientU64(pub Option<u64>);

impl From<LenientU64> for Option<u64> {
    fn from(v: LenientU64) -> Self {
        v.0
    }
}

impl<'de> Deserialize<'de> for LenientU64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct U64Visitor;
        impl<'de> Visitor<'de> for U64Visitor {
            type Value = LenientU64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a non-negative integer")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LenientU64, E> {
                Ok(LenientU64(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<LenientU64, E> {
                u64::try_from(v)
                    .map(|v| LenientU64(Some(v)))
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<LenientU64, E> {
                if v >= 0.0 && v.fract() == 0.0 && v < u64::MAX as f64 {
                    Ok(LenientU64(Some(v as u64)))
                } else {
                    Err(E::invalid_value(de::Unexpected::Float(v), &self))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LenientU64, E> {
                v.trim()
                    .parse()
                    .map(|v| LenientU64(Some(v)))
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LenientU64, E> {
                Ok(LenientU64(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<LenientU64, E> {
                Ok(LenientU64(None))
            }
        }
        d.deserialize_any(U64Visitor)
    }
}

/// A list that reads `null` as empty.
pub struct NullableVec<T>(pub Vec<T>);

impl<T> From<NullableVec<T>> for Vec<T> {
    fn from(v: NullableVec<T>) -> Self {
        v.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for NullableVec<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(NullableVec(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default()))
    }
}

/// Whether a field is left out when writing (an absent option, an empty list or map).
pub trait IsEmpty {
    /// True when the value carries nothing worth writing.
    fn is_empty(&self) -> bool;
}

impl<T> IsEmpty for Option<T> {
    fn is_empty(&self) -> bool {
        self.is_none()
    }
}

impl<T> IsEmpty for Vec<T> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

impl IsEmpty for Map<String, Value> {
    fn is_empty(&self) -> bool {
        Map::is_empty(self)
    }
}

/// Looks up an attribute of a JSON object case-insensitively.
pub fn get_ci<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name)
        .or_else(|| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))
}
