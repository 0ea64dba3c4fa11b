"""The engine, in the order data flows through it; no Qt, ever (an import-linter contract says so).

- ``read/``: files → Witness (``witness.py``, ``formats/``, ``warnings.py``)
- ``units/``: Witness → Unit (``segment.py``, ``run_on.py``, ``boilerplate.py``)
- ``similarity/``: how alike two sentences are (``lexical.py``, ``embed.py``, ``meaning.py``)
- ``align/``: Unit → Row (``candidates.py``, ``rows.py``, ``by_meaning.py``, ``corrections.py``)
- ``detect/``: Row → Finding (``kinds.py``, one module per kind, ``context.py``)
- ``comparison.py``: runs the stages; its ``to_dict`` is the JSON contract
- ``review/``: the editor's judgements and the project file, plain data
- ``report/``: highlighting, HTML and CSV
- the ground floor every stage may use: ``text.py``, ``diffing.py``, ``memo.py``, ``errors.py``, ``atomic.py``
"""
