"""umbrella workflow: declared sites, admin roles, approvals with approved revisions

Revision ID: 0003
Revises: 0002

- site_profiles: name, Träger and owed period kinds of a declared site.
- admins.role (+ admins.traeger): every account from before becomes an umbrella admin
  with all rights (the server default); admin_sites scopes site admins.
- approvals: the history of the Träger's decisions (approved / returned, comment);
  approved_reports + approved_cells: the approved revisions, kept until a later
  revision is approved.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_profiles",
        sa.Column("site_id", sa.String(length=64),
                  sa.ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("traeger", sa.String(length=200), nullable=False),
        sa.Column("owes", sa.String(length=64), nullable=False),
    )
    op.create_index("ix_site_profiles_traeger", "site_profiles", ["traeger"])
    with op.batch_alter_table("admins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=False,
                                      server_default="umbrella_admin"))
        batch_op.add_column(sa.Column("traeger", sa.String(length=200), nullable=True))
    op.create_table(
        "admin_sites",
        sa.Column("admin_id", sa.Integer(), sa.ForeignKey("admins.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("site_id", sa.String(length=64), sa.ForeignKey("sites.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("site_id", sa.String(length=64), sa.ForeignKey("sites.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("revisions", sa.Text(), nullable=False),
        sa.Column("admin_name", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_approvals_site_period", "approvals", ["site_id", "period"])
    op.create_table(
        "approved_reports",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("approval_id", sa.Integer(),
                  sa.ForeignKey("approvals.id", ondelete="CASCADE"), nullable=False),
        sa.Column("site_id", sa.String(length=64), sa.ForeignKey("sites.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("totals_only", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("site_id", "period", "device_id",
                            name="uq_approved_site_period_device"),
    )
    op.create_index("ix_approved_period_site", "approved_reports", ["period", "site_id"])
    op.create_table(
        "approved_cells",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.Integer(),
                  sa.ForeignKey("approved_reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("measure", sa.String(length=64), nullable=False),
        sa.Column("dimension", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_approved_cells_report", "approved_cells", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_approved_cells_report", table_name="approved_cells")
    op.drop_table("approved_cells")
    op.drop_index("ix_approved_period_site", table_name="approved_reports")
    op.drop_table("approved_reports")
    op.drop_index("ix_approvals_site_period", table_name="approvals")
    op.drop_table("approvals")
    op.drop_table("admin_sites")
    with op.batch_alter_table("admins", schema=None) as batch_op:
        batch_op.drop_column("traeger")
        batch_op.drop_column("role")
    op.drop_index("ix_site_profiles_traeger", table_name="site_profiles")
    op.drop_table("site_profiles")
