"""Delivery figures for /metrics: e-mails by status, and the failed ones on their own."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count
from prometheus_client.core import GaugeMetricFamily

from notifications.models import Delivery, DeliveryStatus


def delivery_figures() -> Iterable:
    counts = dict(Delivery.objects.values_list("status").annotate(n=Count("id")).order_by())
    by_status = GaugeMetricFamily("portal_deliveries", "Notification deliveries by status", labels=["status"])
    for status in DeliveryStatus.values:
        by_status.add_metric([status], counts.get(status, 0))
    yield by_status
    failed = GaugeMetricFamily("portal_deliveries_failed", "Deliveries that failed (retried, or given up on)")
    failed.add_metric([], counts.get(DeliveryStatus.FAILED, 0))
    yield failed
