"""Build one demo consultation through the real pipeline.

The case is drafted by the city's official and moved stage by stage with
`consultations.services.consultation_move`, by the actor who would really make each move (the city,
SMG staff, the SUSA coordinator, or the system for automatic moves). Before each move the builder
creates what the move's guard asks for: the task force, the analysis report, a site visit with
findings, delivered and acknowledged recommendations, the funding assessment and commitments,
completed milestones, the evaluation. Dates are planned backwards from when the case entered its
current state, and written over the services' "now" at the end of the seed (history rows included).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from consultations.models import (
    Activity,
    ActivityKind,
    Consultation,
    Document,
    DocumentKind,
    FundingAssessment,
    FundingCommitment,
    IndicatorMeasurement,
    MeasurementStatus,
    Message,
    OutcomeIndicator,
    Recommendation,
    SiteVisit,
    StageTransition,
    TaskForceMember,
    TaskForceRole,
    Visibility,
)
from consultations.pipeline import PIPELINE_STAGES, StageKey
from consultations.services import consultation_create_draft, consultation_move
from consultations.services.documents import document_upload
from consultations.services.messages import message_post
from consultations.services.recommendations import recommendation_acknowledge
from consultations.services.task_force import task_force_assign
from demo.data.cases import EXPERT_ACCOUNT, CaseSpec
from demo.data.content import CITY_MESSAGES, INTERNAL_NOTES, SECTOR_CONTENT, STAFF_MESSAGES
from demo.data.funding import EXCHANGE_RATES
from demo.pdf import make_pdf

if TYPE_CHECKING:
    from demo.seeding import Seeder

PIPELINE = [stage.key for stage in PIPELINE_STAGES]
# Days a case typically spends in each state before moving on (a case's spec may override them).
DEFAULT_DAYS = {
    StageKey.DRAFT: 8,
    StageKey.REQUEST: 4,
    StageKey.SCREENING: 24,
    StageKey.TASK_FORCE: 16,
    StageKey.ANALYSIS: 45,
    StageKey.SITE_VISIT: 30,
    StageKey.CONSULTING: 75,
    StageKey.IMPLEMENTATION: 280,
    StageKey.FOLLOW_UP: 160,
}
OPEN_END_STATES = ("", StageKey.ON_HOLD)  # the case is still open at the end of the seed


@dataclass
class Step:
    state: str
    days: int = 0  # days spent in this state before the next step
    note: str = ""
    kind: str = "enter"  # enter, hold, resume, end
    at: datetime.datetime | None = None


class CaseBuilder:
    def __init__(self, seeder: Seeder, spec: CaseSpec, index: int):
        self.s = seeder
        self.spec = spec
        self.index = index
        self.city = seeder.cities[spec.city]
        self.official = seeder.officials[spec.city]
        self.city_language = "es" if self.official.preferred_language == "es" else "en"
        self.content = SECTOR_CONTENT[spec.sectors[0]]
        self.steps = self._plan()
        self.case: Consultation | None = None
        self.members: list[Any] = []  # experts on the task force
        self.smg_lead = seeder.users[spec.smg_lead or "staff"]
        self.coordinator = seeder.users[spec.coordinator] if spec.coordinator else None
        self.is_open = spec.end in OPEN_END_STATES and spec.reach != StageKey.DRAFT

    # -- the timeline ----------------------------------------------------------------------------------
    def _plan(self) -> list[Step]:
        spec = self.spec
        steps = [Step(StageKey.DRAFT)]
        if spec.reach != StageKey.DRAFT:
            for key in PIPELINE[: PIPELINE.index(spec.reach) + 1]:
                steps.append(Step(key))
                hold = next((hold for hold in spec.holds if hold.stage == key), None)
                if hold is not None:
                    steps.append(Step(StageKey.ON_HOLD, days=hold.days, note=hold.reason, kind="hold"))
                    steps.append(Step(key, note=hold.resume_note, kind="resume"))
        if spec.end:
            steps.append(Step(spec.end, note=spec.end_note, kind="end"))
        # Days in each state; a stage interrupted by a hold is split around it.
        for position, step in enumerate(steps[:-1]):
            if step.kind == "hold":
                continue
            total = spec.durations.get(step.state, DEFAULT_DAYS[step.state])
            interrupted = position + 1 < len(steps) and steps[position + 1].kind == "hold"
            resumed = step.kind == "resume"
            step.days = max(1, total // 2) if interrupted else max(1, total - total // 2) if resumed else total
        if isinstance(spec.entered, datetime.date):
            anchor = timezone.make_aware(datetime.datetime.combine(spec.entered, datetime.time(10, 30)))
        else:
            anchor = self.s.now - datetime.timedelta(days=spec.entered, hours=1 + self.index % 5)
        steps[-1].at = anchor
        for position in range(len(steps) - 2, -1, -1):
            previous = steps[position + 1].at
            assert previous is not None
            steps[position].at = previous - datetime.timedelta(days=steps[position].days, minutes=17 * position)
        return steps

    def entered(self, state: str) -> datetime.datetime:
        return next(step.at for step in self.steps if step.state == state)  # type: ignore[return-value]

    def left(self, state: str) -> datetime.datetime:
        """When the case left `state` for good (now, if it is still there)."""
        positions = [position for position, step in enumerate(self.steps) if step.state == state]
        after = positions[-1] + 1
        return self.steps[after].at if after < len(self.steps) else self.s.now  # type: ignore[return-value]

    def during(self, state: str, fraction: float) -> datetime.datetime:
        start, end = self.entered(state), self.left(state)
        return min(start + (end - start) * fraction, self.s.now - datetime.timedelta(hours=2))

    def day(self, state: str, fraction: float) -> datetime.date:
        return timezone.localdate(self.during(state, fraction))

    # -- the build ---------------------------------------------------------------------------------------
    def build(self) -> Consultation:
        spec = self.spec
        self.case = consultation_create_draft(
            city=self.city,
            actor=self.official,
            data={
                "title": spec.title,
                "challenge": spec.challenge,
                "expected_outcomes": spec.expected_outcomes or self._expected_outcomes(),
                "budget_situation": spec.budget,
                "budget_notes": BUDGET_NOTES[spec.budget],
                "contact_name": self.official.get_full_name(),
                "contact_email": self.official.email,
                "sectors": [self.s.sectors[key] for key in spec.sectors],
                "sdgs": [self.s.sdgs[number] for number in spec.sdgs],
                "policy_modules": [self.s.modules[slug] for slug in spec.modules],
            },
        )
        # Built step by step on purpose: the system must not move the case further than planned.
        Consultation.objects.filter(pk=self.case.pk).update(auto_advance=False)
        self.case.auto_advance = False
        if spec.companies:
            self.case.companies.set([self.s.companies[key] for key in spec.companies])
        if self.index % 3 == 0:
            self.upload(
                self.official,
                DocumentKind.REQUEST_ATTACHMENT,
                "Request background note",
                [spec.challenge, spec.expected_outcomes or self._expected_outcomes()],
                when=self.during(StageKey.DRAFT, 0.6),
            )
        transitions: list[tuple[int, datetime.datetime]] = []
        for position in range(1, len(self.steps)):
            previous, step = self.steps[position - 1], self.steps[position]
            if step.kind == "end" and step.state != StageKey.CLOSED:
                self.partial(previous.state)
            elif step.kind in ("enter", "end"):
                self.complete(previous.state)
            # A hold interrupts the stage's work, which is completed after the case resumes.
            actor, note, target = self.mover(previous, step)
            consultation_move(consultation=self.case, target=target, actor=actor, note=note)
            transition = StageTransition.objects.filter(consultation=self.case).order_by("-id").first()
            assert transition is not None
            transitions.append((transition.pk, step.at))  # type: ignore[arg-type]
            if step.state == StageKey.REQUEST:
                self.post(
                    self.official,
                    CITY_MESSAGES[self.city_language]["submitted"],
                    when=step.at + datetime.timedelta(hours=1),
                )  # type: ignore[operator]
        if not self.spec.end:
            self.partial(self.steps[-1].state)
        self._date_case(transitions)
        self.case.refresh_from_db()
        return self.case

    def mover(self, previous: Step, step: Step) -> tuple[Any, str, str]:
        """Who makes this move, with which note, to which target."""
        if step.kind == "hold":
            return self.smg_lead, step.note, StageKey.ON_HOLD
        if step.kind == "resume":
            return self.smg_lead, step.note, "resume"
        target = step.state
        if target == StageKey.REQUEST:
            return self.official, "", target
        if target == StageKey.WITHDRAWN:
            return self.official, step.note, target
        if target in (StageKey.DECLINED, StageKey.ON_HOLD):
            return self.smg_lead, step.note, target
        if target == StageKey.CLOSED:
            return self.smg_lead, step.note, target
        if target == StageKey.TASK_FORCE:
            return self.smg_lead, "Eligible and a good fit with the Seoul policy module.", target
        if target in (StageKey.SITE_VISIT, StageKey.CONSULTING) and self.coordinator and self.index % 2 == 0:
            return self.coordinator, "", target
        return None, "", target  # the system moves on by itself once the exit condition is met

    def _date_case(self, transitions: list[tuple[int, datetime.datetime]]) -> None:
        for pk, when in transitions:
            self.s.stamp(StageTransition, pk, created_at=when)
        first, last = self.steps[0].at, self.steps[-1].at
        values: dict[str, Any] = {"created_at": first, "updated_at": last, "stage_entered_at": last}
        submitted = next((step.at for step in self.steps if step.state == StageKey.REQUEST), None)
        if submitted is not None:
            values["submitted_at"] = submitted
        if self.spec.end in (StageKey.CLOSED, StageKey.DECLINED, StageKey.WITHDRAWN):
            values["closed_at"] = last
        assert self.case is not None
        self.s.stamp(Consultation, self.case.pk, **values)

    # -- work inside a stage ---------------------------------------------------------------------------
    def complete(self, state: str) -> None:
        """Do what the stage's exit condition asks for."""
        handler = getattr(self, f"complete_{state}", None)
        if handler is not None:
            handler()

    def partial(self, state: str) -> None:
        """Leave the stage's work half done: the case is waiting here (or was when it stopped)."""
        handler = getattr(self, f"partial_{state}", None)
        if handler is not None:
            handler()

    def complete_screening(self) -> None:
        Consultation.objects.filter(pk=self.case.pk).update(track=self.spec.track)  # type: ignore[union-attr]
        self.case.track = self.spec.track  # type: ignore[union-attr]
        if self.index % 2:
            self.post(
                self.s.users["staff"],
                STAFF_MESSAGES["question"],
                when=self.during(StageKey.SCREENING, 0.15),
                request=True,
            )
            self.post(
                self.official, CITY_MESSAGES[self.city_language]["answer"], when=self.during(StageKey.SCREENING, 0.4)
            )
        self.post(
            self.smg_lead,
            INTERNAL_NOTES[self.index % len(INTERNAL_NOTES)],
            when=self.during(StageKey.SCREENING, 0.7),
            internal=True,
        )

    def partial_screening(self) -> None:
        if self.spec.partial == "information_request":
            self.post(
                self.s.users["staff"],
                STAFF_MESSAGES["question"],
                when=self.during(StageKey.SCREENING, 0.4),
                request=True,
            )
        elif not self.spec.end:
            self.post(
                self.s.users["staff"],
                INTERNAL_NOTES[self.index % len(INTERNAL_NOTES)],
                when=self.during(StageKey.SCREENING, 0.5),
                internal=True,
            )

    def complete_task_force(self) -> None:
        self.assign(lead=True, smg=True, coordinator=True, experts=1 + self.index % 2)
        self.post(self.smg_lead, STAFF_MESSAGES["welcome"], when=self.during(StageKey.TASK_FORCE, 0.8))

    def partial_task_force(self) -> None:
        partial = self.spec.partial
        if partial == "no_lead_expert":
            self.assign(lead=False, smg=True, coordinator=bool(self.coordinator), experts=1)
        elif partial == "no_smg_lead":
            self.assign(lead=True, smg=False, coordinator=True, experts=1)

    def complete_analysis(self) -> None:
        if self.spec.track == "funding":
            self.assess()
        author = self.coordinator or self.smg_lead
        module = self.s.modules[self.spec.modules[0]] if self.spec.modules else None
        self.upload(
            author,
            DocumentKind.ANALYSIS_REPORT,
            f"Analysis report: {self.spec.title}",
            [
                f"City: {self.city.name}. Challenge: {self.spec.challenge}",
                f"Matching Seoul policy: {module.title if module else 'to be confirmed'}.",
                "Diagnosis, matching Seoul policies and the options for the city are set out in this report.",
            ],
            when=self.during(StageKey.ANALYSIS, 0.85),
            visibility=Visibility.SHARED if self.index % 2 else Visibility.INTERNAL,
        )

    def partial_analysis(self) -> None:
        self.upload(
            self.official,
            DocumentKind.OTHER,
            "Data requested by the task force",
            ["Statistics and current plans shared by the city for the desk research."],
            when=self.during(StageKey.ANALYSIS, 0.3),
        )

    def complete_site_visit(self) -> None:
        start = self.day(StageKey.SITE_VISIT, 0.3)
        self.visit(start, start + datetime.timedelta(days=4), self.spec.findings or self.content["findings"])
        self.post(self.smg_lead, STAFF_MESSAGES["visit"], when=self.during(StageKey.SITE_VISIT, 0.1))
        self.post(self.official, CITY_MESSAGES[self.city_language]["visit"], when=self.during(StageKey.SITE_VISIT, 0.2))

    def partial_site_visit(self) -> None:
        if self.spec.partial == "visit_without_findings":
            start = self.day(StageKey.SITE_VISIT, 0.3)
            self.visit(start, start + datetime.timedelta(days=4), "")
        else:
            start = self.s.today + datetime.timedelta(days=20 + self.index % 10)
            self.visit(start, start + datetime.timedelta(days=5), "")
        self.post(self.smg_lead, STAFF_MESSAGES["visit"], when=self.during(StageKey.SITE_VISIT, 0.3))

    def complete_consulting(self) -> None:
        self.consulting_work(done=True)
        recommendations = self.spec.recommendations or self.content["recommendations"]
        delivered = self.during(StageKey.CONSULTING, 0.6)
        for title, body in recommendations:
            self.recommend(title, body, delivered, acknowledge_at=self.during(StageKey.CONSULTING, 0.8))
        self.post(self.smg_lead, STAFF_MESSAGES["recommendations"], when=delivered + datetime.timedelta(hours=3))
        self.post(
            self.official, CITY_MESSAGES[self.city_language]["thanks"], when=self.during(StageKey.CONSULTING, 0.8)
        )
        self.upload(
            self.coordinator or self.smg_lead,
            DocumentKind.RECOMMENDATIONS,
            f"Recommendations: {self.spec.title}",
            [f"{title}. {body}" for title, body in recommendations],
            when=delivered,
            visibility=Visibility.SHARED,
        )

    def partial_consulting(self) -> None:
        self.consulting_work(done=False)
        recommendations = self.spec.recommendations or self.content["recommendations"]
        if self.spec.partial == "unacknowledged":
            delivered = self.during(StageKey.CONSULTING, 0.5)
            first, *rest = recommendations
            self.recommend(*first, delivered, acknowledge_at=self.during(StageKey.CONSULTING, 0.7))
            for title, body in rest:
                self.recommend(title, body, delivered, acknowledge_at=None)
            self.post(self.smg_lead, STAFF_MESSAGES["recommendations"], when=delivered + datetime.timedelta(hours=3))
        else:
            title, body = recommendations[0]
            self.recommend(title, body, None, acknowledge_at=None)

    def consulting_work(self, *, done: bool) -> None:
        module = self.s.modules[self.spec.modules[0]] if self.spec.modules else None
        self.activity(
            ActivityKind.ADVISORY,
            f"Tailored advice: {module.title if module else self.spec.title}",
            StageKey.CONSULTING,
            done=done,
            outputs="Advice notes and workshops with the city's departments.",
        )
        if self.spec.study_visit:
            self.activity(
                ActivityKind.STUDY_VISIT,
                "Study visit to Seoul",
                StageKey.CONSULTING,
                done=True,
                participants_count=8 + self.index % 7,
                participants="Officials of the city's departments concerned",
            )
        if self.spec.ppp_support:
            self.activity(ActivityKind.PPP_SUPPORT, self.spec.ppp_support, StageKey.CONSULTING, done=done)
        if self.spec.track == "funding":
            if not FundingAssessment.objects.filter(consultation=self.case).exists():
                self.assess()
            for commitment in self.spec.commitments:
                FundingCommitment.objects.create(
                    consultation=self.case,
                    source=self.s.sources[commitment.source],
                    company=self.s.companies[commitment.company] if commitment.company else None,
                    amount=Decimal(commitment.amount),
                    currency=commitment.currency,
                    status=commitment.status,
                    committed_on=self.day(StageKey.CONSULTING, 0.7),
                    note=commitment.note,
                )

    def complete_implementation(self) -> None:
        for number, title in enumerate(self.spec.milestones or self.content["milestones"]):
            self.activity(ActivityKind.IMPLEMENTATION, title, StageKey.IMPLEMENTATION, done=True, slot=number)

    def partial_implementation(self) -> None:
        for number, title in enumerate(self.spec.milestones or self.content["milestones"]):
            self.activity(ActivityKind.IMPLEMENTATION, title, StageKey.IMPLEMENTATION, done=number == 0, slot=number)

    def complete_follow_up(self) -> None:
        self.measure()
        evaluation = self.spec.evaluation or (
            f"The task force reviewed the results with {self.city.name}: the recommendations were carried out and "
            "the city keeps monitoring the outcome indicators."
        )
        Consultation.objects.filter(pk=self.case.pk).update(  # type: ignore[union-attr]
            evaluation_summary=evaluation,
            lessons_learned=self.spec.lessons or "Face-to-face work with the city's departments made the difference.",
            is_published=bool(self.spec.public_summary),
            public_summary=self.spec.public_summary,
        )
        self.upload(
            self.smg_lead,
            DocumentKind.EVALUATION,
            f"Evaluation: {self.spec.title}",
            [evaluation],
            when=self.during(StageKey.FOLLOW_UP, 0.9),
            visibility=Visibility.SHARED,
        )

    def partial_follow_up(self) -> None:
        self.measure(ongoing=True)
        if self.spec.public_summary:
            Consultation.objects.filter(pk=self.case.pk).update(  # type: ignore[union-attr]
                is_published=True, public_summary=self.spec.public_summary
            )

    # -- records ---------------------------------------------------------------------------------------
    def assign(self, *, lead: bool, smg: bool, coordinator: bool, experts: int) -> None:
        when = self.during(StageKey.TASK_FORCE, 0.3)
        staff = self.s.users["staff"]
        if smg:
            self._member(
                task_force_assign(consultation=self.case, actor=staff, role=TaskForceRole.SMG_LEAD, user=self.smg_lead),
                when,
            )
        if coordinator and self.coordinator is not None:
            self._member(
                task_force_assign(
                    consultation=self.case, actor=staff, role=TaskForceRole.SUSA_COORDINATOR, user=self.coordinator
                ),
                when,
            )
        chosen = self.choose_experts(experts + (1 if lead else 0))
        for position, expert in enumerate(chosen):
            role = TaskForceRole.LEAD_EXPERT if lead and position == 0 else TaskForceRole.EXPERT
            self._member(task_force_assign(consultation=self.case, actor=staff, role=role, expert=expert), when)
            self.members.append(expert)
            self.s.expert_load[expert.pk] = self.s.expert_load.get(expert.pk, 0) + 1
            if self.is_open:
                self.s.expert_active[expert.pk] = self.s.expert_active.get(expert.pk, 0) + 1

    def _member(self, member: TaskForceMember, when: datetime.datetime) -> None:
        self.s.stamp(TaskForceMember, member.pk, created_at=when, assigned_on=timezone.localdate(when))

    def choose_experts(self, count: int) -> list[Any]:
        named = [self.s.demo_expert if name == EXPERT_ACCOUNT else self.s.experts[name] for name in self.spec.experts]
        chosen = list(named)
        sectors = set(self.spec.sectors)
        limit = self.s.max_active_cases()

        def eligible(expert) -> bool:
            if expert in chosen or expert == self.s.demo_expert:
                return False
            if self.is_open:
                return expert.availability == "available" and self.s.expert_active.get(expert.pk, 0) < limit
            return expert.availability != "unavailable"

        pool = [expert for expert in self.s.expert_list if eligible(expert)]
        matching = [expert for expert in pool if self.s.expert_sectors[expert.pk] & sectors]
        for candidates in (matching, pool):
            for expert in sorted(candidates, key=lambda e: (self.s.expert_load.get(e.pk, 0), e.pk)):
                if len(chosen) >= max(count, len(named)):
                    break
                if expert not in chosen:
                    chosen.append(expert)
        return chosen

    def assess(self) -> None:
        sources = {commitment.source for commitment in self.spec.commitments} or {"koica", "molit"}
        need = sum(
            (Decimal(c.amount) * EXCHANGE_RATES.get(c.currency, Decimal(1)) for c in self.spec.commitments),
            Decimal(0),
        )
        assessment = FundingAssessment.objects.create(
            consultation=self.case,
            in_house_capacity=IN_HOUSE[self.spec.budget],
            external_options="Korean national partners (KOICA, MOLIT, MOI), SMG's international cooperation fund, "
            "multilateral development banks and companies that implemented the policy in Seoul.",
            estimated_need=need.quantize(Decimal("1")) if need else None,
            currency="EUR",
            assessed_on=self.day(StageKey.ANALYSIS, 0.8),
            assessed_by=self.coordinator or self.smg_lead,
        )
        assessment.recommended_sources.set([self.s.sources[key] for key in sorted(sources)])

    def visit(self, starts: datetime.date, ends: datetime.date, findings: str) -> None:
        site_visit = SiteVisit.objects.create(
            consultation=self.case,
            starts_on=starts,
            ends_on=ends,
            location=f"{self.city.name}: city hall and project sites",
            participants=f"{self.official.get_full_name()} and the departments concerned",
            findings=findings,
        )
        site_visit.experts.set(self.members)

    def recommend(self, title: str, body: str, delivered: datetime.datetime | None, *, acknowledge_at) -> None:
        recommendation = Recommendation.objects.create(
            consultation=self.case,
            title=title,
            body=body,
            delivered_on=timezone.localdate(delivered) if delivered else None,
        )
        if acknowledge_at is not None:
            recommendation_acknowledge(recommendation=recommendation, actor=self.official, response="accepted")
            self.s.stamp(Recommendation, recommendation.pk, acknowledged_at=acknowledge_at)

    def activity(self, kind: str, title: str, state: str, *, done: bool, slot: int = 0, **extra: Any) -> None:
        start = self.day(state, 0.1 + 0.3 * slot)
        end = self.day(state, 0.45 + 0.3 * slot) if done else None
        Activity.objects.create(
            consultation=self.case,
            kind=kind,
            title=title,
            starts_on=start,
            ends_on=end,
            completed_on=end if done else None,
            **extra,
        )

    def measure(self, *, ongoing: bool = False) -> None:
        """The case's indicators and their accepted measurements; a case still in follow-up (`ongoing`) also
        reports quarterly and has the city's latest measurement waiting for SMG's review."""
        for spec in self.spec.indicators:
            relative = any(isinstance(when, int) for when, _value, _source in spec.measurements)
            indicator = OutcomeIndicator.objects.create(
                consultation=self.case,
                name=spec.name,
                unit=spec.unit,
                baseline=Decimal(spec.baseline) if spec.baseline is not None else None,
                baseline_on=timezone.localdate(self.entered(StageKey.FOLLOW_UP)) if relative else None,
                target=Decimal(spec.target) if spec.target is not None else None,
                description=spec.description,
                reporting_interval_months=3 if ongoing and relative else None,
            )
            rows = []
            for when, value, source in spec.measurements:
                if isinstance(when, int):
                    when = timezone.localdate(self.entered(StageKey.FOLLOW_UP) + datetime.timedelta(days=when))
                if when <= self.s.today:
                    rows.append(
                        IndicatorMeasurement(
                            indicator=indicator,
                            measured_on=when,
                            value=Decimal(value),
                            source=source,
                            reported_by=self.official,
                        )
                    )
            if ongoing and relative and rows and rows[-1].measured_on < self.s.today - datetime.timedelta(days=2):
                last = rows[-1]
                step = (last.value - rows[-2].value) / 2 if len(rows) > 1 else Decimal(0)
                rows.append(
                    IndicatorMeasurement(
                        indicator=indicator,
                        measured_on=self.s.today - datetime.timedelta(days=2),
                        value=last.value + step,
                        source=last.source,
                        note="Latest monthly figure (demo).",
                        status=MeasurementStatus.PENDING,
                        reported_by=self.official,
                    )
                )
            IndicatorMeasurement.objects.bulk_create(rows)

    def post(
        self, author, body: str, *, when: datetime.datetime, internal: bool = False, request: bool = False
    ) -> None:
        message = message_post(
            consultation=self.case, author=author, body=body, is_internal=internal, is_information_request=request
        )
        self.s.stamp(Message, message.pk, created_at=when, updated_at=when)

    def upload(
        self, author, kind: str, title: str, paragraphs: list[str], *, when, visibility=Visibility.SHARED
    ) -> None:
        content = make_pdf(title, paragraphs + [f"{self.city.name} - Seoul Global Urban Policy Sharing (demo data)."])
        slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60]
        document = document_upload(
            consultation=self.case,
            actor=author,
            upload=SimpleUploadedFile(f"{slug}.pdf", content, content_type="application/pdf"),
            title=title,
            kind=kind,
            visibility=visibility,
        )
        self.s.stamp(Document, document.pk, created_at=when, updated_at=when)

    def _expected_outcomes(self) -> str:
        return f"A solution adapted from Seoul's experience that {self.city.name} can run on its own."


BUDGET_NOTES = {
    "self_financed": "The city budget covers implementation; we ask for advice and know-how.",
    "partial": "The city can finance part of the work and looks for co-financing.",
    "needs_funding": "The city cannot finance implementation on its own and needs external funding.",
}
IN_HOUSE = {
    "self_financed": "The city can finance implementation from its own budget.",
    "partial": "The city can co-finance part of the work from its capital budget.",
    "needs_funding": "The city's budget covers operation but not the investment; external funding is needed.",
}
