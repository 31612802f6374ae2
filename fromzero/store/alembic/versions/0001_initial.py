"""Accounts, classes, progress events, submissions, peer reviews and certificates.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _user_fk(column: str = "user_id") -> list:
    """The column pointing at users.id, and its foreign key (rows go when the user goes)."""
    return [sa.Column(column, sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint([column], ["users.id"], ondelete="CASCADE")]


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        _when("created_at"),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        *_user_fk(),
        _when("created_at"),
        _when("expires_at"),
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.create_table(
        "classes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        *_user_fk("teacher_id"),
        sa.Column("join_code", sa.String(16), nullable=False, unique=True),
        _when("created_at"),
    )
    op.create_index("ix_classes_teacher_id", "classes", ["teacher_id"])
    op.create_table(
        "memberships",
        sa.Column("class_id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), primary_key=True),
        _when("joined_at"),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
    )
    op.create_index("ix_memberships_user_id", "memberships", ["user_id"])
    op.create_table(
        "progress_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_user_fk(),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("module", sa.String(100), nullable=False),
        sa.Column("item", sa.String(100), nullable=True),
        sa.Column("outcome", sa.String(100), nullable=False),
        _when("at"),
        _when("received_at"),
        # the idempotency key: one event id is stored once per learner
        sa.UniqueConstraint("user_id", "event_id"),
    )
    op.create_index("ix_progress_events_user_id", "progress_events", ["user_id"])
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_user_fk(),
        sa.Column("module", sa.String(100), nullable=False),
        sa.Column("slug", sa.String(100), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        _when("created_at"),
    )
    op.create_index("ix_submissions_user_id", "submissions", ["user_id"])
    op.create_table(
        "review_assignments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        *_user_fk("reviewer_id"),
        sa.Column("scores", sa.JSON(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        _when("created_at"),
        _when("submitted_at", nullable=True),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("submission_id", "reviewer_id"),
    )
    op.create_index("ix_review_assignments_submission_id", "review_assignments",
                    ["submission_id"])
    op.create_index("ix_review_assignments_reviewer_id", "review_assignments", ["reviewer_id"])
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_user_fk(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        _when("created_at"),
        sa.UniqueConstraint("user_id"),
    )


def downgrade() -> None:
    for table in ("certificates", "review_assignments", "submissions", "progress_events",
                  "memberships", "classes", "sessions", "users"):
        op.drop_table(table)
