//! Built-in mappings for the exports people really have. Each is a TOML mapping file shipped
//! in the crate (`presets/NAME.toml`), readable with [`text`] so that users can copy and adapt
//! it.

use super::mapping::Mapping;

/// The presets: name, what it reads, and its mapping text.
const PRESETS: [(&str, &str, &str); 7] = [
    ("standard", "celonis-scim's own CSV columns and JSON keys", include_str!("../../../presets/standard.toml")),
    ("entra", "Microsoft Entra ID \"Download users\" CSV", include_str!("../../../presets/entra.toml")),
    ("okta", "Okta users CSV export", include_str!("../../../presets/okta.toml")),
    ("gam", "Google Workspace users from GAM `print users` (CSV)", include_str!("../../../presets/gam.toml")),
    ("google-directory", "Google Workspace Directory API users JSON", include_str!("../../../presets/google-directory.toml")),
    ("workday", "Workday RaaS worker report JSON", include_str!("../../../presets/workday.toml")),
    ("ldif", "LDAP / Active Directory LDIF export", include_str!("../../../presets/ldif.toml")),
];

/// Every preset's name and what it reads.
pub fn list() -> impl Iterator<Item = (&'static str, &'static str)> {
    PRESETS.iter().map(|(name, about, _)| (*name, *about))
}

/// A preset's mapping as TOML (its documentation too), when there is one by that name.
pub fn text(name: &str) -> Option<&'static str> {
    PRESETS.iter().find(|(n, ..)| n.eq_ignore_ascii_case(name)).map(|(.., text)| *text)
}

/// A preset's mapping as TOML, or the `validation` error (attribute `mapping`) naming the
/// presets there are.
pub fn mapping_text(name: &str) -> crate::Result<&'static str> {
    text(name).ok_or_else(|| {
        let names: Vec<&str> = list().map(|(n, _)| n).collect();
        super::mapping_error(vec![format!("no preset {name:?} (there are {})", names.join(", "))])
    })
}

/// A preset's mapping, or the error of [`mapping_text`].
pub(super) fn get(name: &str) -> crate::Result<Mapping> {
    // The presets are part of the crate and checked by its tests: they always parse.
    toml::from_str(mapping_text(name)?).map_err(|e| super::mapping_error(vec![format!("preset {name:?}: {e}")]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_is_sound() {
        for (name, _) in list() {
            let mapping: Mapping = toml::from_str(text(name).unwrap()).unwrap_or_else(|e| panic!("preset {name}: {e}"));
            assert!(mapping.preset.is_none(), "{name} stands alone");
            assert!(mapping.user_name.is_some(), "{name} gives a userName");
            assert_eq!(mapping.problems(), Vec::<String>::new(), "preset {name}");
        }
        assert!(get("ENTRA").is_ok() && get("nope").is_err());
    }
}
