"""Fill a fresh database with the demo data, in one transaction.

Reference rows (cities, people, policy modules, funding sources, companies, rates, training) are plain
`get_or_create` calls keyed on natural keys, with `bulk_create` for the 1,200+ training participants.
Consultations are built by `demo.case_builder` through the real services, so their stage history is
authentic. The whole run is skipped when the marker case (Ulaanbaatar's U-Money consultation) exists.
"""

from __future__ import annotations

import datetime
import os
import random
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.roles import Role
from cities.models import City, CityContact
from consultations import pipeline
from consultations.models import Activity, ActivityKind, Consultation
from core.models import OutboxEvent
from demo.data import cities as city_data
from demo.data import funding as funding_data
from demo.data import people as people_data
from demo.data import policies as policy_data
from demo.data import training as training_data
from demo.data.cases import CASES
from experts.models import Expert
from funding.models import Company, ExchangeRate, FundingSource
from policies.models import SDG, Language, PolicyModule, Sector
from training.models import TrainingParticipant, TrainingProgramme

DEFAULT_PASSWORD = "demo-password"  # noqa: S105 - the documented demo password
MARKER_CITY = ("Ulaanbaatar", "MN")
MARKER_TITLE = "Public transport smart card (U-Money)"
EMAIL_DOMAIN = "example.org"


def demo_password() -> str:
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


def find_marker() -> Consultation | None:
    """The case whose presence means the demo data is already loaded."""
    name, country = MARKER_CITY
    return Consultation.objects.filter(city__name=name, city__country=country, title=MARKER_TITLE).first()


@dataclass
class SeedResult:
    created: bool
    marker: Consultation | None
    accounts: list[tuple[Any, bool]] = field(default_factory=list)  # (user, created by this run)


def seed_demo(*, password: str, now: datetime.datetime | None = None) -> SeedResult:
    marker = find_marker()
    if marker is not None:
        return SeedResult(created=False, marker=marker, accounts=demo_accounts_present())
    with transaction.atomic():
        last_event = OutboxEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        seeder = Seeder(password=password, now=now or timezone.now())
        seeder.run()
        # The services wrote an outbox event for every step of the demo history (years of it). They stay as
        # the record, but are marked delivered: nobody should get thousands of e-mails about invented past events.
        OutboxEvent.objects.filter(pk__gt=last_event, processed_at__isnull=True).update(processed_at=seeder.now)
        fill_demo_inboxes(after_event=last_event)
    return SeedResult(created=True, marker=find_marker(), accounts=seeder.account_rows)


def fill_demo_inboxes(*, after_event: int, per_city: int = 6) -> None:
    """The demo officials find their cases' latest news in their inboxes (no e-mail is sent for it)."""
    from notifications.delivery import event_record_inbox_only

    for username in ("official-ulaanbaatar", "official-chanchamayo"):
        official = get_user_model().objects.filter(username=username).first()
        if official is None or official.city_id is None:
            continue
        latest = (
            OutboxEvent.objects.filter(pk__gt=after_event, consultation__city_id=official.city_id)
            .order_by("-created_at", "-pk")
            .values_list("pk", flat=True)[:per_city]
        )
        for event_id in latest:
            OutboxEvent.objects.filter(pk=event_id).update(processed_at=None)
            event_record_inbox_only(event_id=event_id)


def demo_accounts_present() -> list[tuple[Any, bool]]:
    users = get_user_model().objects.in_bulk(
        [spec.username for spec in people_data.DEMO_ACCOUNTS], field_name="username"
    )
    return [(users[spec.username], False) for spec in people_data.DEMO_ACCOUNTS if spec.username in users]


class Seeder:
    def __init__(self, *, password: str, now: datetime.datetime):
        self.password = password
        self.now = now
        self.today = timezone.localdate(now)
        self.rng = random.Random(198)  # noqa: S311 - deterministic demo data, not security
        self.account_rows: list[tuple[Any, bool]] = []
        self.sectors = {sector.key: sector for sector in Sector.objects.all()}
        self.sdgs = {sdg.number: sdg for sdg in SDG.objects.all()}
        self.languages: dict[str, Language] = {}
        self.cities: dict[str, City] = {}
        self.officials: dict[str, Any] = {}
        self.users: dict[str, Any] = {}
        self.modules: dict[str, PolicyModule] = {}
        self.experts: dict[str, Expert] = {}
        self.expert_list: list[Expert] = []
        self.expert_sectors: dict[int, set[str]] = {}
        self.demo_expert: Expert | None = None
        self.sources: dict[str, FundingSource] = {}
        self.companies: dict[str, Company] = {}
        self.cases: dict[str, Consultation] = {}
        # Cases each expert sits on: all of them, and those still open at the end (not closed/declined/withdrawn).
        self.expert_load: dict[int, int] = {}
        self.expert_active: dict[int, int] = {}
        # (model, pk, {field: value}) applied at the end: realistic past dates on rows services stamped "now".
        self.stamps: list[tuple[type, int, dict[str, Any]]] = []

    # -- the run ---------------------------------------------------------------------------------
    def run(self) -> None:
        from demo.case_builder import CaseBuilder

        self.seed_languages()
        self.seed_cities()
        self.seed_users()
        self.seed_policies()
        self.seed_experts()
        self.seed_funding()
        for index, spec in enumerate(CASES):
            self.cases[spec.key] = CaseBuilder(self, spec, index).build()
        self.seed_training()
        self.apply_stamps()
        self.settle_auto_advance()

    def language(self, code: str) -> Language:
        if code not in self.languages:
            self.languages[code], _created = Language.objects.get_or_create(code=code)
        return self.languages[code]

    def seed_languages(self) -> None:
        for language in Language.objects.all():
            self.languages[language.code] = language

    def seed_cities(self) -> None:
        for spec in city_data.CITIES:
            city, created = City.objects.get_or_create(
                name=spec.name,
                country=spec.country,
                defaults={
                    "name_local": spec.name_local,
                    "region": spec.region,
                    "population": spec.population,
                    "land_area_km2": spec.land_area_km2,
                    "financial_capacity": spec.financial_capacity,
                    "is_iclei_member": spec.is_iclei_member,
                    "is_partner": True,
                    "is_fictional": spec.is_fictional,
                    "website": spec.website,
                    "latitude": spec.latitude,
                    "longitude": spec.longitude,
                    "notes": spec.notes or (city_data.FICTIONAL_NOTE if spec.is_fictional else city_data.PUBLIC_NOTE),
                },
            )
            self.cities[spec.key] = city
            contact_name, position = spec.contact
            if contact_name:
                CityContact.objects.get_or_create(
                    city=city,
                    name=contact_name,
                    defaults={"position": position, "language": spec.official[2], "email": _email(contact_name)},
                )

    def _account(self, spec: people_data.AccountSpec, city: City | None = None):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=spec.username,
            defaults={
                "first_name": spec.first_name,
                "last_name": spec.last_name,
                "email": f"{spec.username}@{EMAIL_DOMAIN}",
                "role": spec.role,
                "city": city,
                "is_staff": spec.is_staff,
                "is_superuser": spec.is_superuser,
                "preferred_language": spec.language,
                "job_title": spec.job_title,
            },
        )
        if created:
            if spec.can_log_in:
                user.set_password(self.password)
            else:
                user.set_unusable_password()
            user.save(update_fields=["password"])
        self.users[spec.username] = user
        return user, created

    def seed_users(self) -> None:
        demo_by_name = {spec.username: spec for spec in people_data.DEMO_ACCOUNTS}
        for spec in people_data.DEMO_ACCOUNTS:
            city = self.cities[spec.city] if spec.city else None
            user, created = self._account(spec, city)
            self.account_rows.append((user, created))
            if spec.city:
                self.officials[spec.city] = user
        for spec in people_data.OTHER_STAFF:
            self._account(spec)
        for spec in city_data.CITIES:
            username = f"official-{spec.key}"
            if username in demo_by_name:
                continue
            first, last, language = spec.official
            account = people_data.AccountSpec(
                username, first, last, Role.CITY_OFFICIAL, language, "City official", city=spec.key, can_log_in=False
            )
            self.officials[spec.key], _created = self._account(account, self.cities[spec.key])

    def seed_policies(self) -> None:
        for spec in policy_data.POLICIES:
            module, created = PolicyModule.objects.get_or_create(
                slug=spec.slug,
                defaults={
                    **spec.translated_fields(),  # title, summary and the five sections in en/ko/es
                    "sector": self.sectors[spec.sector],
                    "period_start": spec.period_start,
                    "period_end": spec.period_end,
                    "responsible_department": spec.department,
                    "is_published": spec.published,
                },
            )
            if created:
                module.sdgs.set([self.sdgs[number] for number in spec.sdgs])
                module.languages.set([self.language(code) for code in spec.languages])
            self.modules[spec.slug] = module

    def seed_experts(self) -> None:
        for spec in people_data.expert_specs():
            window = spec.unavailable_window
            expert, created = Expert.objects.get_or_create(
                name=spec.name,
                defaults={
                    "name_ko": spec.name_ko,
                    "kind": spec.kind,
                    "affiliation": spec.affiliation,
                    "position": spec.position,
                    "bio": spec.bio,
                    "email": _email(spec.name),
                    "availability": spec.availability,
                    "unavailable_from": self.today + datetime.timedelta(days=window[0]) if window else None,
                    "unavailable_until": self.today + datetime.timedelta(days=window[1]) if window else None,
                    "user": self.users.get(spec.username) if spec.username else None,
                },
            )
            if created:
                expert.sectors.set([self.sectors[key] for key in spec.sectors])
                expert.languages.set([self.language(code) for code in spec.languages])
            self.experts[spec.name] = expert
            self.expert_list.append(expert)
            self.expert_sectors[expert.pk] = set(spec.sectors)
            if spec.username == "expert":
                self.demo_expert = expert

    def seed_funding(self) -> None:
        for spec in funding_data.SOURCES:
            self.sources[spec.key], _created = FundingSource.objects.get_or_create(
                name=spec.name,
                defaults={
                    "acronym": spec.acronym,
                    "kind": spec.kind,
                    "country": spec.country,
                    "website": spec.website,
                    "description": spec.description,
                },
            )
        for spec in funding_data.COMPANIES:
            company, created = Company.objects.get_or_create(
                name=spec.name,
                defaults={
                    "name_ko": spec.name_ko,
                    "is_sme": spec.is_sme,
                    "website": spec.website,
                    "description": spec.description,
                },
            )
            if created:
                company.sectors.set([self.sectors[key] for key in spec.sectors])
                company.policy_modules.set([self.modules[slug] for slug in spec.policy_modules])
            self.companies[spec.key] = company
        for currency, rate in funding_data.EXCHANGE_RATES.items():
            ExchangeRate.objects.get_or_create(
                currency=currency, valid_from=funding_data.RATES_VALID_FROM, defaults={"rate_to_eur": rate}
            )

    def seed_training(self) -> None:
        cities_by_country: dict[str, list[City]] = {}
        for city in self.cities.values():
            cities_by_country.setdefault(str(city.country), []).append(city)
        rows: list[TrainingParticipant] = []
        for spec in training_data.programme_specs():
            starts = datetime.date(spec.year, spec.month, 3 + spec.year % 20)
            ends = starts + datetime.timedelta(days=spec.days)
            consultation = self.cases.get(spec.consultation) if spec.consultation else None
            programme, created = TrainingProgramme.objects.get_or_create(
                title=spec.title,
                year=spec.year,
                kind=spec.kind,
                defaults={
                    "starts_on": starts,
                    "ends_on": ends,
                    "description": spec.description,
                    "consultation": consultation,
                },
            )
            if not created:
                continue
            programme.sectors.set([self.sectors[key] for key in spec.sectors])
            if consultation is not None:
                Activity.objects.create(
                    consultation=consultation,
                    kind=ActivityKind.TRAINING,
                    title=spec.title,
                    starts_on=starts,
                    ends_on=ends,
                    completed_on=ends,
                    participants_count=spec.participants,
                    participants=f"{spec.participants} city officials",
                    outputs="Certificates of completion; action plans drafted by the participants.",
                )
            seen: set[tuple[str, str]] = set()
            while len(seen) < spec.participants:
                country = self.rng.choice(spec.countries)
                given, family = training_data.name_pool(country)
                name = f"{self.rng.choice(given)} {self.rng.choice(family)}"
                if (name, country) in seen:
                    continue
                seen.add((name, country))
                candidates = cities_by_country.get(country, [])
                city = self.rng.choice(candidates) if candidates and self.rng.random() < 0.8 else None
                rows.append(
                    TrainingParticipant(
                        programme=programme,
                        name=name,
                        position=self.rng.choice(training_data.POSITIONS),
                        city=city,
                        country=country,
                    )
                )
        TrainingParticipant.objects.bulk_create(rows, batch_size=500)

    # -- finishing touches -----------------------------------------------------------------------------
    def stamp(self, model: type, pk: int, **values: Any) -> None:
        self.stamps.append((model, pk, values))

    def apply_stamps(self) -> None:
        for model, pk, values in self.stamps:
            model.objects.filter(pk=pk).update(**values)

    def settle_auto_advance(self) -> None:
        """Let the system move a case on by itself again, except where its exit condition is already met
        (requests waiting for staff to accept them): those would otherwise move at the next event."""
        ready: list[int] = []
        for case in Consultation.objects.exclude(stage=pipeline.StageKey.DRAFT):
            key = case.resume_stage if case.stage == pipeline.StageKey.ON_HOLD else case.stage
            move = pipeline.automatic_move_from(key)
            if move is not None and not any(guard(case) for guard in move.guards):
                ready.append(case.pk)
        Consultation.objects.filter(pk__in=[case.pk for case in self.cases.values()]).exclude(pk__in=ready).update(
            auto_advance=True
        )

    # -- helpers for the case builder ------------------------------------------------------------------
    def max_active_cases(self) -> int:
        return int(getattr(settings, "EXPERT_MAX_ACTIVE_CASES", 3))


def _email(name: str) -> str:
    local = "".join(
        ch for ch in name.lower().replace("dr. ", "").replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == ".")
    )
    return f"{local}@{EMAIL_DOMAIN}"
