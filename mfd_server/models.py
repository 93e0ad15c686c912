"""The server's tables (SQLAlchemy 2). Schema changes go through Alembic (mfd_server/alembic).

What is stored: sites, enrolled devices (token only as a SHA-256 hash), one-time
enrolment codes (hashed), one current report per device and period (the validated
payload and its cells, so totals are summed in SQL), idempotency records, admins
(Argon2id password hashes) and admin sessions (hashed ids). No personal data: the
payload schema allows counts and fixed keys only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Issued with `enroll-code --takeover`: the device enrolled with this code takes over
    # this statistics identity (a reinstalled laptop); the old device is revoked.
    takeover_identity: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("stats_identity", name="uq_devices_stats_identity"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # random hex, pseudonymous
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # The one statistics identity (payload `device_id`) this device reports under: bound
    # by its first accepted report, or at enrolment with a takeover code. Unique: no two
    # devices write under one identity.
    stats_identity: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Report(Base):
    """The current report of one device for one period (a higher revision replaces it).

    `device_id` is the pseudonymous statistics identity the device puts into its payloads
    (kept in its vault); only the enrolled device bound to it (`Device.stats_identity`)
    may write it. `sender_id` is the enrolled device (token) that sent the current
    revision.
    """

    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("device_id", "period", name="uq_reports_device_period"),
                      Index("ix_reports_period_site", "period", "site_id"),
                      Index("ix_reports_device", "device_id", "site_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(32))
    sender_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    period: Mapped[str] = mapped_column(String(7))
    period_kind: Mapped[str] = mapped_column(String(10))
    revision: Mapped[int] = mapped_column(Integer)
    suppression_k: Mapped[int] = mapped_column(Integer)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    payload_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReportCell(Base):
    __tablename__ = "report_cells"
    __table_args__ = (Index("ix_report_cells_report", "report_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    measure: Mapped[str] = mapped_column(String(64))
    dimension: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    suppressed: Mapped[bool] = mapped_column(Boolean, default=False)


class IdempotencyRecord(Base):
    """The answer given to one (device, Idempotency-Key); a retry gets the same answer."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("device_id", "key", name="uq_idem_device_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    key: Mapped[str] = mapped_column(String(128))
    request_sha256: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Admin(Base):
    __tablename__ = "admins"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Role and scope (alembic 0003; accounts from before are umbrella admins): see
    # mfd_server/access.py. `traeger` scopes a Träger admin, AdminSite a site admin.
    role: Mapped[str] = mapped_column(String(20), default="umbrella_admin",
                                      server_default="umbrella_admin")
    traeger: Mapped[str | None] = mapped_column(String(200), nullable=True)


class AdminSession(Base):
    __tablename__ = "admin_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    admin_id: Mapped[int] = mapped_column(ForeignKey("admins.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    # SHA-256 of the admin's password hash at login: a session whose admin's password
    # changed since (or that predates this column) is no longer valid.
    password_tag: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


# ----- umbrella workflow (alembic 0003) --------------------------------------------------
#
# Declared sites carry a display name, their Träger and the period kinds they owe
# (`SiteProfile.owes`, e.g. "quarter,year"); admins carry a role and a scope. The Träger's
# decision on a site's figures for a period is kept (`Approval`), and the approved
# revisions are copied (`ApprovedReport`, `ApprovedCell`): a later revision replaces the
# device's current report, never what was approved.

ROLE_UMBRELLA_ADMIN = "umbrella_admin"
ROLE_TRAEGER_ADMIN = "traeger_admin"
ROLE_SITE_ADMIN = "site_admin"
ROLE_READER = "reader"
ROLES = (ROLE_UMBRELLA_ADMIN, ROLE_TRAEGER_ADMIN, ROLE_SITE_ADMIN, ROLE_READER)


class SiteProfile(Base):
    """What the umbrella declares about a site (one row per declared site)."""

    __tablename__ = "site_profiles"
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"),
                                         primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    traeger: Mapped[str] = mapped_column(String(200), index=True)
    owes: Mapped[str] = mapped_column(String(64), default="")  # "quarter,year"


class AdminSite(Base):
    """The sites a site admin administers."""

    __tablename__ = "admin_sites"
    admin_id: Mapped[int] = mapped_column(ForeignKey("admins.id", ondelete="CASCADE"),
                                          primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"),
                                         primary_key=True)


class Approval(Base):
    """One decision of a Träger admin on a site's figures for a period (history)."""

    __tablename__ = "approvals"
    __table_args__ = (Index("ix_approvals_site_period", "site_id", "period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(7))
    decision: Mapped[str] = mapped_column(String(10))  # "approved" | "returned"
    comment: Mapped[str] = mapped_column(Text, default="")
    # the revisions decided on: "<device>:<revision>:<sha256>" lines, sorted
    fingerprint: Mapped[str] = mapped_column(String(64))
    revisions: Mapped[str] = mapped_column(Text)
    admin_name: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApprovedReport(Base):
    """A device report as it was when its site's figures were approved."""

    __tablename__ = "approved_reports"
    __table_args__ = (UniqueConstraint("site_id", "period", "device_id",
                                       name="uq_approved_site_period_device"),
                      Index("ix_approved_period_site", "period", "site_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approvals.id", ondelete="CASCADE"))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(7))
    device_id: Mapped[str] = mapped_column(String(32))
    revision: Mapped[int] = mapped_column(Integer)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    totals_only: Mapped[bool] = mapped_column(Boolean, default=False)


class ApprovedCell(Base):
    __tablename__ = "approved_cells"
    __table_args__ = (Index("ix_approved_cells_report", "report_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("approved_reports.id", ondelete="CASCADE"))
    measure: Mapped[str] = mapped_column(String(64))
    dimension: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    suppressed: Mapped[bool] = mapped_column(Boolean, default=False)
