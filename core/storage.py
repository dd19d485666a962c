"""Where uploaded files live (local disk or an S3-compatible bucket), and how a checked download leaves.

Settings choose the store (`STORAGES["default"]`, from `STORAGE_URL`/`AWS_*`); every FileField follows it. A
download view checks access first, then calls `file_download_response`, which either streams the file through
the web node or (`DOCUMENT_DOWNLOAD_MODE=presign`, S3 only) redirects to a signed URL that expires in
`DOCUMENT_PRESIGN_SECONDS`.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

DOWNLOAD_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
}
STREAM_CHUNK = 64 * 1024


def is_s3(storage: Storage) -> bool:
    return hasattr(storage, "bucket_name") and hasattr(storage, "connection")


def disk_storage() -> FileSystemStorage:
    return FileSystemStorage(location=settings.MEDIA_ROOT)


def s3_storage():
    """The configured bucket, whether or not it is the default store (the move command needs both)."""
    if not settings.S3_STORAGE_OPTIONS:
        return None
    from storages.backends.s3 import S3Storage

    return S3Storage(**settings.S3_STORAGE_OPTIONS)


def _storage_unavailable(exc: Exception) -> HttpResponse:
    logger.warning("the document store failed: %s", exc.__class__.__name__, exc_info=True)
    return HttpResponse(
        _("The document store cannot be reached at the moment; please try again in a minute."),
        status=503,
        content_type="text/plain; charset=utf-8",
        headers={"Retry-After": "30"},
    )


def _add_download_headers(response: HttpResponse) -> None:
    for header, value in DOWNLOAD_HEADERS.items():
        response[header] = value


def _content_disposition(filename: str) -> str:
    ascii_name = filename.encode("ascii", "ignore").decode() or "document"
    ascii_name = ascii_name.replace("\\", "").replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def file_download_response(field_file, *, filename: str, content_type: str, mode: str | None = None) -> HttpResponse:
    """The response for a file the caller has already been allowed to read."""
    import botocore.exceptions

    mode = mode or settings.DOCUMENT_DOWNLOAD_MODE
    storage = field_file.storage
    if not field_file.name:
        raise Http404
    if not is_s3(storage):
        try:
            handle = field_file.open("rb")
        except (FileNotFoundError, ValueError) as missing:
            raise Http404 from missing
        response = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
        _add_download_headers(response)
        return response
    try:
        if mode == "presign":
            response = HttpResponseRedirect(presigned_url(storage, field_file.name, filename, content_type))
        else:
            response = _stream_object(storage, field_file.name, filename, content_type)
    except botocore.exceptions.ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
            raise Http404 from error
        return _storage_unavailable(error)
    except (botocore.exceptions.BotoCoreError, OSError) as error:
        return _storage_unavailable(error)
    _add_download_headers(response)
    return response


def _stream_object(storage, name: str, filename: str, content_type: str) -> StreamingHttpResponse:
    key = storage._normalize_name(name)
    found = storage.connection.meta.client.get_object(Bucket=storage.bucket_name, Key=key)
    body = found["Body"]

    def chunks():
        try:
            yield from body.iter_chunks(STREAM_CHUNK)
        finally:
            body.close()

    response = StreamingHttpResponse(chunks(), content_type=content_type)
    response["Content-Length"] = str(found["ContentLength"])
    response["Content-Disposition"] = _content_disposition(filename)
    return response


def presigned_url(storage, name: str, filename: str, content_type: str) -> str:
    """A GET URL valid for DOCUMENT_PRESIGN_SECONDS, naming the file and its type for the browser.

    Signing is local (no call to the store); DOCUMENT_PRESIGN_ENDPOINT_URL signs for the address browsers use
    when it differs from the web nodes' endpoint (e.g. MinIO on an internal network).
    """
    client = storage.connection.meta.client
    if settings.DOCUMENT_PRESIGN_ENDPOINT_URL:
        import boto3

        options = settings.S3_STORAGE_OPTIONS or {}
        client = boto3.session.Session().client(
            "s3",
            endpoint_url=settings.DOCUMENT_PRESIGN_ENDPOINT_URL,
            aws_access_key_id=options.get("access_key"),
            aws_secret_access_key=options.get("secret_key"),
            region_name=options.get("region_name"),
            config=options.get("client_config"),
        )
    return client.generate_presigned_url(
        "get_object",
        Params={
            "Bucket": storage.bucket_name,
            "Key": storage._normalize_name(name),
            "ResponseContentDisposition": _content_disposition(filename),
            "ResponseContentType": content_type,
        },
        ExpiresIn=settings.DOCUMENT_PRESIGN_SECONDS,
    )
