"""A tiny, valid one-page PDF for demo documents (no third-party library needed)."""

from __future__ import annotations

import textwrap
import unicodedata


def _pdf_text(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A one-page A4 PDF with a title and wrapped paragraphs (Helvetica, ASCII-folded)."""
    commands = ["BT", "/F1 15 Tf", "56 780 Td", f"({_pdf_text(title)}) Tj", "/F1 10 Tf", "0 -26 Td"]
    lines = 0
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 95) or [""]:
            if lines > 55:
                break
            commands += [f"({_pdf_text(line)}) Tj", "0 -14 Td"]
            lines += 1
        commands.append("0 -8 Td")
    commands.append("ET")
    stream = "\n".join(commands).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
