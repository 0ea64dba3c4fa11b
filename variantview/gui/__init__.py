"""The desktop application: Qt views over the core's results. No alignment or detection logic lives here."""
