from pathlib import Path

from django.conf import settings
from django.utils import translation

from consultations.management.commands.pipeline_docs import render


def test_committed_pipeline_docs_match_the_declaration():
    with translation.override("en"):
        expected = render()
    committed = (Path(settings.BASE_DIR) / "docs" / "pipeline.md").read_text()
    assert committed == expected, "run: python manage.py pipeline_docs > docs/pipeline.md"
