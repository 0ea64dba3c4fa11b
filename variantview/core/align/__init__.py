"""Stage 3, Unit → Row: the sentences that report the same thing, across all outlets, and the editor's corrections."""
