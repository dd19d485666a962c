"""In Korean, in a real Chromium: a city official reports an outcome measurement from the portal, SMG staff
accept it in the admin, and the official sees it charted."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from consultations.models import IndicatorMeasurement, MeasurementStatus
from tests import factories
from tests.browser.conftest import ARTIFACTS, sign_in
from tests.portal.conftest import PDF_BYTES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_official_reports_staff_accepts_official_sees_it_charted(
    new_page, live_server, case_a, official_a, staff_officer
):
    for user in (official_a, staff_officer):
        user.preferred_language = "ko"
        user.save(update_fields=["preferred_language"])
    case_a.stage = "follow_up"
    case_a.save(update_fields=["stage"])
    indicator = factories.OutcomeIndicatorFactory(
        consultation=case_a,
        name="U-Money 이용 통근자 비율",
        baseline=Decimal("0"),
        baseline_on=datetime.date(2015, 1, 1),
        target=Decimal("70"),
        reporting_interval_months=6,
    )
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2015, 10, 31), value=40)
    with translation.override("ko"):
        report_label = translation.gettext("Report the measurement")
        reported_text = translation.gettext(
            "Thank you: the measurement is reported. SMG reviews it before it counts in the chart."
        )
        pending_label = str(MeasurementStatus.PENDING.label)
        accepted_label = str(MeasurementStatus.ACCEPTED.label)
    base = live_server.url
    case_url = f"{base}/my/consultations/{case_a.pk}/"

    official = new_page()
    sign_in(official, base, "official-a")
    official.goto(case_url)
    assert official.locator("html").get_attribute("lang") == "ko"
    chart = official.locator(f"#indicator-{indicator.pk}-chart")
    assert chart.locator("circle.chart-point").count() == 1
    prefix = f"#id_m{indicator.pk}"
    official.fill(f"{prefix}-value", "68")
    official.fill(f"{prefix}-measured_on", "2016-10-31")
    official.fill(f"{prefix}-source", "ICLEI 사례 연구")
    official.set_input_files(
        f"{prefix}-evidence", files=[{"name": "u-money.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}]
    )
    with official.expect_navigation():
        official.get_by_role("button", name=report_label).click()
    assert reported_text in official.locator("main").inner_text()
    measurement = IndicatorMeasurement.objects.get(measured_on=datetime.date(2016, 10, 31))
    assert (measurement.status, measurement.evidence.original_name) == ("pending", "u-money.pdf")
    assert pending_label in chart.locator("table").inner_text()
    assert chart.locator("circle.chart-point").count() == 1  # pending does not count yet

    staff = new_page()
    staff.goto(f"{base}/admin/login/")
    staff.fill("#id_username", "staff-officer")
    staff.fill("#id_password", "pw")
    with staff.expect_navigation():
        staff.click("input[type=submit]")
    staff.goto(f"{base}/admin/consultations/indicatormeasurement/{measurement.pk}/change/")
    assert staff.locator("html").get_attribute("lang") == "ko"
    staff.select_option("#id_decision", "accept")
    with staff.expect_navigation():
        staff.click("input[name=_save]")
    measurement.refresh_from_db()
    assert measurement.status == "accepted"

    official.goto(case_url)
    assert chart.locator("circle.chart-point").count() == 2
    rows = chart.locator("table tbody").inner_text()
    assert "68" in rows and accepted_label in rows
    assert chart.locator("svg.line-chart line.chart-target").count() == 1
    official.screenshot(path=str(ARTIFACTS / "outcome-charted-ko.png"), full_page=True)
