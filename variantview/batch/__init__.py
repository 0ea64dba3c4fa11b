"""Many stories at once: ``variantview batch``.

Each story is one comparison, exactly as ``variantview compare`` makes it;
the batch reads the stories (``stories.py``), runs the one per-story function
(``story.py``) on an engine (``engines.py``: this process, a local process pool,
or a Dask cluster), writes each story's JSON as it arrives and, at the end, a
summary across stories and outlets (``summary.py``). ``run.py`` ties them together.
Nothing here imports Qt, and Dask is imported only when a Dask engine is asked for.
"""
