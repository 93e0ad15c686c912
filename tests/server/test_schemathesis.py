"""A bounded schemathesis run against the published OpenAPI schema of the real server.

Checks: no server errors, documented status codes, content types, response schemas,
invalid data refused, required headers enforced. Not checked: `positive_data_acceptance`
— the server refuses schema-valid payloads on purpose (open periods, another site's
data, small cells above the payload's own k), so "valid by schema" ≠ "acceptable".
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCHEMATHESIS = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "schemathesis"


@pytest.mark.slow
def test_schemathesis_bounded_run(server_factory, sqlite_url, tmp_path):
    exe = str(SCHEMATHESIS) if SCHEMATHESIS.exists() else shutil.which("schemathesis")
    assert exe, "schemathesis is a dev dependency"
    live = server_factory(sqlite_url, device_rate_per_minute=100_000, device_burst=100_000,
                          anon_rate_per_minute=100_000, anon_burst=100_000)
    device = live.enroll()
    result = subprocess.run(
        [exe, "run", f"{live.url}/api/v1/openapi.json", "--max-examples", "60",
         "--seed", "20251", "--request-timeout", "10",
         "--exclude-checks", "positive_data_acceptance",
         "-H", f"Authorization: Bearer {device['token']}",
         "--report-dir", str(tmp_path / "reports"), "--generation-database", ":memory:"],
        capture_output=True, text=True, timeout=150, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
