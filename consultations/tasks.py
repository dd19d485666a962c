from celery import shared_task

from consultations.services.automation import consultation_auto_advance


@shared_task(name="consultations.tasks.auto_advance", acks_late=True)
def auto_advance(consultation_id: int) -> str | None:
    return consultation_auto_advance(consultation_id=consultation_id)
