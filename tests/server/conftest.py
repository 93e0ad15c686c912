from tests.server.support import (  # noqa: F401 - fixtures
    db_url,
    live_server,
    pg_cluster,
    server_factory,
    sqlite_url,
)
