"""Reading an archived article: bytes to text, refusing what is not an article.

A binary file, an empty one or one that is not UTF-8 gets a clear message instead of a
traceback; the claim file that extract writes quotes the text, and `factcheck validate` reads
archived texts as UTF-8, so other encodings are refused here with the same conversion hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.extract.errors import InputError
from factcheck.normalize import nfc

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# Signatures of common binary formats, to name the format in the message.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.hwpx document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an OLE document (.doc, .hwp, .xls)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_HTML = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|article|span)[\s>]", re.IGNORECASE
)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RawArticle:
    """An article's text as stored, and whether it is a saved web page."""

    text: str
    is_html: bool


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> RawArticle:
    """Read an archived article (plain text or saved HTML); raises InputError when it is none."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: file is {size:,} bytes (limit {max_bytes:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read file: {error.strerror}") from None
    data = data.removeprefix(b"\xef\xbb\xbf")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"{path}: this is {kind}, not an article; save the article as text or HTML"
            )
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{path}: binary file (it contains NUL bytes); give an article as text or HTML"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it first, e.g. iconv -f cp949 -t utf-8"
        ) from None
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise InputError(
            f"{path}: binary file ({controls} control characters); give an article as text or HTML"
        )
    return RawArticle(nfc(text), bool(_HTML.search(data[:65536])))
