"""Shared pieces of the bulk import (django-import-export): strict widgets, a base resource, the admin mixin.

Spreadsheets come from people, so every refusal names the column's value in plain words, and an
unknown reference (a sector key, a language code) is an error, never silently dropped.
"""

from __future__ import annotations

import threading

import tablib
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats

from core.exports import FORMULA_PREFIXES


class YesNoWidget(widgets.BooleanWidget):
    """yes/no, true/false, 1/0 (any case); an empty cell is "no"."""

    TRUE_WORDS = frozenset({"1", "true", "yes", "y", "x"})
    FALSE_WORDS = frozenset({"", "0", "false", "no", "n", "none"})

    def clean(self, value, row=None, **kwargs):
        if value is None or isinstance(value, bool):
            return bool(value)
        if isinstance(value, int | float):
            return bool(value)
        word = str(value).strip().lower()
        if word in self.TRUE_WORDS:
            return True
        if word in self.FALSE_WORDS:
            return False
        raise ValueError(_("“%(value)s” is not yes or no.") % {"value": value})

    def render(self, value, obj=None, **kwargs):
        return "yes" if value else "no"


class ReferenceLookupMixin:
    """During one import, the referenced rows (sectors, SDGs, languages: small tables) are read once
    instead of once per row. `StrictModelResource` starts and clears the cache around each import; it is
    per thread, so concurrent imports never share one."""

    def _cache(self) -> threading.local:
        if "_reference_cache" not in self.__dict__:
            self.__dict__["_reference_cache"] = threading.local()
        return self.__dict__["_reference_cache"]

    def start_cache(self) -> None:
        self._cache().rows = {force_str(getattr(row, self.field)): row for row in self.model.objects.all()}

    def clear_cache(self) -> None:
        self._cache().rows = None

    def cached_rows(self) -> dict | None:
        return getattr(self._cache(), "rows", None)


class KeyForeignKeyWidget(ReferenceLookupMixin, widgets.ForeignKeyWidget):
    """A foreign key given by a readable key (e.g. a sector's `key`); unknown keys are refused."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        key = str(value).strip()
        rows = self.cached_rows()
        instance = rows.get(key) if rows is not None else self.model.objects.filter(**{self.field: key}).first()
        if instance is None:
            known = ", ".join(str(v) for v in self.model.objects.values_list(self.field, flat=True))
            raise ValueError(
                _("Unknown %(what)s “%(value)s”. Use one of: %(known)s.")
                % {"what": self.model._meta.verbose_name, "value": key, "known": known}
            )
        return instance


class StrictManyToManyWidget(ReferenceLookupMixin, widgets.ManyToManyWidget):
    """Comma-separated keys; every key must exist (the stock widget drops unknown ones silently)."""

    def __init__(self, model, field="pk", separator=",", **kwargs):
        super().__init__(model, separator=separator, field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        if value in (None, "") or value == []:
            return self.model.objects.none()
        if isinstance(value, list | tuple):  # JSON files give lists: ["en", "ko"] or [9, 11]
            keys = [str(part).strip() for part in value if str(part).strip()]
        else:
            keys = [part.strip() for part in str(value).split(self.separator) if part.strip()]
        if isinstance(value, float) and value.is_integer():
            keys = [str(int(value))]
        rows = self.cached_rows()
        if rows is not None:
            found = [rows[key] for key in dict.fromkeys(keys) if key in rows]
            known = set(rows)
        else:
            found = self.model.objects.filter(**{f"{self.field}__in": keys})
            known = {force_str(v) for v in found.values_list(self.field, flat=True)}
        missing = [key for key in keys if key not in known]
        if missing:
            raise ValueError(
                _("Unknown %(what)s: %(values)s.")
                % {"what": self.model._meta.verbose_name_plural, "values": ", ".join(missing)}
            )
        return found


class StrictModelResource(resources.ModelResource):
    """All-or-nothing imports with every row validated (model constraints included) before saving.

    `constraint_messages` maps a model constraint's name to the plain sentence shown instead of
    Django's "Constraint “…” is violated."
    """

    constraint_messages: dict = {}  # noqa: RUF012

    def _reference_widgets(self):
        return [field.widget for field in self.get_import_fields() if isinstance(field.widget, ReferenceLookupMixin)]

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        for widget in self._reference_widgets():
            widget.start_cache()

    def after_import(self, dataset, result, **kwargs):
        for widget in self._reference_widgets():
            widget.clear_cache()
        super().after_import(dataset, result, **kwargs)

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        # Empty spreadsheet cells arrive as None; a blank text column means "", as it does for CharFields.
        if isinstance(f, models.TextField) and f.blank:
            return widgets.CharWidget
        return super().widget_from_django_field(f, default)

    @classmethod
    def widget_kwargs_for_field(cls, field_name, django_field):
        kwargs = super().widget_kwargs_for_field(field_name, django_field)
        if isinstance(django_field, models.TextField) and django_field.blank:
            kwargs.update({"coerce_to_string": True, "allow_blank": True})
        return kwargs

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(self._plain(error.error_dict)) from error

    def _plain(self, error_dict: dict) -> dict:
        names = {
            str(constraint.get_violation_error_message()): constraint.name
            for constraint in self._meta.model._meta.constraints
        }
        plain = {}
        for field, errors in error_dict.items():
            plain[field] = [
                ValidationError(str(self.constraint_messages[names[message]]), code="invalid")
                if names.get(message := " ".join(error.messages)) in self.constraint_messages
                else self._name_accepted_values(field, error)
                for error in errors
            ]
        return plain

    def _name_accepted_values(self, field_name: str, error: ValidationError) -> ValidationError:
        """A refused choice names the values the column accepts (Django only says "not a valid choice")."""
        if getattr(error, "code", None) != "invalid_choice":
            return error
        try:
            field = self._meta.model._meta.get_field(field_name)
        except Exception:  # noqa: BLE001 - a non-field key: leave the message as it is
            return error
        value = (error.params or {}).get("value", "")
        return ValidationError(accepted_values_message(field, value), code="invalid_choice")

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors.update(error.error_dict)
        # Many-to-many cells are saved after the row; check them now so a bad key is a row error
        # shown beside the others, before anything is written.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row, **kwargs)
                except ValueError as error:
                    errors[field.attribute] = [ValidationError(force_str(error), code="invalid")]
        if errors:
            raise ValidationError(errors)


def accepted_values_message(field, value) -> str:
    """“atlantis” is not accepted here. Use one of: africa, asia_pacific, ..."""
    from django_countries.fields import CountryField

    if isinstance(field, CountryField):
        return _("“%(value)s” is not a country code. Use a two-letter ISO 3166 code, such as KR, MN or PE.") % {
            "value": value
        }
    keys = [str(key) for key, _label in field.flatchoices if key not in ("", None)]
    return _("“%(value)s” is not accepted here. Use one of: %(accepted)s.") % {
        "value": value,
        "accepted": ", ".join(keys),
    }


class _NeutralisedFormulae:
    """Text cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe, as in
    the API's exports (core.exports); other cells keep their type. django-import-export calls this on every
    export while IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT is on (its own escaping drops one "=" and turns
    every cell into text)."""

    def _escape_formulae(self, dataset):
        for _row in range(len(dataset)):
            row = dataset.lpop()
            dataset.append(
                ["'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES) else cell for cell in row]
            )


class CSVFormat(_NeutralisedFormulae, base_formats.CSV):
    pass


class XLSXFormat(_NeutralisedFormulae, base_formats.XLSX):
    pass


class SpreadsheetImportExportMixin(ImportExportMixin):
    """Admin import/export of CSV and XLSX with a preview; all-or-nothing (IMPORT_EXPORT_USE_TRANSACTIONS).

    Importing and exporting need the "import"/"export" permissions (IMPORT_EXPORT_*_PERMISSION_CODE), which
    accounts.backends grants to SMG staff only: the files carry every column (internal notes, e-mail
    addresses); other roles use the API's exports, which are scoped to them.
    """

    formats = [CSVFormat, XLSXFormat]  # noqa: RUF012
    # Every CSV starts with a byte-order mark, so Excel on Windows reads Korean and Spanish text as UTF-8.
    to_encoding = "utf-8-sig"
    import_template_name = "dashboard/admin/import.html"
    # Per-row errors in plain words with the row's values; never a traceback.
    import_error_display = ("message", "row")

    def get_urls(self):
        info = self.get_model_info()
        template = path(
            "import/template.<str:extension>",
            self.admin_site.admin_view(self.import_template_view),
            name="{}_{}_import_template".format(*info),
        )
        return [template, *super().get_urls()]

    def import_template_view(self, request, extension: str):
        """An empty file with the columns the import reads, to fill in: CSV (UTF-8 with a BOM, so Excel
        reads Korean names correctly) or XLSX."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if extension not in ("csv", "xlsx"):
            raise Http404
        resource = self.get_import_resource_classes(request)[0](**self.get_import_resource_kwargs(request))
        headers = [field.column_name for field in resource.get_import_fields()]
        dataset = tablib.Dataset(headers=headers)
        name = f"{self.opts.model_name}-import-template.{extension}"
        if extension == "csv":
            body = "\ufeff" + dataset.export("csv")
            response = HttpResponse(body.encode("utf-8"), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(
                dataset.export("xlsx"),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


def row_problems(result) -> list[dict]:
    """Each invalid row's problems as visible lines: the column, the value found there and what is wrong
    (the stock preview hides them in a hover box)."""
    from django.core.exceptions import NON_FIELD_ERRORS

    rows = []
    for row in result.invalid_rows:
        values = dict(zip(result.diff_headers, row.values, strict=False))
        problems = [
            {"column": column, "value": values.get(column, ""), "message": message}
            for column, messages in row.field_specific_errors.items()
            for message in messages
        ]
        problems += [
            {"column": "", "value": "", "message": message} for message in row.error_dict.get(NON_FIELD_ERRORS, [])
        ]
        # The row's first filled cell (a slug, a name) says which record it is, beside its line number.
        label = next((str(value) for value in row.values if value not in (None, "")), "")
        rows.append({"number": row.number, "label": label, "problems": problems})
    return rows
