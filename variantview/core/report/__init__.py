"""Reports written from a Comparison: HTML side by side, CSV of findings, JSON."""
