"""What a document upload may be, decided by the file's content, not by its name."""

from __future__ import annotations

import os
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.errors import ApplicationError

OOXML_PREFIXES = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.spreadsheet",
    b"application/vnd.oasis.opendocument.presentation",
}
ALLOWED_DESCRIPTION = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP"

# The extensions a file of each sniffed type may carry: a name that lies about its content is refused.
EXTENSIONS = {
    "application/pdf": {".pdf"},
    "image/png": {".png"},
    "image/jpeg": {".jpg", ".jpeg"},
    "image/gif": {".gif"},
    "image/webp": {".webp"},
    "application/vnd.ms-office": {".doc", ".xls", ".ppt"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {".docx"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {".xlsx"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {".pptx"},
    "application/vnd.oasis.opendocument.text": {".odt"},
    "application/vnd.oasis.opendocument.spreadsheet": {".ods"},
    "application/vnd.oasis.opendocument.presentation": {".odp"},
}
UNSAFE_NAME_CHARACTERS = frozenset('/\\<>:"|?*')


@dataclass(frozen=True)
class CheckedUpload:
    original_name: str
    content_type: str
    size: int


def check_upload(upload: UploadedFile) -> CheckedUpload:
    """Refuse anything that is not an allowed document type or is too large, with a clear message."""
    limit = settings.DOCUMENT_MAX_UPLOAD_BYTES
    if upload.size is None or upload.size == 0:
        raise ApplicationError(_("The file is empty."), code="empty_file")
    if upload.size > limit:
        raise ApplicationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    content_type = sniff_content_type(upload)
    if content_type is None:
        raise ApplicationError(
            _("This type of file is not accepted. Allowed: %(types)s.") % {"types": ALLOWED_DESCRIPTION},
            code="file_type_not_allowed",
        )
    check_name_matches(upload.name or "", content_type)
    return CheckedUpload(
        original_name=safe_display_name(upload.name or ""), content_type=content_type, size=upload.size
    )


def check_name_matches(name: str, content_type: str) -> None:
    """A plain file name (no path, not hidden) whose extension matches the sniffed content."""
    if (
        not name.strip()
        or name.strip().startswith(".")
        or any(ch in UNSAFE_NAME_CHARACTERS or not ch.isprintable() for ch in name)
    ):
        raise ApplicationError(
            _("The file name is not allowed. Rename the file (letters, digits, dots and dashes) and try again."),
            code="file_name_not_allowed",
        )
    extension = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    allowed = EXTENSIONS.get(content_type, set())
    if extension not in allowed:
        raise ApplicationError(
            _("The file name must end in %(extensions)s to match its content.")
            % {"extensions": " / ".join(sorted(allowed))},
            code="extension_mismatch",
        )


def sniff_content_type(upload: UploadedFile) -> str | None:
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/vnd.ms-office"  # legacy .doc/.xls/.ppt container
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(upload)
    return None


def _sniff_zip(upload: UploadedFile) -> str | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                mimetype = archive.read("mimetype").strip()
                return mimetype.decode() if mimetype in ODF_TYPES else None
            if "[Content_Types].xml" in names:
                for prefix, content_type in OOXML_PREFIXES.items():
                    if any(name.startswith(prefix) for name in names):
                        return content_type
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def safe_display_name(name: str) -> str:
    """The user's file name, reduced to a harmless label (it is never used as a path)."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/")
    name = os.path.basename(name).strip().lstrip(".")
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    return name[:200] or "document"
