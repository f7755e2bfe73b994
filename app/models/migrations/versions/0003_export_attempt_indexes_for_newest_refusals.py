"""export attempt indexes for the newest refusals

The dashboard's open actions list the export errors whose last refusal is newest; with a
backlog it walks the refused attempts newest first, so the status index gets the attempt id
as its second column (PostgreSQL then reads them in order, SQLite already did through the
rowid). A document's last attempt, max(id) per document, is answered from the document index
alone the same way.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 01:30:00.000000
"""

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('export_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_attempts_status'))
        batch_op.drop_index(batch_op.f('ix_export_attempts_document_id'))
        batch_op.create_index('ix_export_attempts_document_attempt', ['document_id', 'id'], unique=False)
        batch_op.create_index('ix_export_attempts_status_attempt', ['status', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('export_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_export_attempts_status_attempt')
        batch_op.drop_index('ix_export_attempts_document_attempt')
        batch_op.create_index(batch_op.f('ix_export_attempts_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_attempts_status'), ['status'], unique=False)
