"""Background work of the documents registry: bulk imports."""

from celery import shared_task


@shared_task(acks_late=True)
def run_document_import(job_id: int) -> str | None:
    """Validate and write one import job; the job row holds the progress and the report."""
    from vnportal.core.importing import run_job

    from .importers import DocumentImporter
    from .models import DocumentImport

    job = run_job(
        DocumentImport,
        job_id,
        lambda job: DocumentImporter(job.portal, by=job.created_by),
        audit_action="document.import.finish",
    )
    return job.status if job else None
