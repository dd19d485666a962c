from django import forms

from consultations.models import Document
from consultations.uploads import check_upload
from core.admin_preload import PreloadedRelationsForm
from core.errors import ApplicationError


class DocumentInlineForm(PreloadedRelationsForm):
    class Meta:
        model = Document
        fields = ["file", "title", "kind", "visibility"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and self.instance.pk is None:
            try:
                check_upload(upload)
            except ApplicationError as refused:
                raise forms.ValidationError(refused.message) from refused
        return upload
