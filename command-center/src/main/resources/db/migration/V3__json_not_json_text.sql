-- Geometries and snapshots were bound as jsonb from a Java String, which stores a JSON string holding the text
-- instead of the object (the projectors now bind text and cast). Unwrap what was stored that way.
update map_unit set geometry = (geometry #>> '{}')::jsonb where jsonb_typeof(geometry) = 'string';
update unit_rate set snapshot = (snapshot #>> '{}')::jsonb where jsonb_typeof(snapshot) = 'string';
