"""statistics identity bound to its device, takeover codes, sessions tied to passwords

Revision ID: 0002
Revises: 0001

- devices.stats_identity (unique): the one payload device id a device may report under.
  Existing devices are bound where the stored reports are unambiguous: a device that
  sent under exactly one identity that no other device sent under. Any other device
  stays unbound; its first report binds it, and an identity another device already
  used needs a takeover code (`mfd-server enroll-code --takeover`).
- enrollment_codes.takeover_identity.
- admin_sessions.password_tag: sessions from before this revision carry none and are
  no longer valid (every admin logs in once more).
- report_cells.value as BIGINT (PostgreSQL; SQLite integers are 64-bit anyway).
- Stored cells are re-checked against the published vocabulary: cells whose measure,
  dimension or category the vocabulary does not know (free text an older server let
  through) or whose value lies outside 0 … 1,000,000 are deleted; visible values below
  a dimension's own threshold (special needs: 10) become suppressed. The vocabulary
  only ever gains keys, so what this deletes stays invalid.
"""

import sqlalchemy as sa
from alembic import op

from mfd_desktop.stats import vocabulary

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stats_identity", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint("uq_devices_stats_identity", ["stats_identity"])
    with op.batch_alter_table("enrollment_codes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("takeover_identity", sa.String(length=32), nullable=True))
    with op.batch_alter_table("admin_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_tag", sa.String(length=64), nullable=True))
    with op.batch_alter_table("report_cells", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.Integer(), type_=sa.BigInteger(),
                              existing_nullable=True)

    conn = op.get_bind()
    _recheck_cells(conn)
    rows = conn.execute(sa.text("SELECT DISTINCT sender_id, device_id FROM reports")).all()
    by_sender: dict[str, set[str]] = {}
    by_identity: dict[str, set[str]] = {}
    for sender, identity in rows:
        by_sender.setdefault(sender, set()).add(identity)
        by_identity.setdefault(identity, set()).add(sender)
    for sender, identities in sorted(by_sender.items()):
        if len(identities) != 1:
            continue
        identity = next(iter(identities))
        if by_identity[identity] == {sender}:
            conn.execute(sa.text("UPDATE devices SET stats_identity = :i WHERE id = :d"),
                         {"i": identity, "d": sender})


def _recheck_cells(conn) -> None:
    cells = conn.execute(sa.text("SELECT DISTINCT measure, dimension, category "
                                 "FROM report_cells")).all()
    for measure, dimension, category in cells:
        if vocabulary.check_cell(measure, dimension, category) is not None:
            conn.execute(sa.text("DELETE FROM report_cells WHERE measure = :m AND "
                                 "dimension = :d AND category = :c"),
                         {"m": measure, "d": dimension, "c": category})
    conn.execute(sa.text("DELETE FROM report_cells WHERE value < 0 OR value > :top"),
                 {"top": vocabulary.MAX_VALUE})
    for key, dimension in vocabulary.DIMENSIONS.items():
        if dimension.min_k:
            conn.execute(sa.text("UPDATE report_cells SET value = NULL, suppressed = :t "
                                 "WHERE dimension = :d AND value > 0 AND value < :k"),
                         {"t": True, "d": key, "k": dimension.min_k})


def downgrade() -> None:
    with op.batch_alter_table("report_cells", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.BigInteger(), type_=sa.Integer(),
                              existing_nullable=True)
    with op.batch_alter_table("admin_sessions", schema=None) as batch_op:
        batch_op.drop_column("password_tag")
    with op.batch_alter_table("enrollment_codes", schema=None) as batch_op:
        batch_op.drop_column("takeover_identity")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_constraint("uq_devices_stats_identity", type_="unique")
        batch_op.drop_column("stats_identity")
