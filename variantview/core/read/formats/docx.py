"""Word documents: the body's paragraphs and tables in reading order, and the file's own title and author."""

from __future__ import annotations

import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from variantview.core.errors import InputError
from variantview.core.read.formats import Loaded


def load(data: bytes, source: str) -> Loaded:
    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend(cell.text for row in block.rows for cell in row.cells)
        properties = document.core_properties
        metadata = {"title": properties.title or "", "author": properties.author or "", "date": properties.created.date().isoformat() if properties.created else ""}
    except Exception as error:  # noqa: BLE001 - a damaged file fails deep in zip, zlib or XML parsing, each with its own exception
        raise InputError(source, f"this is not a readable Word .docx file ({type(error).__name__}: {str(error)[:120]})") from None
    return Loaded(text="\n".join(lines), metadata={k: v for k, v in metadata.items() if v})
