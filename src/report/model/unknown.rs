//! Fields of an object that this version does not know, kept so that nothing is lost.

use std::fmt;

/// Fields of an object that this version does not know, with their JSON values in the file's
/// order: kept so that writing the report back loses nothing a newer program put there. Reads as
/// a `serde_json::Map`; an object without any (the usual case) holds one empty pointer, so that
/// figures stay small.
#[derive(Clone, Default)]
pub struct Unknown(Option<Box<serde_json::Map<String, serde_json::Value>>>);

/// The fields of an object that has none.
static NO_FIELDS: std::sync::LazyLock<serde_json::Map<String, serde_json::Value>> =
    std::sync::LazyLock::new(serde_json::Map::new);

impl Unknown {
    /// No fields.
    pub fn new() -> Self {
        Self(None)
    }

    /// True when the object has no unknown fields.
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|m| m.is_empty())
    }
}

impl std::ops::Deref for Unknown {
    type Target = serde_json::Map<String, serde_json::Value>;

    fn deref(&self) -> &Self::Target {
        self.0.as_deref().unwrap_or(&NO_FIELDS)
    }
}

impl std::ops::DerefMut for Unknown {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.0.get_or_insert_with(Box::default)
    }
}

impl PartialEq for Unknown {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl fmt::Debug for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl IntoIterator for Unknown {
    type Item = (String, serde_json::Value);
    type IntoIter = serde_json::map::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        self.0.map(|m| *m).unwrap_or_default().into_iter()
    }
}

impl<'a> IntoIterator for &'a Unknown {
    type Item = (&'a String, &'a serde_json::Value);
    type IntoIter = serde_json::map::Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        (**self).iter()
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for Unknown {
    fn from(map: serde_json::Map<String, serde_json::Value>) -> Self {
        Self((!map.is_empty()).then(|| Box::new(map)))
    }
}

impl serde::Serialize for Unknown {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Unknown {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_json::Map::deserialize(deserializer).map(Self::from)
    }
}
