"""TLS with throwaway CAs (trustme): the right CA is accepted; another CA and a wrong
host name are refused before anything is sent. Plain http only to this computer."""

from __future__ import annotations

import pytest
import trustme

from mfd_desktop.errors import UserError
from mfd_desktop.sync.transport import normalise_server_url
from tests.sync.conftest import make_service, outbox_rows, release_stats


@pytest.fixture
def tls_server(tmp_path, server_factory, sqlite_url):
    ca = trustme.CA()
    cert = ca.issue_cert("localhost")
    chain = tmp_path / "server.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(chain))
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    live = server_factory(sqlite_url, certfile=str(chain), keyfile=str(chain))
    return live, ca_file


def test_right_ca_is_accepted(vault, tls_server):
    live, ca_file = tls_server
    service = make_service(vault, ca_file=str(ca_file))
    result = service.enroll(f"https://localhost:{live.port}", live.enrollment_code())
    assert result.server_url.startswith("https://localhost:")
    release_stats(vault, "Mainz-Caritas")
    assert service.push_pending().sent == 1


def test_certificate_from_another_ca_is_refused(vault, tls_server, tmp_path):
    live, _ca_file = tls_server
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    service = make_service(vault, ca_file=str(other))
    with pytest.raises(UserError, match="nicht vertrauenswürdig"):
        service.enroll(f"https://localhost:{live.port}", live.enrollment_code())


def test_system_store_does_not_trust_a_private_ca(vault, tls_server):
    live, _ca_file = tls_server
    service = make_service(vault)  # no CA file: operating system's trust store
    with pytest.raises(UserError, match="nicht vertrauenswürdig"):
        service.enroll(f"https://localhost:{live.port}", live.enrollment_code())


def test_wrong_host_name_is_refused(vault, tls_server):
    live, ca_file = tls_server
    service = make_service(vault, ca_file=str(ca_file))
    # the certificate names "localhost", not 127.0.0.1
    with pytest.raises(UserError, match="passt nicht zu seiner Adresse"):
        service.enroll(f"https://127.0.0.1:{live.port}", live.enrollment_code())


def test_push_with_wrong_ca_keeps_the_item(vault, tls_server, tmp_path):
    live, ca_file = tls_server
    service = make_service(vault, ca_file=str(ca_file))
    service.enroll(f"https://localhost:{live.port}", live.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    service.ca_file = str(other)
    result = service.push_pending()
    assert result.outcome == "offline" and "nicht vertrauenswürdig" in result.message_de
    assert outbox_rows(vault)[0][2] == "pending"


@pytest.mark.parametrize("url", ["http://stats.example.org", "http://10.0.0.5:8000",
                                 "ftp://localhost", "statistik.example.org",
                                 "https://user:pw@stats.example.org"])
def test_refused_urls(url):
    with pytest.raises(UserError):
        normalise_server_url(url)


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1:9", "http://[::1]:80",
                                 "https://stats.example.org/"])
def test_allowed_urls(url):
    assert normalise_server_url(url) == url.rstrip("/")


def test_missing_ca_file_is_a_clear_error(vault, tmp_path):
    service = make_service(vault, ca_file=str(tmp_path / "nope.pem"))
    with pytest.raises(UserError, match="CA-Datei"):
        service.enroll("https://localhost:1", "AAAA")
