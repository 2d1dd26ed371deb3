// One stored conversion model by version.
MATCH (m:ConversionModel {version: $version})
RETURN m {.*} AS model
