"""Stage 1, files → Witness: reading and decoding articles; a witness's text is never altered afterwards."""
