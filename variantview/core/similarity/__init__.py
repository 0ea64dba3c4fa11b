"""How alike two sentences are: by wording (``lexical``), by meaning (``embed``), and the final score (``meaning``)."""
