from django import forms
from django.urls import reverse
from django.utils.html import format_html

from consultations.models import Document
from consultations.uploads import check_upload
from core.admin_preload import PreloadedRelationsForm
from core.errors import ApplicationError


class DownloadLinkWidget(forms.Widget):
    """A stored document shown by its original file name, linked to the access-checked download view
    (never the storage path, which is a generated name that tells the reader nothing)."""

    def __init__(self, *, url: str, text: str, attrs=None):
        super().__init__(attrs)
        self.url = url
        self.text = text

    def render(self, name, value, attrs=None, renderer=None):
        return format_html('<a href="{}" class="document-download" download>{}</a>', self.url, self.text)

    def value_from_datadict(self, data, files, name):
        return None


class DocumentInlineForm(PreloadedRelationsForm):
    class Meta:
        model = Document
        fields = ["file", "title", "kind", "visibility"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and "file" in self.fields:
            # A stored file is never replaced in place (upload a new document instead): the saved row shows
            # its download link, a new row the file input.
            field = self.fields["file"]
            field.disabled = True
            field.required = False
            field.widget = DownloadLinkWidget(
                url=reverse("admin:consultations_document_download", args=[self.instance.pk]),
                text=self.instance.original_name or self.instance.title or str(self.instance.pk),
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and self.instance.pk is None:
            try:
                check_upload(upload)
            except ApplicationError as refused:
                raise forms.ValidationError(refused.message) from refused
        return upload
