RETURN EXISTS {
  MATCH (o:MediaOutlet) WHERE toLower(o.name) = toLower($name) AND o.id <> coalesce($exceptId, '')
} AS taken
