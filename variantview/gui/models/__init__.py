"""Qt item models that adapt the core's frozen results to views."""
