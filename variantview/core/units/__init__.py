"""Stage 2, Witness → Unit: sentences with offsets into the original text, and their roles (body, headline, chrome)."""
