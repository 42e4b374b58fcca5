__version__ = "0.1.0"

#: File name of the published JSON Schema of a record (its major version is the record format's).
SCHEMA_FILENAME = "govdocs-record.v1.schema.json"
