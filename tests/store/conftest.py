from tests.store.databases import db_url  # noqa: F401  (a fixture, used by name)
