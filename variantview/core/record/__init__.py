"""Many stories: an outlet's record across a library of saved projects (read, never written)."""
