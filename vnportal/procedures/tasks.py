"""Background work of the procedures registry: bulk imports."""

from celery import shared_task


@shared_task(acks_late=True)
def run_procedure_import(job_id: int) -> str | None:
    """Validate and write one import job; the job row holds the progress and the report."""
    from vnportal.core.importing import run_job

    from .importers import ProcedureImporter
    from .models import ProcedureImport

    job = run_job(
        ProcedureImport,
        job_id,
        lambda job: ProcedureImporter(national_sync=job.options.get("national_sync", False)),
        audit_action="procedure.import.finish",
    )
    return job.status if job else None
